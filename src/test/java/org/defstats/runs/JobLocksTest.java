package org.defstats.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.defstats.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A job's lock is held by one holder at a time, in H2 and in PostgreSQL, and is free again when its holder ends. */
class JobLocksTest {

    @Test
    void inH2() {
        holdsOneHolderAtATime(dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @Test
    void inPostgres() throws SQLException {
        holdsOneHolderAtATime(dataSource(PostgresServer.newDatabase()));
    }

    private static void holdsOneHolderAtATime(DataSource dataSource) {
        JobLocks locks = new JobLocks(dataSource);
        JobLocks elsewhere = new JobLocks(dataSource);
        Optional<JobLocks.Lock> arrivals = locks.tryLock("arrivals");
        assertThat(arrivals).isPresent();
        assertThat(elsewhere.tryLock("arrivals")).as("held by the first holder").isEmpty();
        try (JobLocks.Lock education = elsewhere.tryLock("education").orElseThrow()) {
            assertThat(education).as("another job's lock is its own").isNotNull();
        }
        arrivals.get().close();
        try (JobLocks.Lock again = elsewhere.tryLock("arrivals").orElseThrow()) {
            assertThat(locks.tryLock("arrivals")).isEmpty();
        }
    }

    private static DataSource dataSource(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        if (url.startsWith("jdbc:h2:")) {
            dataSource.setUsername("sa");
        }
        new ResourceDatabasePopulator(new ClassPathResource("org/defstats/runs/lock-schema.sql")).execute(dataSource);
        return dataSource;
    }
}
