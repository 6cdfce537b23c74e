package org.defstats.csv;

import java.util.List;

import org.defstats.csv.Ingested.Severity;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns each record of an input into what becomes of it: empty rows and footnotes are skipped, a value in a
 * column without a header is a problem, and the job's rules check the rest.
 */
public class IngestProcessor<T> implements ItemProcessor<CsvLine, Ingested<T>> {

    private final LineRules<T> rules;

    public IngestProcessor(LineRules<T> rules) {
        this.rules = rules;
    }

    @Override
    public Ingested<T> process(CsvLine line) {
        if (line.kind() == CsvLine.Kind.UNREADABLE) {
            return new Ingested.Noted<>(line.line(), Severity.FATAL, line.problems());
        }
        if (line.kind() == CsvLine.Kind.HEADER_WARNINGS) {
            return new Ingested.Noted<>(line.line(), Severity.WARNING, line.problems());
        }
        if (line.isBlank()) {
            return new Ingested.Skipped<>(line.line(), "empty");
        }
        if (line.isFootnote()) {
            return new Ingested.Skipped<>(line.line(), "footnote");
        }
        LineCheck check = new LineCheck(line);
        int beyond = line.valueBeyondHeader();
        if (beyond > 0) {
            check.problemAt(beyond, "columns", "the line has a value in column " + beyond + ", but the header names "
                    + line.header().width() + " columns; a cell may have slipped out of its column");
        }
        T row = rules.apply(check);
        if (check.failed() || row == null) {
            List<LineProblem> problems = check.problems();
            return new Ingested.Noted<>(line.line(), Severity.REJECTED, problems);
        }
        return new Ingested.Accepted<>(line.line(), row, rules.isTotalRow(line));
    }
}
