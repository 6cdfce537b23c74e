package org.defstats.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.disclosure.AuditSummary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.databind.JsonNode;

/**
 * What {@code manifest.json} says of a published run, field for field in the order of the file. {@code content}
 * holds what must be the same whenever the same inputs and job file are run (versions, parameters, hashes,
 * counts); {@code run} holds what differs from run to run by nature (ids, times, the build and the Java runtime,
 * and the revisions against the run published before), so that two runs compare by their content alone.
 * {@link Manifest} writes and reads it.
 */
public record RunManifest(int manifestVersion, Content content, Run run) {

    /** The form of manifest this defstats writes and reads. */
    public static final int VERSION = 2;

    /**
     * What must be the same whenever the same inputs and job file are run.
     *
     * @param disclosure the audit of disclosure control (method and parameters, cells, suppressed cells, the
     *                   narrowest range against its requirement), for job types that apply it; absent otherwise
     */
    public record Content(String job, String type, Application application, Parameters parameters, JobFile jobFile,
            @JsonSetter(contentNulls = Nulls.FAIL) List<Input> inputs, RejectSummary rejects,
            @JsonSetter(contentNulls = Nulls.FAIL) List<Output> outputs,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<AuditSummary> disclosure) {

        public Content {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            disclosure = disclosure == null ? Optional.empty() : disclosure;
        }

        /** The content of a run without disclosure control. */
        public Content(String job, String type, Application application, Parameters parameters, JobFile jobFile,
                List<Input> inputs, RejectSummary rejects, List<Output> outputs) {
            this(job, type, application, parameters, jobFile, inputs, rejects, outputs, Optional.empty());
        }
    }

    /** The application that made the run: always {@code defstats} and its version. */
    public record Application(String name, String version) {
    }

    /**
     * What the job file sets.
     *
     * @param settings the job type's settings, as the job type writes them
     */
    public record Parameters(String fingerprint, String source, JsonNode settings, long maxRejects) {
    }

    /** The job file, and its archived copy relative to the output folder. */
    public record JobFile(String name, String sha256, String archived) {
    }

    /**
     * An input file, its archived copy relative to the output folder, and what the ingest step made of it.
     *
     * @param encoding        the encoding the file was read in
     * @param encodingSetting the encoding the job file gives, {@code auto} to detect it
     * @param warnings        the warnings about the file, each as {@code file:line:column: message [rule]}
     */
    public record Input(String role, String name, long bytes, String sha256, String archived, String encoding,
            String encodingSetting, long rows, Skipped skipped,
            @JsonSetter(contentNulls = Nulls.FAIL) List<String> warnings) {

        public Input {
            warnings = List.copyOf(warnings);
        }
    }

    /** The lines of an input that are not data rows. */
    public record Skipped(long totalRows, long footnotes, long emptyLines, long emptyColumns, long rejectedLines) {
    }

    /**
     * The problems that {@code max-rejects} let through.
     *
     * @param file the file listing them, {@code rejects.csv}; empty when there were none
     */
    public record RejectSummary(long problems, Optional<String> file) {
    }

    /** An output file of the run folder. */
    public record Output(String name, long bytes, String sha256) {
    }

    /**
     * What differs from run to run by nature.
     *
     * @param archive the archive folder the run's inputs and job file are in
     */
    public record Run(String runId, long jobInstanceId, long jobExecutionId, Instant startedAt, Build build,
            JavaRuntime java, String archive, RevisionSummary revisions) {
    }

    /** The build of defstats that made the run, and the git commit it was built from. */
    public record Build(String version, String commit) {
    }

    /** The Java runtime that made the run. */
    public record JavaRuntime(String version, String vendor, String runtime) {
    }

    /**
     * The figures that differ from the run published before.
     *
     * @param previousRunId the run compared with, empty when there was none
     * @param file          {@code revisions.csv} listing them, with its size and SHA-256; empty when none differ
     */
    public record RevisionSummary(long count, Optional<String> previousRunId, Optional<String> file,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) OptionalLong bytes,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> sha256) {

        public RevisionSummary {
            if (file.isPresent() != bytes.isPresent() || file.isPresent() != sha256.isPresent()) {
                throw new IllegalArgumentException("revisions.csv needs its file name, size and SHA-256 together");
            }
        }
    }

    /**
     * The manifest of a run with the given outputs and revisions, made by {@code build} on this Java runtime.
     *
     * @throws IllegalStateException when the record lacks the ingest report of an input
     */
    public static RunManifest of(RunRecord run, List<Output> outputs, RevisionSummary revisions, Build build) {
        RunRecord.Job job = run.job();
        List<Input> inputs = new ArrayList<>();
        for (InputFile input : job.files()) {
            InputReport report = run.inputs().stream().filter(r -> r.role().equals(input.role())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ingest report for input " + input.role()));
            inputs.add(new Input(input.role(), input.name(), input.bytes(), input.sha256(), input.archived(),
                    report.encoding(), input.encoding(), report.rows(), new Skipped(report.totalRows(),
                            report.footnotes(), report.emptyLines(), report.emptyColumns(), report.rejected()),
                    report.warnings().stream().map(LineProblem::describe).toList()));
        }
        Content content = new Content(job.name(), job.type(), new Application("defstats", build.version()),
                job.parameters(), job.jobFile(), inputs, new RejectSummary(run.rejectCount(),
                        run.rejects().isEmpty() ? Optional.empty() : Optional.of(Rejects.FILE)), outputs,
                run.disclosure());
        return new RunManifest(VERSION, content, new Run(run.runId(), run.jobInstanceId(), run.jobExecutionId(),
                run.startedAt(), build, new JavaRuntime(System.getProperty("java.version"),
                        System.getProperty("java.vendor"), System.getProperty("java.runtime.version")),
                job.outputDir().resolve(Archive.FOLDER).toString(), revisions));
    }

    /** The files of the run folder that the manifest lists: the outputs, then revisions.csv when there is one. */
    public List<Output> listedFiles() {
        List<Output> listed = new ArrayList<>(content.outputs());
        RevisionSummary revisions = run.revisions();
        revisions.file().ifPresent(file -> listed.add(new Output(file, revisions.bytes().getAsLong(),
                revisions.sha256().get())));
        return listed;
    }
}
