import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * bench/register.sh's DuckDB side: the register job's cross-tables with every margin and the grand total, in one
 * scan of the register CSV (read_csv) with GROUP BY GROUPING SETS, through DuckDB's JDBC driver (in-memory
 * database, SET threads=N). Not part of defstats: the script compiles it against the driver's jar alone.
 *
 * <p>The age band is computed as package register does (Person.ageAtEntry, AgeBands.index): age at entry is
 * arrival year − birth year, one less when the arrival month is before July (the 1 July birthday), and the band is
 * the last lower bound at or below the age, the first band for anyone younger (a negative age included).
 *
 * <p>Usage: {@code java -cp duckdb_jdbc.jar:CLASSES RegisterGroupBy REGISTER.csv OUTDIR THREADS BOUNDS TABLE...}
 * where BOUNDS is the job file's age-bands ({@code 0,10,20,30,40,50,60}) and each TABLE a table's dimensions
 * joined by {@code -} ({@code arrival_year-sex}). Writes OUTDIR/TABLE.csv with the dimensions ({@code total} for a
 * margin) and {@code count}, one row per non-empty cell, and prints the seconds of the query itself.
 */
public final class RegisterGroupBy {

    private static final Set<String> DIMENSIONS = Set.of("arrival_year", "sex", "education", "age_band", "occupation",
            "province");

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: RegisterGroupBy REGISTER.csv OUTDIR THREADS BOUNDS TABLE...");
        }
        String csv = args[0];
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Integer> bounds = new ArrayList<>();
        for (String b : args[3].split(",")) {
            bounds.add(Integer.parseInt(b.strip()));
        }
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            List<String> dims = List.of(args[i].split("-"));
            if (!DIMENSIONS.containsAll(dims)) {
                throw new IllegalArgumentException("unknown dimension in " + args[i]);
            }
            tables.put(args[i], dims);
        }
        // every subset of every table's dimensions, once: the CUBE of each table, deduplicated across tables
        Set<List<String>> sets = new LinkedHashSet<>();
        for (List<String> dims : tables.values()) {
            for (int mask = (1 << dims.size()) - 1; mask >= 0; mask--) {
                List<String> set = new ArrayList<>();
                for (int k = 0; k < dims.size(); k++) {
                    if ((mask & 1 << k) != 0) {
                        set.add(dims.get(k));
                    }
                }
                sets.add(set.stream().sorted().toList());
            }
        }
        List<String> used = DIMENSIONS.stream().filter(d -> tables.values().stream().anyMatch(t -> t.contains(d)))
                .sorted().toList();
        String sql = query(csv, bounds, used, sets);
        Files.createDirectories(out);
        long started = System.nanoTime();
        Map<List<String>, Map<List<String>, Long>> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads=" + threads);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    List<String> set = new ArrayList<>();
                    Map<String, String> key = new LinkedHashMap<>();
                    for (String d : used) {
                        // GROUPING(d) is 1 where d is aggregated over, i.e. a margin
                        if (rows.getInt("g_" + d) == 0) {
                            set.add(d);
                            key.put(d, rows.getString(d));
                        }
                    }
                    counts.computeIfAbsent(set, s -> new LinkedHashMap<>()).put(new ArrayList<>(key.values()),
                            rows.getLong("persons"));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            write(out.resolve(table.getKey() + ".csv"), table.getValue(), counts);
        }
        System.out.printf(java.util.Locale.ROOT, "duckdb: %d grouping sets, query %.2f s%n", sets.size(), seconds);
    }

    private static String query(String csv, List<Integer> bounds, List<String> used, Set<List<String>> sets) {
        StringBuilder band = new StringBuilder("CASE");
        for (int i = bounds.size() - 1; i >= 1; i--) {
            band.append(" WHEN age >= ").append(bounds.get(i)).append(" THEN '").append(label(bounds, i)).append("'");
        }
        band.append(" ELSE '").append(label(bounds, 0)).append("' END");
        String source = "read_csv('" + csv.replace("'", "''") + "', header = true, delim = ',', quote = '\"', "
                + "columns = {'id': 'BIGINT', 'arrival': 'VARCHAR', 'sex': 'VARCHAR', 'birth_year': 'INTEGER', "
                + "'education': 'VARCHAR', 'occupation': 'VARCHAR', 'province': 'VARCHAR'})";
        String persons = "SELECT CAST(substr(arrival, 1, 4) AS INTEGER) AS arrival_year, sex, education, occupation, "
                + "province, CAST(substr(arrival, 1, 4) AS INTEGER) - birth_year "
                + "- CASE WHEN CAST(substr(arrival, 6, 2) AS INTEGER) < 7 THEN 1 ELSE 0 END AS age FROM " + source;
        StringBuilder sql = new StringBuilder("WITH persons AS (" + persons + "), banded AS (SELECT arrival_year, sex, "
                + "education, occupation, province, " + band + " AS age_band FROM persons) SELECT ");
        for (String d : used) {
            sql.append(d).append(", GROUPING(").append(d).append(") AS g_").append(d).append(", ");
        }
        sql.append("count(*) AS persons FROM banded GROUP BY GROUPING SETS (");
        List<String> parts = new ArrayList<>();
        for (List<String> set : sets) {
            parts.add("(" + String.join(", ", set) + ")");
        }
        return sql.append(String.join(", ", parts)).append(")").toString();
    }

    /** The code of band i, as AgeBands.codes() writes it: {@code 20-29}, the last {@code 60+}. */
    private static String label(List<Integer> bounds, int i) {
        return i + 1 < bounds.size() ? bounds.get(i) + "-" + (bounds.get(i + 1) - 1) : bounds.get(i) + "+";
    }

    private static void write(Path file, List<String> dims, Map<List<String>, Map<List<String>, Long>> counts)
            throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println(String.join(",", dims) + ",count");
            for (int mask = (1 << dims.size()) - 1; mask >= 0; mask--) {
                List<String> set = new ArrayList<>();
                for (int k = 0; k < dims.size(); k++) {
                    if ((mask & 1 << k) != 0) {
                        set.add(dims.get(k));
                    }
                }
                List<String> sorted = set.stream().sorted().toList();
                for (Map.Entry<List<String>, Long> cell : counts.getOrDefault(sorted, Map.of()).entrySet()) {
                    List<String> row = new ArrayList<>();
                    for (String d : dims) {
                        int at = sorted.indexOf(d);
                        row.add(at < 0 ? "total" : cell.getKey().get(at));
                    }
                    w.println(String.join(",", row) + "," + cell.getValue());
                }
            }
        }
    }
}
