package org.defstats.stocks;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLine;
import org.defstats.csv.CsvLineReader;
import org.defstats.csv.Encodings;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineProblem;
import org.defstats.stats.Period;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads the shipped stock tables (copies of /work/shared/data) as the ingest steps do, without Spring: the
 * reader finds the columns, and the line rules turn each data line into a row.
 */
final class StockFiles {

    static final YearMonth LAST_MONTH = YearMonth.of(2026, 7);
    static final List<StockRow> EDUCATION = rows(Breakdown.EDUCATION, "mou-education-snapshots.csv");
    static final List<StockRow> OCCUPATION = rows(Breakdown.OCCUPATION, "mou-occupation-snapshots.csv");
    static final List<StockRow> AGE = rows(Breakdown.AGE, "mou-age-snapshots.csv");
    /** The MOU's yearly arrivals, ~1998 to 2025, as the arrivals tests have them. */
    static final List<YearlyArrivals> ARRIVALS = read(resource("/org/defstats/arrivals/mou-arrivals-by-year.csv"),
            List.of(Column.required("period"), Column.optional("male"), Column.optional("female"),
                    Column.required("total")), check -> new YearlyArrivals(Period.parse(check.text("period")),
                            check.count("male"), check.count("female"), check.requiredCount("total")));

    private StockFiles() {
    }

    static List<StockRow> rows(Breakdown breakdown, String resource) {
        return rows(breakdown, resource(resource));
    }

    static List<StockRow> rows(Breakdown breakdown, Path file) {
        StockLineRules rules = new StockLineRules(breakdown, LAST_MONTH);
        return read(file, rules.columns(), rules::apply);
    }

    private static <T> List<T> read(Path file, List<Column> columns, Function<LineCheck, T> rules) {
        CsvLineReader reader = new CsvLineReader("stocks", file, file.getFileName().toString(), Encodings.AUTO,
                columns);
        reader.open(new ExecutionContext());
        List<T> rows = new ArrayList<>();
        try {
            for (CsvLine line = reader.read(); line != null; line = reader.read()) {
                if (line.kind() != CsvLine.Kind.DATA) {
                    throw new IllegalStateException(line.problems().stream().map(LineProblem::describe).toList()
                            .toString());
                }
                if (line.isBlank() || line.isFootnote()) {
                    continue;
                }
                LineCheck check = new LineCheck(line);
                T row = rules.apply(check);
                if (check.failed()) {
                    throw new IllegalStateException(check.problems().stream().map(LineProblem::describe).toList()
                            .toString());
                }
                rows.add(row);
            }
        }
        catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        finally {
            reader.close();
        }
        return List.copyOf(rows);
    }

    private static Path resource(String name) {
        try {
            return Path.of(StockFiles.class.getResource(name).toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
