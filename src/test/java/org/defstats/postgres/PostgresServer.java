package org.defstats.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * Test support, not a test: the PostgreSQL server of the tests: {@code DEFSTATS_TEST_POSTGRES} names it as a JDBC URL whose user may create
 * databases ({@code .ci/postgres} starts a throwaway one). Each test gets a database of its own. Without the
 * variable the PostgreSQL tests are skipped; {@code .ci/run} always sets it.
 */
public final class PostgresServer {

    public static final String VARIABLE = "DEFSTATS_TEST_POSTGRES";

    private PostgresServer() {
    }

    /** A new, empty database, as a JDBC URL with its user; skips the test when no server is given. */
    public static String newDatabase() throws SQLException {
        String server = System.getenv(VARIABLE);
        Assumptions.assumeTrue(server != null && !server.isBlank(),
                VARIABLE + " is not set; .ci/postgres starts a throwaway PostgreSQL and sets it");
        String name = "defstats_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }
}
