package org.defstats.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.defstats.cli.Defstats;

/**
 * Support of the register's end-to-end tests: runs the defstats command, reads published tables, and counts a
 * register's cross-tables with plain loops over its lines, independently of the job's own tabulation, so that what
 * a run publishes can be checked against what the register holds.
 */
final class RegisterRuns {

    /** The categories of each dimension in the order the tables show them (years are added from the data). */
    static final Map<String, List<String>> CATEGORIES = Map.of(
            "sex", List.of("male", "female"),
            "education", List.of("none", "preschool", "kindergarten", "primary", "secondary", "junior_college",
                    "university", "unknown"),
            "age_band", List.of("0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60+"),
            "occupation", List.of("management", "military", "laborer", "unemployed_or_dependent", "service",
                    "arts_sports", "professional", "not_applicable_children"),
            "province", List.of("pyongyang", "south_pyongan", "north_pyongan", "chagang", "south_hwanghae",
                    "north_hwanghae", "kangwon", "south_hamgyong", "north_hamgyong", "ryanggang", "rason", "nampo"));

    static final String TOTAL = "total";

    /** What a command printed and returned. */
    record Console(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** One row of a published table: the categories (or {@code total}), the count (empty or digits), the status. */
    record Row(List<String> key, String count, String status) {
    }

    private RegisterRuns() {
    }

    static Console defstats(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Console(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code defstats run register} with the given folders. */
    static Console run(Path input, Path jobs, Path output) {
        return defstats("run", "register", "--input", input.toString(), "--jobs", jobs.toString(), "--output",
                output.toString());
    }

    /** The rows of a published table, in file order; the header is checked to be the dimensions, count, conf_status. */
    static List<Row> rows(Path csv, List<String> dimensions) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>(dimensions);
            header.add("count");
            header.add("conf_status");
            if (!lines.get(0).equals(String.join(",", header))) {
                throw new AssertionError(csv + " has the header " + lines.get(0) + ", not " + header);
            }
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.size()) {
                    throw new AssertionError(csv + ": '" + line + "' has " + cells.length + " cells");
                }
                rows.add(new Row(List.of(cells).subList(0, dimensions.size()), cells[dimensions.size()],
                        cells[dimensions.size() + 1]));
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The persons of a register file written with codes ({@code id,arrival,sex,birth_year,education,occupation,
     * province}), each as its category of every dimension, with its age band from the year of birth (birthday taken
     * to be 1 July) and the bands 0, 10, … 60.
     */
    static List<Map<String, String>> persons(Path register) {
        try (Stream<String> lines = Files.lines(register, StandardCharsets.UTF_8)) {
            List<Map<String, String>> persons = new ArrayList<>();
            lines.skip(1).forEach(line -> {
                String[] c = line.split(",", -1);
                int year = Integer.parseInt(c[1].substring(0, 4));
                int month = Integer.parseInt(c[1].substring(5, 7));
                int age = year - Integer.parseInt(c[3]) - (month < 7 ? 1 : 0);
                int band = Math.min(age / 10, 6);
                Map<String, String> person = new LinkedHashMap<>();
                person.put("arrival_year", Integer.toString(year));
                person.put("sex", c[2]);
                person.put("education", c[4]);
                person.put("occupation", c[5]);
                person.put("province", c[6]);
                person.put("age_band", CATEGORIES.get("age_band").get(band));
                persons.add(person);
            });
            return persons;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The unprotected cross-table of the persons by the dimensions, with every margin ({@code total}) and the grand
     * total: each key is the person's categories with every subset of them replaced by {@code total}.
     */
    static Map<List<String>, Long> crossTable(List<Map<String, String>> persons, List<String> dimensions) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> person : persons) {
            for (int mask = 0; mask < 1 << dimensions.size(); mask++) {
                List<String> key = new ArrayList<>();
                for (int k = 0; k < dimensions.size(); k++) {
                    key.add((mask & 1 << k) != 0 ? TOTAL : person.get(dimensions.get(k)));
                }
                counts.merge(key, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Every key a table of the dimensions should have, in its order: categories in order, each total last. */
    static List<List<String>> keys(List<Map<String, String>> persons, List<String> dimensions) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (String dimension : dimensions) {
            List<String> categories = new ArrayList<>(categories(persons, dimension));
            categories.add(TOTAL);
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : keys) {
                for (String category : categories) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add(category);
                    longer.add(key);
                }
            }
            keys = longer;
        }
        return keys;
    }

    /** A dimension's categories; for years, from the first year anyone arrived to the last. */
    static List<String> categories(List<Map<String, String>> persons, String dimension) {
        if (!dimension.equals("arrival_year")) {
            return CATEGORIES.get(dimension);
        }
        int first = persons.stream().mapToInt(p -> Integer.parseInt(p.get(dimension))).min().orElseThrow();
        int last = persons.stream().mapToInt(p -> Integer.parseInt(p.get(dimension))).max().orElseThrow();
        List<String> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(Integer.toString(year));
        }
        return years;
    }

    /** The file name of a table: its dimensions joined by '-'. */
    static String fileName(List<String> dimensions) {
        return String.join("-", dimensions) + ".csv";
    }
}
