package org.defstats.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Keeps a job from running twice at once in every process that shares the job repository. A lock is a row lock
 * ({@code SELECT ... FOR UPDATE NOWAIT}) held by an open transaction on a connection of its own, so the database
 * decides who runs, and a killed process or a lost connection never leaves a lock behind: the database ends the
 * transaction. Spring Batch's unique job instances alone do not protect a restart of a failed instance.
 */
public class JobLocks {

    /** PostgreSQL's lock_not_available and H2's lock timeout. */
    private static final Set<String> LOCK_NOT_AVAILABLE = Set.of("55P03", "HYT00");
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JobLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A held lock; closing it ends the transaction that holds it. */
    public static final class Lock implements AutoCloseable {

        private final Connection connection;

        private Lock(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            }
            catch (SQLException e) {
                // the connection is gone, and with it the transaction that held the lock
            }
        }
    }

    /** The lock of a job, or empty when another run of it, in this process or another, holds it. */
    public Optional<Lock> tryLock(String job) {
        try {
            ensureRow(job);
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT JOB_NAME FROM DEFSTATS_JOB_LOCKS WHERE JOB_NAME = ? FOR UPDATE NOWAIT")) {
                    select.setString(1, job);
                    select.executeQuery().close();
                }
                return Optional.of(new Lock(connection));
            }
            catch (SQLException e) {
                new Lock(connection).close();
                if (LOCK_NOT_AVAILABLE.contains(e.getSQLState())) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot lock job " + job + " in the job repository: " + e.getMessage(), e);
        }
    }

    private void ensureRow(String job) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO DEFSTATS_JOB_LOCKS (JOB_NAME) SELECT CAST(? AS VARCHAR(63)) WHERE NOT EXISTS "
                                + "(SELECT 1 FROM DEFSTATS_JOB_LOCKS WHERE JOB_NAME = ?)")) {
            connection.setAutoCommit(true);
            insert.setString(1, job);
            insert.setString(2, job);
            insert.executeUpdate();
        }
        catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // another process added the row at the same moment
        }
    }
}
