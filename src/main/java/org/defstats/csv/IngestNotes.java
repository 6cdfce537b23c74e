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
 * The notes the ingest steps keep about lines that are not data rows (skipped lines, total rows, warnings and
 * problems), in a table keyed by job execution, so that the counts survive chunk boundaries and restarts.
 */
public class IngestNotes {

    /** At most this many problems are kept in memory, printed and listed in rejects.csv; all are counted. */
    public static final int STORED_PROBLEMS = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public IngestNotes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new NamedParameterJdbcTemplate(dataSource);
    }

    void insert(List<IngestNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO DEFSTATS_INGEST_NOTES (JOB_EXECUTION_ID, INPUT_ROLE, LINE_NUMBER, SEQ, KIND, "
                + "FILE_NAME, COLUMN_NUMBER, CELL_VALUE, RULE_NAME, MESSAGE) VALUES (:jobExecutionId, :inputRole, "
                + ":lineNumber, :seq, :kind, :fileName, :columnNumber, :cellValue, :ruleName, :message)",
                notes.stream().map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new));
    }

    /** Per input role, how many lines of each kind; problems count the lines they are on. */
    public Map<String, Map<String, Long>> lineCounts(long jobExecutionId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        record Count(String inputRole, String kind, long lines) {
        }
        jdbc.sql("SELECT INPUT_ROLE, KIND, COUNT(DISTINCT LINE_NUMBER) AS LINES FROM DEFSTATS_INGEST_NOTES "
                        + "WHERE JOB_EXECUTION_ID = :id GROUP BY INPUT_ROLE, KIND ORDER BY INPUT_ROLE, KIND")
                .param("id", jobExecutionId)
                .query(Count.class)
                .list()
                .forEach(c -> counts.computeIfAbsent(c.inputRole(), r -> new LinkedHashMap<>()).put(c.kind(), c.lines()));
        return counts;
    }

    /** The problems of the given kinds, in file and line order, at most {@link #STORED_PROBLEMS}. */
    public List<LineProblem> problems(long jobExecutionId, List<String> kinds) {
        return new ArrayList<>(jdbc.sql("SELECT * FROM DEFSTATS_INGEST_NOTES WHERE JOB_EXECUTION_ID = :id "
                        + "AND KIND IN (:kinds) ORDER BY FILE_NAME, LINE_NUMBER, SEQ FETCH FIRST " + STORED_PROBLEMS
                        + " ROWS ONLY")
                .param("id", jobExecutionId)
                .param("kinds", kinds)
                .query(IngestNote.class)
                .list()
                .stream().map(IngestNote::problem).toList());
    }

    /** How many problems of the given kinds there are. */
    public long problemCount(long jobExecutionId, List<String> kinds) {
        return jdbc.sql("SELECT COUNT(*) FROM DEFSTATS_INGEST_NOTES WHERE JOB_EXECUTION_ID = :id AND KIND IN (:kinds)")
                .param("id", jobExecutionId)
                .param("kinds", kinds)
                .query(Long.class)
                .single();
    }

    public void delete(long jobExecutionId) {
        jdbc.sql("DELETE FROM DEFSTATS_INGEST_NOTES WHERE JOB_EXECUTION_ID = :id").param("id", jobExecutionId).update();
    }
}
