package org.defstats.stocks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.defstats.csv.Column;
import org.defstats.csv.LabelIndex;

/** The sex a row of a stock table counts: men, women, or everyone ({@code all}). */
public enum Sex {
    MALE("남", "남성", "남자", "men"),
    FEMALE("여", "여성", "여자", "women"),
    ALL("전체", "계", "합계", "총계", "total");

    private final List<String> labels;
    private static final LabelIndex<Sex> INDEX = LabelIndex.of(values(), Sex::code, v -> v.labels,
            Column::normalize);

    Sex(String... labels) {
        this.labels = List.of(labels);
    }

    /** The name used in inputs and outputs: {@code male}, {@code female} or {@code all}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sex of a cell: its code or another label, matched without regard to case and spaces. */
    public static Optional<Sex> ofLabel(String label) {
        return INDEX.find(label);
    }

    /** All codes with their other labels, for messages about an unknown label. */
    public static String labels() {
        return INDEX.listed();
    }
}
