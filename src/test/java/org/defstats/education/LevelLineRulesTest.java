package org.defstats.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.defstats.csv.CsvHeader;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.junit.jupiter.api.Test;

/** One line of an education export: Korean labels, years with 년, and total rows. */
class LevelLineRulesTest {

    private final LevelLineRules rules = new LevelLineRules(2025);

    @Test
    void koreanLabelsOfMouTablesAreTheCanonicalLevels() {
        assertThat(rules.apply(check("2012년", "대학 이상", "80")))
                .isEqualTo(new StagedLevelCount(2012, Level.UNIVERSITY, 80, 5));
        assertThat(Level.ofLabel("기타(불상)")).contains(Level.UNKNOWN);
        assertThat(Level.ofLabel("Junior College")).contains(Level.JUNIOR_COLLEGE);
        assertThat(Level.ofLabel("인민학교")).contains(Level.PRIMARY);
    }

    @Test
    void totalRowsOfAYearOfALevelAndOfEverything() {
        assertThat(rules.apply(check("2012", "합계", "1,502")))
                .isEqualTo(new StagedLevelCount(2012, null, 1502, 5));
        assertThat(rules.apply(check("합계", "university", "365")))
                .isEqualTo(new StagedLevelCount(null, Level.UNIVERSITY, 365, 5));
        assertThat(rules.apply(check("합계", "", "5,688")))
                .isEqualTo(new StagedLevelCount(null, null, 5688, 5));
        assertThat(java.util.stream.Stream.of(check("2012", "합계", "1,502"), check("합계", "university", "365"),
                check("합계", "", "5,688")).map(c -> rules.isTotalRow(c.line()))).containsOnly(true);
        assertThat(rules.isTotalRow(check("2012년", "대학 이상", "80").line())).isFalse();
    }

    @Test
    void anUnknownLabelListsTheKnownOnes() {
        LineCheck check = check("2012", "대학원", "3");
        assertThat(rules.apply(check)).isNull();
        assertThat(check.problems()).extracting(LineProblem::rule).containsExactly("level");
        assertThat(check.problems().get(0).message()).startsWith("'대학원' is not an education level; the levels are "
                + "none (무학), preschool (취학전아동, 취학전)");
    }

    private static LineCheck check(String... values) {
        return new LineCheck(CsvLine.data("e.csv", 5, new CsvHeader(LevelLineRules.COLUMNS,
                Map.of("year", 1, "level", 2, "count", 3), 3), List.of(values)));
    }
}
