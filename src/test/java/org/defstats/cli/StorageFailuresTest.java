package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures end a command as a full disk or a lost job repository, and the line each gets. */
class StorageFailuresTest {

    private static final Path OUTPUT = Path.of("/srv/output");
    private static final String H2 = "jdbc:h2:file:/srv/output/.defstats/repository;WRITE_DELAY=0";
    private static final String POSTGRES = "jdbc:postgresql://db.example:5432/defstats?password=secret";

    @Test
    void aFullDiskNamesTheFileItsWriteNamed() {
        Throwable failure = new UncheckedIOException("cannot publish run r1", new FileSystemException(
                "/srv/output/arrivals/runs/r1/a.svg", "/srv/output/.defstats/work/arrivals-latest-r1/a.svg",
                "No space left on device"));

        assertThat(StorageFailures.explain(failure, OUTPUT, H2)).hasValue("the disk holding /srv/output is full (No "
                + "space left on device) while writing /srv/output/.defstats/work/arrivals-latest-r1/a.svg; free space "
                + "and run again");
    }

    @Test
    void aFullDiskUnderTheDatabaseNamesTheRepositoryFileAndWinsOverTheClosedDatabase() {
        SQLException closed = new SQLException("The database has been closed [90098-240]", "90098", 90098,
                new IllegalStateException("Writing to FileChannel failed", new IOException("No space left on device")));

        assertThat(StorageFailures.explain(new RuntimeException("JDBC rollback", closed), OUTPUT, H2)).hasValue(
                "the disk holding /srv/output is full (No space left on device) while writing the job repository "
                        + "/srv/output/.defstats/repository.mv.db; free space and run again");
    }

    @Test
    void aBrokenConnectionIsALostRepositoryWithoutTheUrlSettings() {
        SQLException broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(StorageFailures.explain(new RuntimeException("could not start", broken), OUTPUT, POSTGRES))
                .hasValue("lost the job repository (jdbc:postgresql://db.example:5432/defstats): An I/O error "
                        + "occurred while sending to the backend.; check the database and run again");
    }

    @Test
    void otherFailuresAreNeither() {
        assertThat(StorageFailures.explain(new IllegalStateException("no Spring Batch job"), OUTPUT, H2)).isEmpty();
        assertThat(StorageFailures.explain(new SQLException("syntax error", "42000"), OUTPUT, H2)).isEmpty();
        assertThat(StorageFailures.explain(new IOException("Permission denied"), OUTPUT, H2)).isEmpty();
        assertThat(StorageFailures.explain(null, OUTPUT, H2)).isEmpty();
    }
}
