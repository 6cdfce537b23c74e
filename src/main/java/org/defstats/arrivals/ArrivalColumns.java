package org.defstats.arrivals;

import java.util.List;

import org.defstats.csv.Column;

/** The columns of an arrivals export and their English and Korean names; other jobs that read one use them. */
public final class ArrivalColumns {

    public static final List<Column> ALL = List.of(
            Column.required("period", "year", "연도", "년도", "구분", "기간", "입국연도"),
            Column.optional("male", "men", "남", "남성", "남자"),
            Column.optional("female", "women", "여", "여성", "여자"),
            Column.required("total", "합계", "계", "총계", "전체"));

    private ArrivalColumns() {
    }
}
