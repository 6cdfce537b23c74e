package org.defstats.education;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.defstats.stats.Percentages;
import org.junit.jupiter.api.Test;

/**
 * Checks the education figures against the illustrative table (a copy of /work/shared/data), whose university
 * counts were chosen to give the Korea Hana Foundation shares and whose yearly totals are the MOU's.
 */
class EducationStatisticsTest {

    private static final List<LevelCount> ROWS = load("illustrative-education-by-year.csv");
    private static final LevelGroup UNIVERSITY_OR_HIGHER =
            new LevelGroup("university-or-higher", Set.of(Level.UNIVERSITY));

    @Test
    void universityOrHigherSharesOfTheHanaFoundation() {
        List<GroupFigure> figures = EducationStatistics.group(ROWS, UNIVERSITY_OR_HIGHER);
        assertThat(figures).extracting(GroupFigure::year, GroupFigure::count, GroupFigure::total).containsExactly(
                tuple(2012, 80L, 1_502L), tuple(2013, 100L, 1_514L), tuple(2014, 92L, 1_397L),
                tuple(2015, 93L, 1_275L));
        assertThat(figures).extracting(GroupFigure::sharePct).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5.3"), new BigDecimal("6.6"), new BigDecimal("6.6"),
                        new BigDecimal("7.3"));
    }

    @Test
    void changeInPointsFromTheExactShares() {
        List<GroupFigure> figures = EducationStatistics.group(ROWS, UNIVERSITY_OR_HIGHER);
        assertThat(figures.get(0).changePoints()).isNull();
        assertThat(figures.get(1).changePoints()).isEqualByComparingTo("1.3"); // 100/1514 - 80/1502 = 1.279
        assertThat(figures.get(2).changePoints()).isEqualTo(new BigDecimal("0.0")); // -0.019
        assertThat(figures.get(3).changePoints()).isEqualByComparingTo("0.7"); // 0.709
        GroupFigure first = figures.get(0);
        GroupFigure last = figures.get(3);
        // 7.294 - 5.326 = 1.968, published as 2.0
        assertThat(Percentages.pointChange(first.count(), first.total(), last.count(), last.total()))
                .isEqualByComparingTo("2.0");
    }

    @Test
    void groupOfSeveralLevels() {
        LevelGroup college = new LevelGroup("college", Set.of(Level.JUNIOR_COLLEGE, Level.UNIVERSITY));
        List<GroupFigure> figures = EducationStatistics.group(ROWS, college);
        assertThat(figures).extracting(GroupFigure::count).containsExactly(237L, 258L, 238L, 226L);
        assertThat(figures.get(0).sharePct()).isEqualByComparingTo("15.8");
        assertThat(figures.get(3).sharePct()).isEqualByComparingTo("17.7");
        assertThat(figures.get(2).changePoints()).isEqualTo(new BigDecimal("0.0")); // -0.004
    }

    @Test
    void noChangeAfterAMissingYear() {
        List<LevelCount> without2013 = ROWS.stream().filter(r -> r.year() != 2013).toList();
        List<GroupFigure> figures = EducationStatistics.group(without2013, UNIVERSITY_OR_HIGHER);
        assertThat(figures).extracting(GroupFigure::year).containsExactly(2012, 2014, 2015);
        assertThat(figures.get(1).changePoints()).isNull();
        assertThat(figures.get(2).changePoints()).isEqualByComparingTo("0.7");
    }

    @Test
    void levelSharesOfEachYear() {
        List<LevelShare> shares = EducationStatistics.levelShares(ROWS);
        assertThat(shares).hasSize(32);
        // the yearly totals are the MOU arrivals of 2012 to 2015
        assertThat(shares).filteredOn(s -> s.level() == Level.NONE).extracting(LevelShare::year, LevelShare::yearTotal)
                .containsExactly(tuple(2012, 1_502L), tuple(2013, 1_514L), tuple(2014, 1_397L), tuple(2015, 1_275L));
        List<LevelShare> y2012 = shares.subList(0, 8);
        assertThat(y2012).extracting(LevelShare::level).containsExactly(Level.values());
        assertThat(y2012).extracting(LevelShare::count).containsExactly(40L, 37L, 16L, 104L, 1_062L, 157L, 80L, 6L);
        assertThat(y2012).extracting(LevelShare::sharePct).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("2.7"), dec("2.5"), dec("1.1"), dec("6.9"), dec("70.7"), dec("10.5"), dec("5.3"),
                        dec("0.4"));
        assertThat(shares).filteredOn(s -> s.level() == Level.UNIVERSITY).extracting(LevelShare::sharePct)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("5.3"), dec("6.6"), dec("6.6"), dec("7.3"));
    }

    @Test
    void levelSharesAreOrderedWhateverTheInputOrder() {
        List<LevelCount> shuffled = new ArrayList<>(ROWS);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(EducationStatistics.levelShares(shuffled)).isEqualTo(EducationStatistics.levelShares(ROWS));
        assertThat(EducationStatistics.group(shuffled, UNIVERSITY_OR_HIGHER))
                .isEqualTo(EducationStatistics.group(ROWS, UNIVERSITY_OR_HIGHER));
    }

    @Test
    void missingLevelsAreNotInvented() {
        List<LevelShare> shares = EducationStatistics.levelShares(List.of(
                new LevelCount(2020, Level.UNIVERSITY, 1), new LevelCount(2020, Level.SECONDARY, 3)));
        assertThat(shares).containsExactly(
                new LevelShare(2020, Level.SECONDARY, 3, 4, new BigDecimal("75.0")),
                new LevelShare(2020, Level.UNIVERSITY, 1, 4, new BigDecimal("25.0")));
    }

    @Test
    void duplicateLevelIsRejected() {
        List<LevelCount> twice = new ArrayList<>(ROWS);
        twice.add(new LevelCount(2013, Level.UNIVERSITY, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> EducationStatistics.levelShares(twice))
                .withMessage("2013 has university twice");
        assertThatIllegalArgumentException().isThrownBy(() -> EducationStatistics.group(twice, UNIVERSITY_OR_HIGHER))
                .withMessageContaining("2013");
    }

    @Test
    void aYearWithoutArrivalsHasNoSharesRatherThanStoppingTheTable() {
        List<LevelCount> rows = List.of(new LevelCount(2020, Level.NONE, 1), new LevelCount(2020, Level.UNIVERSITY, 1),
                new LevelCount(2021, Level.NONE, 0), new LevelCount(2021, Level.UNIVERSITY, 0));
        assertThat(EducationStatistics.levelShares(rows)).extracting(LevelShare::year, LevelShare::sharePct)
                .containsExactly(tuple(2020, new BigDecimal("50.0")), tuple(2020, new BigDecimal("50.0")),
                        tuple(2021, null), tuple(2021, null));
        assertThat(EducationStatistics.group(rows, UNIVERSITY_OR_HIGHER)).extracting(GroupFigure::sharePct,
                GroupFigure::changePoints).containsExactly(tuple(new BigDecimal("50.0"), null), tuple(null, null));
    }

    @Test
    void betweenIncludesBothEnds() {
        assertThat(EducationStatistics.between(ROWS, 2013, 2014)).hasSize(16)
                .extracting(LevelCount::year).containsOnly(2013, 2014);
        assertThat(EducationStatistics.between(ROWS, 2015, 2015)).hasSize(8);
        assertThat(EducationStatistics.between(ROWS, 2000, 2030)).isEqualTo(ROWS);
        assertThat(EducationStatistics.between(ROWS, 2016, 2020)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> EducationStatistics.between(ROWS, 2015, 2012));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static List<LevelCount> load(String resource) {
        try (Reader in = new InputStreamReader(EducationStatisticsTest.class.getResourceAsStream(resource), UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.stream().map(r -> new LevelCount(Integer.parseInt(r.get("year")),
                    Level.valueOf(r.get("level").toUpperCase(Locale.ROOT)), Long.parseLong(r.get("count")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLevelMissingInOneYearIsRefusedRatherThanCountedAsZero() {
        List<LevelCount> rows = List.of(
                new LevelCount(2012, Level.SECONDARY, 1062), new LevelCount(2012, Level.UNIVERSITY, 80),
                new LevelCount(2013, Level.SECONDARY, 1054));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EducationStatistics.group(rows,
                        new LevelGroup("university-or-higher", java.util.EnumSet.of(Level.UNIVERSITY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2013 has no row for university");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EducationStatistics.levelShares(rows))
                .hasMessageContaining("2013 has no row for university");
    }
}
