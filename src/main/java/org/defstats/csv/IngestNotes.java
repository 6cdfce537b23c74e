package org.defstats.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the ingest steps noted about the lines that are not data rows, keyed by job execution, so that it
 * survives chunk boundaries and restarts: a count of lines (and of problems) per input and kind, and the problems
 * and warnings themselves, of which at most {@link #STORED_PROBLEMS} rejected ones per input are kept. So the
 * repository grows with what is listed, never with the number of lines.
 */
public class IngestNotes {

    /** At most this many problems are kept, printed and listed in rejects.csv; all are counted. */
    public static final int STORED_PROBLEMS = 1000;
    /** Between an input role and the part of it a partition reads, in the role under which its notes are kept. */
    private static final String PART = "#";

    /**
     * The role under which a partition keeps its notes: {@code register#1} for the second part. Parts read at
     * once keep their counts in rows of their own (two first chunks adding to one row could both insert it) and
     * up to {@link #STORED_PROBLEMS} problems each, so that the first problems of the file, not of whichever
     * part wrote first, are the ones kept; {@link #lineCounts} adds them up under the role.
     */
    public static String partRole(String role, int part) {
        return part == 0 ? role : role + PART + part;
    }

    private static String role(String kept) {
        int part = kept.indexOf(PART);
        return part < 0 ? kept : kept.substring(0, part);
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public IngestNotes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new NamedParameterJdbcTemplate(dataSource);
    }

    /**
     * Adds the counts of a chunk ({@code kind -> [lines, problems]}) and keeps its problems, rejected ones up to
     * the limit per input.
     */
    void record(long jobExecutionId, String role, Map<String, long[]> counts, List<IngestNote> problems) {
        for (Map.Entry<String, long[]> count : counts.entrySet()) {
            int updated = jdbc.sql("UPDATE DEFSTATS_INGEST_COUNTS SET LINES = LINES + :lines, PROBLEMS = PROBLEMS + "
                            + ":problems WHERE JOB_EXECUTION_ID = :id AND INPUT_ROLE = :role AND KIND = :kind")
                    .param("lines", count.getValue()[0]).param("problems", count.getValue()[1])
                    .param("id", jobExecutionId).param("role", role).param("kind", count.getKey())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO DEFSTATS_INGEST_COUNTS (JOB_EXECUTION_ID, INPUT_ROLE, KIND, LINES, PROBLEMS) "
                                + "VALUES (:id, :role, :kind, :lines, :problems)")
                        .param("lines", count.getValue()[0]).param("problems", count.getValue()[1])
                        .param("id", jobExecutionId).param("role", role).param("kind", count.getKey())
                        .update();
            }
        }
        List<IngestNote> kept = new ArrayList<>(problems.stream()
                .filter(n -> !n.kind().equals(IngestNote.REJECTED)).toList());
        List<IngestNote> rejected = problems.stream().filter(n -> n.kind().equals(IngestNote.REJECTED)).toList();
        if (!rejected.isEmpty()) {
            long stored = jdbc.sql("SELECT COUNT(*) FROM DEFSTATS_INGEST_NOTES WHERE JOB_EXECUTION_ID = :id "
                            + "AND INPUT_ROLE = :role AND KIND = :kind")
                    .param("id", jobExecutionId).param("role", role).param("kind", IngestNote.REJECTED)
                    .query(Long.class).single();
            kept.addAll(rejected.subList(0, (int) Math.max(0, Math.min(rejected.size(), STORED_PROBLEMS - stored))));
        }
        if (!kept.isEmpty()) {
            batch.batchUpdate("INSERT INTO DEFSTATS_INGEST_NOTES (JOB_EXECUTION_ID, INPUT_ROLE, LINE_NUMBER, SEQ, "
                    + "KIND, FILE_NAME, COLUMN_NUMBER, CELL_VALUE, RULE_NAME, MESSAGE) VALUES (:jobExecutionId, "
                    + ":inputRole, :lineNumber, :seq, :kind, :fileName, :columnNumber, :cellValue, :ruleName, "
                    + ":message)", kept.stream().map(SimplePropertySqlParameterSource::new)
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** Per input role, how many lines of each kind; problems count the lines they are on. */
    public Map<String, Map<String, Long>> lineCounts(long jobExecutionId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        record Count(String inputRole, String kind, long lines) {
        }
        jdbc.sql("SELECT INPUT_ROLE AS inputRole, KIND AS kind, LINES AS lines FROM DEFSTATS_INGEST_COUNTS "
                        + "WHERE JOB_EXECUTION_ID = :id ORDER BY INPUT_ROLE, KIND")
                .param("id", jobExecutionId)
                .query(Count.class)
                .list()
                .forEach(c -> counts.computeIfAbsent(role(c.inputRole()), r -> new LinkedHashMap<>())
                        .merge(c.kind(), c.lines(), Long::sum));
        return counts;
    }

    /** The problems of the given kinds, in file and line order, at most {@link #STORED_PROBLEMS}. */
    public List<LineProblem> problems(long jobExecutionId, List<String> kinds) {
        return new ArrayList<>(jdbc.sql("SELECT JOB_EXECUTION_ID AS jobExecutionId, INPUT_ROLE AS inputRole, "
                        + "LINE_NUMBER AS lineNumber, SEQ AS seq, KIND AS kind, FILE_NAME AS fileName, "
                        + "COLUMN_NUMBER AS columnNumber, CELL_VALUE AS cellValue, RULE_NAME AS ruleName, "
                        + "MESSAGE AS message FROM DEFSTATS_INGEST_NOTES WHERE JOB_EXECUTION_ID = :id "
                        + "AND KIND IN (:kinds) ORDER BY FILE_NAME, LINE_NUMBER, SEQ FETCH FIRST " + STORED_PROBLEMS
                        + " ROWS ONLY")
                .param("id", jobExecutionId)
                .param("kinds", kinds)
                .query(IngestNote.class)
                .list()
                .stream().map(IngestNote::problem).toList());
    }

    /** How many problems of the given kinds there are, kept or only counted. */
    public long problemCount(long jobExecutionId, List<String> kinds) {
        return jdbc.sql("SELECT COALESCE(SUM(PROBLEMS), 0) FROM DEFSTATS_INGEST_COUNTS WHERE JOB_EXECUTION_ID = :id "
                        + "AND KIND IN (:kinds)")
                .param("id", jobExecutionId)
                .param("kinds", kinds)
                .query(Long.class)
                .single();
    }

    public void delete(long jobExecutionId) {
        jdbc.sql("DELETE FROM DEFSTATS_INGEST_NOTES WHERE JOB_EXECUTION_ID = :id").param("id", jobExecutionId).update();
        jdbc.sql("DELETE FROM DEFSTATS_INGEST_COUNTS WHERE JOB_EXECUTION_ID = :id").param("id", jobExecutionId).update();
    }
}
