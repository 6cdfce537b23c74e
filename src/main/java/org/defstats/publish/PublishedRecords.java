package org.defstats.publish;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job repository's record of published runs ({@code DEFSTATS_PUBLISHED_RUNS} and {@code _FILES}). It is written
 * in the transaction of the publish step, so a run is recorded exactly when its execution completes; files on disk
 * can be edited afterwards, the record cannot be by editing them. The newest recorded run of a job is the one its
 * {@code latest/} must show.
 */
public class PublishedRecords {

    private final JdbcClient jdbc;

    public PublishedRecords(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Records a run as published in {@code outputDir}, under the folder's id. */
    public void record(Path outputDir, PublishedRecord run) {
        jdbc.sql("INSERT INTO DEFSTATS_PUBLISHED_RUNS (RUN_ID, JOB_NAME, OUTPUT_ID, OUTPUT_DIR, JOB_EXECUTION_ID, "
                        + "MANIFEST_SHA256) VALUES (:run, :job, :id, :output, :execution, :manifest)")
                .param("run", run.runId()).param("job", run.job()).param("id", OutputFolderId.ensure(outputDir, idOf(outputDir)))
                .param("output", outputDir.toAbsolutePath().normalize().toString())
                .param("execution", run.jobExecutionId()).param("manifest", run.manifestSha256())
                .update();
        for (RunManifest.Output file : run.files()) {
            jdbc.sql("INSERT INTO DEFSTATS_PUBLISHED_FILES (RUN_ID, FILE_NAME, FILE_SIZE, SHA256) "
                            + "VALUES (:run, :name, :size, :sha256)")
                    .param("run", run.runId()).param("name", file.name()).param("size", file.bytes())
                    .param("sha256", file.sha256())
                    .update();
        }
    }

    /**
     * The newest run of a job that the repository records as published in an output folder (found by its id, so
     * that a moved or copied folder keeps its record), if any.
     */
    public Optional<PublishedRecord> newest(Path outputDir, String job) {
        Optional<String> id = idOf(outputDir);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT RUN_ID FROM DEFSTATS_PUBLISHED_RUNS WHERE JOB_NAME = :job AND OUTPUT_ID = :id "
                        + "ORDER BY JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY")
                .param("job", job).param("id", id.get())
                .query(String.class).optional()
                .flatMap(this::find);
    }

    /**
     * The id of an output folder: that of its id file, else (the file removed, or garbled) the id the repository
     * recorded the newest run published at the folder's path under, so that a lost id file loses no record. Without
     * it, every job was published anew without revisions or the dropped-rows check, and a second loss of the file
     * left each job failing ("the repository was changed by hand") until the id was typed back.
     */
    Optional<String> idOf(Path outputDir) {
        Optional<String> id = OutputFolderId.of(outputDir);
        if (id.isPresent()) {
            return id;
        }
        return jdbc.sql("SELECT OUTPUT_ID FROM DEFSTATS_PUBLISHED_RUNS WHERE OUTPUT_DIR = :output "
                        + "ORDER BY JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY")
                .param("output", outputDir.toAbsolutePath().normalize().toString())
                .query(String.class).optional().map(String::strip);
    }

    /** The jobs with a run the repository records as published in an output folder, in name order. */
    public java.util.List<String> jobs(Path outputDir) {
        Optional<String> id = idOf(outputDir);
        if (id.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("SELECT DISTINCT JOB_NAME FROM DEFSTATS_PUBLISHED_RUNS WHERE OUTPUT_ID = :id ORDER BY JOB_NAME")
                .param("id", id.get()).query(String.class).list();
    }

    /** Every run of a job that the repository records as published in an output folder, newest first. */
    public java.util.List<PublishedRecord> runs(Path outputDir, String job) {
        Optional<String> id = idOf(outputDir);
        if (id.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("SELECT RUN_ID FROM DEFSTATS_PUBLISHED_RUNS WHERE JOB_NAME = :job AND OUTPUT_ID = :id "
                        + "ORDER BY JOB_EXECUTION_ID DESC")
                .param("job", job).param("id", id.get())
                .query(String.class).list().stream()
                .flatMap(run -> find(run).stream()).toList();
    }

    /** The record of a published run, if the repository has one. */
    public Optional<PublishedRecord> find(String runId) {
        record Head(String job, long execution, String manifest) {
        }
        Optional<Head> head = jdbc.sql("SELECT JOB_NAME, JOB_EXECUTION_ID, MANIFEST_SHA256 FROM DEFSTATS_PUBLISHED_RUNS "
                        + "WHERE RUN_ID = :run")
                .param("run", runId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
        return head.map(h -> new PublishedRecord(runId, h.job(), h.execution(), h.manifest(),
                jdbc.sql("SELECT FILE_NAME, FILE_SIZE, SHA256 FROM DEFSTATS_PUBLISHED_FILES WHERE RUN_ID = :run "
                                + "ORDER BY FILE_NAME")
                        .param("run", runId)
                        .query((rs, n) -> new RunManifest.Output(rs.getString(1), rs.getLong(2), rs.getString(3)))
                        .list()));
    }

    /** Forgets every record: only for a repository of scratch runs (replays, dry runs), emptied between them. */
    public void forgetAll() {
        jdbc.sql("DELETE FROM DEFSTATS_PUBLISHED_FILES").update();
        jdbc.sql("DELETE FROM DEFSTATS_PUBLISHED_RUNS").update();
    }
}
