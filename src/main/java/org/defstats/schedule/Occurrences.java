package org.defstats.schedule;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The scheduled occurrences of each job, in the job repository: one row per job and fire time, inserted by the
 * scheduler process that claims it. The primary key makes the database decide which of several processes runs an
 * occurrence; the others find it taken.
 */
public class Occurrences {

    /** The outcomes an occurrence is recorded with. */
    public enum Outcome {
        RUNNING("running"), RETRY_WAITING("failed, retry waiting"), PUBLISHED("published"), UP_TO_DATE("up to date"),
        FAILED("failed"), STOPPED("stopped"), BUSY("busy");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One occurrence of a job's schedule.
     *
     * @param catchUp   whether it ran late, when a scheduler started after its fire time
     * @param claimedBy the process that ran it, as {@code pid@host}
     * @param endedAt   null while it runs
     * @param runId     the run it published, or the run that was already current; null when there is none
     */
    public record Occurrence(String job, Instant fireTime, boolean catchUp, String claimedBy, Instant claimedAt,
            Instant endedAt, Outcome outcome, String runId, int attempts, String message) {
    }

    private static final RowMapper<Occurrence> ROW = (rs, row) -> new Occurrence(rs.getString("JOB_NAME"),
            Instant.parse(rs.getString("FIRE_TIME")), rs.getBoolean("CATCH_UP"), rs.getString("CLAIMED_BY"),
            Instant.parse(rs.getString("CLAIMED_AT")),
            rs.getString("ENDED_AT") == null ? null : Instant.parse(rs.getString("ENDED_AT")),
            Outcome.valueOf(rs.getString("OUTCOME")), rs.getString("RUN_ID"), rs.getInt("ATTEMPTS"),
            rs.getString("MESSAGE"));

    private static final int MESSAGE_LIMIT = 1000;

    private final JdbcTemplate jdbc;

    public Occurrences(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Claims an occurrence for this process: empty when claimed, else the occurrence as another process (or an
     * earlier run of this one) claimed it.
     */
    public Optional<Occurrence> claim(String job, Instant fireTime, boolean catchUp, String process, Instant now) {
        try {
            jdbc.update("INSERT INTO DEFSTATS_OCCURRENCES (JOB_NAME, FIRE_TIME, CATCH_UP, CLAIMED_BY, CLAIMED_AT, "
                    + "OUTCOME, ATTEMPTS) VALUES (?, ?, ?, ?, ?, ?, 0)", job, text(fireTime), catchUp, process,
                    text(now), Outcome.RUNNING.name());
            return Optional.empty();
        }
        catch (DuplicateKeyException e) {
            return find(job, fireTime);
        }
    }

    public void finish(String job, Instant fireTime, Outcome outcome, String runId, int attempts, String message,
            Instant now) {
        String shortened = message == null || message.length() <= MESSAGE_LIMIT ? message
                : message.substring(0, MESSAGE_LIMIT - 1) + "…";
        jdbc.update("UPDATE DEFSTATS_OCCURRENCES SET ENDED_AT = ?, OUTCOME = ?, RUN_ID = ?, ATTEMPTS = ?, MESSAGE = ? "
                + "WHERE JOB_NAME = ? AND FIRE_TIME = ?", text(now), outcome.name(), runId, attempts, shortened, job,
                text(fireTime));
    }

    public Optional<Occurrence> find(String job, Instant fireTime) {
        return jdbc.query("SELECT * FROM DEFSTATS_OCCURRENCES WHERE JOB_NAME = ? AND FIRE_TIME = ?", ROW, job,
                text(fireTime)).stream().findFirst();
    }

    /** The latest occurrence of a job that any process claimed. */
    public Optional<Occurrence> last(String job) {
        return jdbc.query("SELECT * FROM DEFSTATS_OCCURRENCES WHERE JOB_NAME = ? ORDER BY FIRE_TIME DESC "
                + "FETCH FIRST 1 ROWS ONLY", ROW, job).stream().findFirst();
    }

    /** The occurrences of a job, or of every job when it is null, latest fire time first. */
    public List<Occurrence> all(String job) {
        return job == null
                ? jdbc.query("SELECT * FROM DEFSTATS_OCCURRENCES ORDER BY FIRE_TIME DESC, JOB_NAME", ROW)
                : jdbc.query("SELECT * FROM DEFSTATS_OCCURRENCES WHERE JOB_NAME = ? ORDER BY FIRE_TIME DESC", ROW, job);
    }

    /** Fixed-width ISO instants, so that text order is time order. */
    private static String text(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
