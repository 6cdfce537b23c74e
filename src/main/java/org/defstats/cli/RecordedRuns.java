package org.defstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.defstats.publish.PublishedRecords;
import org.defstats.runs.PublishedBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Reads the record of published runs from an output folder's own job repository, read-only and without Spring, for
 * the commands that must write nothing ({@code check}).
 */
final class RecordedRuns {

    private RecordedRuns() {
    }

    /**
     * The basis a run of {@code job} would have; nothing recorded when the output folder has no repository yet.
     *
     * @throws RuntimeException when the repository exists but cannot be read (in use, say)
     */
    static PublishedBasis basis(Path output, String job) {
        if (!Files.isRegularFile(output.resolve(".defstats").resolve("repository.mv.db"))) {
            return new PublishedBasis(Optional.empty(), Optional.empty(), false, List.of());
        }
        SingleConnectionDataSource repository = new SingleConnectionDataSource(SpringContexts.ownRepositoryUrl(output)
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "", true);
        try {
            if (!recordsPublications(repository)) {
                // a repository of a defstats before the record existed: nothing recorded, as run finds it
                return new PublishedBasis(Optional.empty(), Optional.empty(), false, List.of());
            }
            return PublishedBasis.of(new PublishedRecords(repository), output, job);
        }
        finally {
            repository.destroy();
        }
    }

    private static boolean recordsPublications(SingleConnectionDataSource repository) {
        return JdbcClient.create(repository).sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE "
                        + "TABLE_NAME = 'DEFSTATS_PUBLISHED_RUNS'")
                .query(Long.class).single() > 0;
    }
}
