import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.defstats.csv.CsvLine;
import org.defstats.csv.CsvLineReader;
import org.defstats.csv.IngestProcessor;
import org.defstats.csv.Ingested;
import org.defstats.register.Person;
import org.defstats.register.RegisterLineRules;
import org.defstats.stocks.Sex;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * bench/register-parse.sh's measurement: how fast one thread can read a register CSV, counting its rows per sex,
 * with each way of reading it. Decides whether the register job needs a faster parser on its hot path.
 *
 * <ol>
 * <li>{@code reader}: defstats' own {@link CsvLineReader} (the encoding scan of the whole file, Commons CSV per
 * record, a {@link CsvLine} with the header's columns), as an ingest step reads;</li>
 * <li>{@code rules}: that reader and the register's rules of a line ({@link IngestProcessor},
 * {@link RegisterLineRules}), i.e. everything an ingest step does before folding a person into the tables;</li>
 * <li>{@code commons}: bare Commons CSV with the project's format, a UTF-8 reader, {@code record.get(2)};</li>
 * <li>{@code fastcsv}: FastCSV 4.0.0, {@code CsvReader.builder().ofCsvRecord(path)}, {@code getField(2)};</li>
 * <li>{@code bytes}: the file's bytes read directly, split on {@code ,} and {@code \n} (the register's simple
 * unquoted layout), the sex told by the first byte of the third field.</li>
 * </ol>
 *
 * <p>Usage: {@code java -cp CLASSPATH RegisterParse REGISTER.csv ROUNDS WAY...}; each way is run ROUNDS times,
 * interleaved, after one untimed warm-up round (the JIT compiles each loop before it is timed); prints one line per
 * way: the best seconds of a round, the rows, the men and the women.
 */
public final class RegisterParse {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    record Count(long men, long women) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String[] ways = java.util.Arrays.copyOfRange(args, 2, args.length);
        double[] best = new double[ways.length];
        Count[] counts = new Count[ways.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int round = 0; round <= rounds; round++) {
            for (int w = 0; w < ways.length; w++) {
                long started = System.nanoTime();
                Count count = count(ways[w], file);
                double seconds = (System.nanoTime() - started) / 1e9;
                if (counts[w] != null && !counts[w].equals(count)) {
                    throw new IllegalStateException(ways[w] + " counted differently in two rounds");
                }
                counts[w] = count;
                // round 0 warms the JIT up and is not counted
                if (round > 0) {
                    best[w] = Math.min(best[w], seconds);
                }
                System.err.printf(Locale.ROOT, "  round %d %-8s %.2f s%n", round, ways[w], seconds);
            }
        }
        for (int w = 0; w < ways.length; w++) {
            long rows = counts[w].men() + counts[w].women();
            System.out.printf(Locale.ROOT, "%s %.3f %d %d %d%n", ways[w], best[w], rows, counts[w].men(),
                    counts[w].women());
        }
    }

    private static Count count(String way, Path file) throws Exception {
        return switch (way) {
            case "reader" -> reader(file, false);
            case "rules" -> reader(file, true);
            case "commons" -> commons(file);
            case "fastcsv" -> fastcsv(file);
            case "bytes" -> bytes(file);
            default -> throw new IllegalArgumentException("unknown way " + way);
        };
    }

    private static Count reader(Path file, boolean rules) throws Exception {
        CsvLineReader reader = new CsvLineReader("register", file, file.getFileName().toString(), "auto",
                RegisterLineRules.COLUMNS);
        IngestProcessor<Person> processor = new IngestProcessor<>(new RegisterLineRules());
        long men = 0;
        long women = 0;
        reader.open(new ExecutionContext());
        try {
            CsvLine line;
            while ((line = reader.read()) != null) {
                if (line.kind() != CsvLine.Kind.DATA) {
                    throw new IllegalStateException("not a data line: " + line.problems());
                }
                boolean male;
                if (rules) {
                    if (!(processor.process(line) instanceof Ingested.Accepted<Person> accepted)) {
                        throw new IllegalStateException("line " + line.line() + " refused");
                    }
                    male = accepted.row().sex() == Sex.MALE;
                }
                else {
                    male = line.text("sex").equals("male");
                }
                if (male) {
                    men++;
                }
                else {
                    women++;
                }
            }
        }
        finally {
            reader.close();
        }
        return new Count(men, women);
    }

    private static Count commons(Path file) throws IOException {
        long men = 0;
        long women = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                if (record.get(2).equals("male")) {
                    men++;
                }
                else {
                    women++;
                }
            }
        }
        return new Count(men, women);
    }

    private static Count fastcsv(Path file) throws IOException {
        long men = 0;
        long women = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord record : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                if (record.getField(2).equals("male")) {
                    men++;
                }
                else {
                    women++;
                }
            }
        }
        return new Count(men, women);
    }

    private static Count bytes(Path file) throws IOException {
        long men = 0;
        long women = 0;
        byte[] buffer = new byte[1 << 16];
        int field = 0;
        boolean header = true;
        boolean atFieldStart = true;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == ',') {
                        field++;
                        atFieldStart = true;
                    }
                    else if (b == '\n') {
                        field = 0;
                        header = false;
                        atFieldStart = true;
                    }
                    else {
                        if (atFieldStart && field == 2 && !header) {
                            // male and female differ in their first byte
                            if (b == 'm') {
                                men++;
                            }
                            else {
                                women++;
                            }
                        }
                        atFieldStart = false;
                    }
                }
            }
        }
        return new Count(men, women);
    }
}
