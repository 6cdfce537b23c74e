package org.defstats.stocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.defstats.csv.CsvHeader;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One line of a stock table: months, sexes and categories in English and Korean, total rows, and each rule. */
class StockLineRulesTest {

    private static final YearMonth SEPTEMBER_2020 = YearMonth.of(2020, 9);
    private final StockLineRules occupation = new StockLineRules(Breakdown.OCCUPATION, StockFiles.LAST_MONTH);

    @TempDir
    Path dir;

    @Test
    void theShippedTablesAreReadWithTheirTotalRows() {
        assertThat(StockFiles.EDUCATION).hasSize(18).startsWith(
                new StockRow(SEPTEMBER_2020, Sex.MALE, "preschool", 418, 2));
        assertThat(StockFiles.EDUCATION.get(8)).isEqualTo(new StockRow(SEPTEMBER_2020, Sex.MALE, null, 9396, 10));
        assertThat(StockFiles.OCCUPATION).hasSize(36).filteredOn(StockRow::isTotal).extracting(StockRow::count)
                .containsExactly(9396L, 24252L, 33648L, 33836L);
        assertThat(StockFiles.AGE).hasSize(32).filteredOn(r -> "60+".equals(r.category()))
                .extracting(StockRow::count).containsExactly(342L, 994L, 1336L, 1348L);
    }

    @Test
    void koreanHeadersMonthsSexesAndLabelsGiveTheSameRows() throws Exception {
        Path file = dir.resolve("직업.csv");
        Files.writeString(file, "기준월,성별,직업,인원 (명)\n2020년 9월,남성,노동자,\"4,142\"\n2020.9,여,비대상(아동),642\n"
                + "2020-09,계,합계,33648\n2022-12,전체,Arts Sports,305\n", StandardCharsets.UTF_8);
        assertThat(StockFiles.rows(Breakdown.OCCUPATION, file)).containsExactly(
                new StockRow(SEPTEMBER_2020, Sex.MALE, "laborer", 4142, 2),
                new StockRow(SEPTEMBER_2020, Sex.FEMALE, "not_applicable_children", 642, 3),
                new StockRow(SEPTEMBER_2020, Sex.ALL, null, 33648, 4),
                new StockRow(YearMonth.of(2022, 12), Sex.ALL, "arts_sports", 305, 5));

        Path ages = dir.resolve("연령.csv");
        Files.writeString(ages, "기준시점,성별,연령대,인원\n2020-09,여자,0~9세,646\n2020-09,여성,20 ~ 29세,6952\n"
                + "2020-09,여,60세 이상,994\n2020-09,남자,60세이상,342\n2020-09,합계,총계,33648\n", StandardCharsets.UTF_8);
        assertThat(StockFiles.rows(Breakdown.AGE, ages)).extracting(StockRow::sex, StockRow::category).containsExactly(
                tuple(Sex.FEMALE, "0-9"), tuple(Sex.FEMALE, "20-29"),
                tuple(Sex.FEMALE, "60+"), tuple(Sex.MALE, "60+"),
                tuple(Sex.ALL, null));
    }

    @Test
    void educationUsesTheLevelsAndTheirKoreanLabels() {
        StockLineRules education = new StockLineRules(Breakdown.EDUCATION, StockFiles.LAST_MONTH);
        assertThat(education.apply(check(education, "2022-12", "all", "대학 이상", "2,343")))
                .isEqualTo(new StockRow(YearMonth.of(2022, 12), Sex.ALL, "university", 2343, 5));
        assertThat(education.apply(check(education, "2022-12", "all", "기타(불상)", "133")).category())
                .isEqualTo("unknown");
    }

    @Test
    void emptyCellsBreakRequired() {
        LineCheck check = check(occupation, "", "", "", "");
        assertThat(occupation.apply(check)).isNull();
        assertThat(check.problems()).extracting(LineProblem::rule, LineProblem::column)
                .containsExactly(tuple("required", 1), tuple("required", 2), tuple("required", 3),
                        tuple("required", 4));
        assertThat(check.problems().get(0).message())
                .isEqualTo("as_of is empty; every row needs the month of its snapshot, such as 2020-09");
    }

    @Test
    void countsMustBeWholeAndNotNegative() {
        assertThat(rules(occupation, "2020-09", "male", "laborer", "-4142")).containsExactly("count");
        assertThat(rules(occupation, "2020-09", "male", "laborer", "41.42")).containsExactly("count");
    }

    @Test
    void monthsMustBeRealAndBetween1945AndNow() {
        assertThat(rules(occupation, "2020-13", "male", "laborer", "1")).containsExactly("month");
        assertThat(rules(occupation, "Sept 2020", "male", "laborer", "1")).containsExactly("month");
        assertThat(rules(occupation, "1944-12", "male", "laborer", "1")).containsExactly("month");
        LineCheck future = check(occupation, "2026-08", "male", "laborer", "1");
        occupation.apply(future);
        assertThat(future.problems()).extracting(LineProblem::message)
                .containsExactly("2026-08 is outside the months 1945-01 to 2026-07; check the month");
        assertThat(rules(occupation, "1945-01", "male", "laborer", "1")).isEmpty();
        assertThat(rules(occupation, "2026-07", "male", "laborer", "1")).isEmpty();
    }

    @Test
    void anUnknownSexListsTheAcceptedOnes() {
        LineCheck check = check(occupation, "2020-09", "남녀", "laborer", "1");
        assertThat(occupation.apply(check)).isNull();
        assertThat(check.problems()).extracting(LineProblem::rule).containsExactly("sex");
        assertThat(check.problems().get(0).message()).isEqualTo("'남녀' is not a sex; use male (남, 남성, 남자, men), "
                + "female (여, 여성, 여자, women), all (전체, 계, 합계, 총계, total)");
    }

    @Test
    void anUnknownCategoryListsTheAcceptedOnes() {
        LineCheck check = check(occupation, "2020-09", "male", "농민", "1");
        assertThat(occupation.apply(check)).isNull();
        assertThat(check.problems()).extracting(LineProblem::rule, LineProblem::column)
                .containsExactly(tuple("category", 3));
        assertThat(check.problems().get(0).message()).startsWith("'농민' is not a category of occupation; the "
                + "categories are management (관리직), military (군인), laborer (노동자)");
        StockLineRules age = new StockLineRules(Breakdown.AGE, StockFiles.LAST_MONTH);
        assertThat(rules(age, "2020-09", "all", "70+", "1")).containsExactly("category");
    }

    @Test
    void everyBadCellOfALineIsReported() {
        assertThat(rules(occupation, "2020-00", "x", "y", "z")).containsExactly("month", "sex", "category", "count");
    }

    private static List<String> rules(StockLineRules rules, String... values) {
        LineCheck check = check(rules, values);
        rules.apply(check);
        return check.problems().stream().map(LineProblem::rule).toList();
    }

    private static LineCheck check(StockLineRules rules, String... values) {
        String category = rules.columns().get(2).name();
        return new LineCheck(CsvLine.data("s.csv", 5, new CsvHeader(rules.columns(),
                Map.of("as_of", 1, "sex", 2, category, 3, "count", 4), 4), List.of(values)));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
