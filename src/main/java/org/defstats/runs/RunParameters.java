package org.defstats.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLineReader;
import org.defstats.io.Json;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.publish.Archive;
import org.defstats.publish.InputFile;
import org.defstats.publish.LatestRun;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunPublisher;
import org.defstats.publish.RunRecord;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import tools.jackson.core.type.TypeReference;

/**
 * Everything a job run needs, carried as Spring Batch job parameters so that the job repository records
 * exactly what each run used. The job name, the fingerprint and the basis (the run that {@code latest/} showed
 * when the run was prepared) identify a job instance, so that going back to earlier inputs publishes again.
 *
 * @param settings the job type's settings record as JSON
 */
public record RunParameters(String job, String fingerprint, String basis, String type, Path jobFile,
        String jobFileSha256, String jobFileArchived, Path inputDir, Path outputDir, List<InputFile> inputs,
        String source, long maxRejects, String settings) {

    static final String JOB = "job";
    static final String FINGERPRINT = "fingerprint";
    static final String BASIS = "basis";
    /** The basis of a job's first run, when no run of it is published. */
    public static final String NO_BASIS = "none";

    /**
     * Archives the inputs and the job file of a job (the run reads the archived copies, so it uses exactly the
     * bytes it hashed) and computes its fingerprint.
     */
    public static RunParameters prepare(JobDefinition job, Path inputDir, Path outputDir) {
        requireInputs(job, inputDir);
        Archive archive = new Archive(outputDir.toAbsolutePath());
        List<InputFile> inputs = new ArrayList<>();
        for (Map.Entry<String, String> input : job.inputs().entrySet()) {
            Path path = inputDir.resolve(input.getValue());
            Archive.Archived archived = archived(archive, path);
            inputs.add(new InputFile(input.getKey(), input.getValue(), archived.bytes(), archived.sha256(),
                    job.encodings().getOrDefault(input.getKey(), "auto"), archived.name()));
        }
        Archive.Archived jobFile = archived(archive, job.file());
        String settings = Json.MAPPER.writeValueAsString(job.settings());
        String fingerprint = Fingerprint.of(job.type().name(), job.source(), settings, job.maxRejects(), inputs);
        RunPublisher.recoverLatest(outputDir.toAbsolutePath().resolve(job.name()));
        String basis = LatestRun.of(outputDir.toAbsolutePath().resolve(job.name())).map(LatestRun::runId)
                .orElse(NO_BASIS);
        return new RunParameters(job.name(), fingerprint, basis, job.type().name(), job.file().toAbsolutePath(),
                jobFile.sha256(), jobFile.name(), inputDir.toAbsolutePath(), outputDir.toAbsolutePath(),
                List.copyOf(inputs), job.source(), job.maxRejects(), settings);
    }

    /** These parameters with another basis: the run that {@code latest/} shows now. */
    public RunParameters withBasis(String newBasis) {
        return new RunParameters(job, fingerprint, newBasis, type, jobFile, jobFileSha256, jobFileArchived, inputDir,
                outputDir, inputs, source, maxRejects, settings);
    }

    /** Refuses a job whose input files are missing, before anything is written. */
    public static void requireInputs(JobDefinition job, Path inputDir) {
        for (Map.Entry<String, String> input : job.inputs().entrySet()) {
            Path path = inputDir.resolve(input.getValue());
            if (!Files.isRegularFile(path)) {
                throw new JobFileException(job.file() + ": 'inputs." + input.getKey() + "' names " + path
                        + ", which does not exist; put the file there or give the input folder with --input DIR");
            }
            try {
                if (!path.toRealPath().startsWith(inputDir.toRealPath())) {
                    throw new JobFileException(job.file() + ": 'inputs." + input.getKey() + "' names " + path
                            + ", which a link leads out of the input folder; copy the file into the input folder");
                }
            }
            catch (IOException e) {
                throw new JobFileException(path + ": cannot be read: " + e.getMessage());
            }
        }
    }

    private static Archive.Archived archived(Archive archive, Path file) {
        try {
            return archive.store(file);
        }
        catch (IOException e) {
            throw new JobFileException(file + ": cannot be read and archived: " + e.getMessage());
        }
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(JOB, job, true)
                .addString(FINGERPRINT, fingerprint, true)
                .addString(BASIS, basis, true)
                .addString("type", type, false)
                .addString("jobFile", jobFile.toString(), false)
                .addString("jobFileSha256", jobFileSha256, false)
                .addString("jobFileArchived", jobFileArchived, false)
                .addString("inputDir", inputDir.toString(), false)
                .addString("outputDir", outputDir.toString(), false)
                .addString("inputs", Json.MAPPER.writeValueAsString(inputs), false)
                .addString("source", source, false)
                .addLong("maxRejects", maxRejects, false)
                .addString("settings", settings, false)
                .toJobParameters();
    }

    public static RunParameters from(JobParameters parameters) {
        return new RunParameters(parameters.getString(JOB), parameters.getString(FINGERPRINT),
                parameters.getString(BASIS), parameters.getString("type"), Path.of(parameters.getString("jobFile")),
                parameters.getString("jobFileSha256"), parameters.getString("jobFileArchived"),
                Path.of(parameters.getString("inputDir")), Path.of(parameters.getString("outputDir")),
                Json.MAPPER.readValue(parameters.getString("inputs"), new TypeReference<List<InputFile>>() { }),
                parameters.getString("source"), parameters.getLong("maxRejects"), parameters.getString("settings"));
    }

    public static RunParameters from(StepExecution stepExecution) {
        return from(stepExecution.getJobParameters());
    }

    /** The job as the manifest of its run shows it. */
    public RunRecord.Job published() {
        return new RunRecord.Job(job, type, outputDir, new RunManifest.Parameters(fingerprint, source,
                Json.MAPPER.readTree(settings), maxRejects), new RunManifest.JobFile(jobFile.getFileName().toString(),
                jobFileSha256, jobFileArchived), inputs);
    }

    /** The settings record of the job type. */
    public <T extends Record> T settings(Class<T> type) {
        return Json.MAPPER.readValue(settings, type);
    }

    public InputFile input(String role) {
        return inputs.stream().filter(i -> i.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("job " + job + " has no input " + role));
    }

    /**
     * Runs a computation over the rows of one input, so that its complaint about the rows (an
     * IllegalArgumentException) names that input's file.
     */
    public <T> T computedFrom(String role, java.util.function.Supplier<T> computation) {
        try {
            return computation.get();
        }
        catch (IllegalArgumentException e) {
            String file = inputs.stream().filter(i -> i.role().equals(role)).findFirst()
                    .map(InputFile::name).orElse(role);
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The archived copy of an input, which the run reads. */
    public Path inputPath(String role) {
        InputFile input = input(role);
        return new Archive(outputDir).open(input.archived(), input.sha256());
    }

    /** Input role to file name, for the inputs the job file names. */
    public Map<String, String> inputFiles() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        inputs.forEach(i -> files.put(i.role(), i.name()));
        return files;
    }

    /** A reader of the input of {@code role}, or of nothing when the job file leaves that optional input out. */
    public CsvLineReader reader(String role, List<Column> columns) {
        return inputs.stream().filter(i -> i.role().equals(role)).findFirst()
                .map(i -> new CsvLineReader(role, inputPath(role), i.name(), i.encoding(), columns))
                .orElseGet(() -> new CsvLineReader(role, null, role, "auto", columns));
    }
}
