package org.defstats.register;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.CsvLine;
import org.defstats.csv.CsvLineReader;
import org.defstats.csv.Encodings;
import org.defstats.csv.IngestProcessor;
import org.defstats.csv.Ingested;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads a register file the way an ingest step does (reader, then processor with the register's rules). */
final class RegisterFiles {

    static final YearMonth LAST_MONTH = YearMonth.of(2026, 11);

    private RegisterFiles() {
    }

    /** What became of every record of the file, in order. */
    static List<Ingested<Person>> read(Path file) {
        CsvLineReader reader = new CsvLineReader("register", file, file.getFileName().toString(), Encodings.AUTO,
                RegisterLineRules.COLUMNS);
        IngestProcessor<Person> processor = new IngestProcessor<>(new RegisterLineRules(LAST_MONTH));
        reader.open(new ExecutionContext());
        List<Ingested<Person>> read = new ArrayList<>();
        try {
            for (CsvLine line = reader.read(); line != null; line = reader.read()) {
                read.add(processor.process(line));
            }
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        finally {
            reader.close();
        }
        return read;
    }

    static List<Person> persons(Path file) {
        List<Person> persons = new ArrayList<>();
        for (Ingested<Person> item : read(file)) {
            if (item instanceof Ingested.Accepted<Person> accepted) {
                persons.add(accepted.row());
            }
            else if (!(item instanceof Ingested.Skipped<Person>)) {
                throw new IllegalStateException(item.toString());
            }
        }
        return persons;
    }

    /** Every problem of the file, as {@code file:line:column: message [rule]}. */
    static List<String> problems(Path file) {
        return read(file).stream().filter(i -> i instanceof Ingested.Noted<Person>)
                .flatMap(i -> ((Ingested.Noted<Person>) i).problems().stream()).map(p -> p.describe()).toList();
    }
}
