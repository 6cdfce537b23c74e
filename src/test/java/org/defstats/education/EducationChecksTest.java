package org.defstats.education;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.defstats.stats.RowProblem;
import org.junit.jupiter.api.Test;

/**
 * The rules across education rows, on the illustrative table whose yearly totals are the MOU's arrivals of
 * 2012–2015 (1,502, 1,514, 1,397 and 1,275).
 */
class EducationChecksTest {

    private static final List<LevelCount> ROWS = load();
    private static final List<EducationChecks.ArrivalsTotal> MOU_ARRIVALS = List.of(
            new EducationChecks.ArrivalsTotal(2012, 1502, 13), new EducationChecks.ArrivalsTotal(2013, 1514, 14),
            new EducationChecks.ArrivalsTotal(2014, 1397, 15), new EducationChecks.ArrivalsTotal(2015, 1275, 16));

    @Test
    void theIllustrativeTableAgreesWithTheMouArrivalsAndItsOwnTotalRows() {
        assertThat(EducationChecks.levels(ROWS, List.of(new EducationChecks.TotalRow(2012, null, 1502, 40),
                new EducationChecks.TotalRow(null, Level.UNIVERSITY, 80 + 100 + 92 + 93, 41),
                new EducationChecks.TotalRow(null, null, 1502 + 1514 + 1397 + 1275, 42)))).isEmpty();
        assertThat(EducationChecks.againstArrivals(ROWS, MOU_ARRIVALS, 0)).isEmpty();
    }

    @Test
    void aYearThatDiffersFromItsArrivalsIsPlacedOnItsFirstLine() {
        List<EducationChecks.ArrivalsTotal> otherArrivals = new ArrayList<>(MOU_ARRIVALS);
        otherArrivals.set(1, new EducationChecks.ArrivalsTotal(2013, 1516, 14));

        assertThat(EducationChecks.againstArrivals(ROWS, otherArrivals, 0))
                .extracting(RowProblem::line, RowProblem::rule)
                .containsExactly(tuple(10L, "education-total"));
        assertThat(EducationChecks.againstArrivals(ROWS, otherArrivals, 2)).isEmpty();
        assertThat(EducationChecks.againstArrivals(ROWS, MOU_ARRIVALS.subList(0, 3), 0))
                .extracting(RowProblem::message).singleElement().asString()
                .startsWith("the arrivals input has no figure for 2015 alone");
    }

    @Test
    void aWrongTotalRowAndADuplicateLevelAreFound() {
        List<LevelCount> rows = new ArrayList<>(ROWS);
        rows.add(new LevelCount(2014, Level.UNIVERSITY, 92, 50));
        assertThat(EducationChecks.levels(rows, List.of(new EducationChecks.TotalRow(2012, null, 1500, 51))))
                .extracting(RowProblem::line, RowProblem::rule)
                .containsExactly(tuple(50L, "duplicate"), tuple(51L, "total-row"));
    }

    private static List<LevelCount> load() {
        try (Reader in = new InputStreamReader(EducationChecksTest.class.getResourceAsStream(
                "illustrative-education-by-year.csv"), UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return csv.stream().map(r -> new LevelCount(Integer.parseInt(r.get("year")),
                    Level.ofLabel(r.get("level")).orElseThrow(), Long.parseLong(r.get("count")),
                    r.getRecordNumber() + 1)).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
