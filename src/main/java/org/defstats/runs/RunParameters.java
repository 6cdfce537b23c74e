package org.defstats.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLineReader;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileException;
import org.defstats.publish.Sha256;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a job run needs, carried as Spring Batch job parameters so that the job repository records
 * exactly what each run used. Only the job name and the fingerprint identify a job instance.
 *
 * @param settings the job type's settings record as JSON
 */
public record RunParameters(String job, String fingerprint, String type, Path jobFile, Path inputDir,
        Path outputDir, List<InputFile> inputs, String source, long maxRejects, String settings) {

    static final String JOB = "job";
    static final String FINGERPRINT = "fingerprint";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Hashes the inputs of a job and computes its fingerprint. */
    public static RunParameters prepare(JobDefinition job, Path inputDir, Path outputDir) {
        List<InputFile> inputs = new ArrayList<>();
        for (Map.Entry<String, String> input : job.inputs().entrySet()) {
            Path path = inputDir.resolve(input.getValue());
            if (!Files.isRegularFile(path)) {
                throw new JobFileException(job.file() + ": 'inputs." + input.getKey() + "' names " + path
                        + ", which does not exist; put the file there or give the input folder with --input DIR");
            }
            try {
                inputs.add(new InputFile(input.getKey(), input.getValue(), Files.size(path), Sha256.of(path),
                        job.encodings().getOrDefault(input.getKey(), "auto")));
            }
            catch (IOException e) {
                throw new JobFileException(path + ": cannot be read: " + e.getMessage());
            }
        }
        String settings = JSON.writeValueAsString(job.settings());
        String fingerprint = Fingerprint.of(job.type().name(), job.source(), settings, job.maxRejects(), inputs);
        return new RunParameters(job.name(), fingerprint, job.type().name(), job.file().toAbsolutePath(),
                inputDir.toAbsolutePath(), outputDir.toAbsolutePath(), List.copyOf(inputs), job.source(),
                job.maxRejects(), settings);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(JOB, job, true)
                .addString(FINGERPRINT, fingerprint, true)
                .addString("type", type, false)
                .addString("jobFile", jobFile.toString(), false)
                .addString("inputDir", inputDir.toString(), false)
                .addString("outputDir", outputDir.toString(), false)
                .addString("inputs", JSON.writeValueAsString(inputs), false)
                .addString("source", source, false)
                .addLong("maxRejects", maxRejects, false)
                .addString("settings", settings, false)
                .toJobParameters();
    }

    public static RunParameters from(JobParameters parameters) {
        return new RunParameters(parameters.getString(JOB), parameters.getString(FINGERPRINT),
                parameters.getString("type"), Path.of(parameters.getString("jobFile")),
                Path.of(parameters.getString("inputDir")), Path.of(parameters.getString("outputDir")),
                JSON.readValue(parameters.getString("inputs"), new TypeReference<List<InputFile>>() { }),
                parameters.getString("source"), parameters.getLong("maxRejects"), parameters.getString("settings"));
    }

    public static RunParameters from(StepExecution stepExecution) {
        return from(stepExecution.getJobParameters());
    }

    /** The settings record of the job type. */
    public <T extends Record> T settings(Class<T> type) {
        return JSON.readValue(settings, type);
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

    public Path inputPath(String role) {
        return inputDir.resolve(input(role).name());
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
                .map(i -> new CsvLineReader(role, inputDir.resolve(i.name()), i.name(), i.encoding(), columns))
                .orElseGet(() -> new CsvLineReader(role, null, role, "auto", columns));
    }
}
