package org.defstats.runs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.defstats.io.Json;
import org.defstats.jobs.JobDefinition;
import org.defstats.publish.InputFile;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunRecord;
import org.defstats.text.Language;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import tools.jackson.core.type.TypeReference;

/**
 * Everything a job run needs, carried as Spring Batch job parameters so that the job repository records
 * exactly what each run used. The job name, the fingerprint and the basis (the run that {@code latest/} showed
 * when the run was prepared) identify a job instance, so that going back to earlier inputs publishes again.
 * {@link RunPreparation} makes them.
 *
 * @param settings          the job type's settings record as JSON
 * @param description       the job file's description, its first {@value #MAX_DESCRIPTION} characters (a job
 *                          parameter holds 2,500); empty when it has none, or when a defstats that did not record it
 *                          prepared the run
 * @param acceptDroppedRows whether the run may publish without rows the previous run published (the job file's
 *                          {@code dropped-rows: allow} or {@code run --accept-dropped-rows})
 * @param languages         the codes of the job file's {@code languages}, joined with ',' ("ko,en"); runs
 *                          recorded before languages existed read as "en"
 */
public record RunParameters(String job, String fingerprint, String basis, String type, Path jobFile,
        String jobFileSha256, String jobFileArchived, Path inputDir, Path outputDir, List<InputFile> inputs,
        String source, long maxRejects, String settings, String description, boolean acceptDroppedRows,
        String languages) {

    static final String JOB = "job";
    static final String FINGERPRINT = "fingerprint";
    static final String BASIS = "basis";
    /** The basis of a job's first run, when no run of it is published. */
    public static final String NO_BASIS = "none";
    /** The most characters of a job file's description that the parameters keep. */
    public static final int MAX_DESCRIPTION = 1_000;

    public RunParameters {
        description = description == null ? "" : description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
    }

    /** These parameters with another basis: the run that {@code latest/} shows now. */
    public RunParameters withBasis(String newBasis) {
        return new RunParameters(job, fingerprint, newBasis, type, jobFile, jobFileSha256, jobFileArchived, inputDir,
                outputDir, inputs, source, maxRejects, settings, description, acceptDroppedRows, languages);
    }

    /** These parameters allowing the run to drop rows the previous run published ({@code --accept-dropped-rows}). */
    public RunParameters acceptingDroppedRows() {
        return new RunParameters(job, fingerprint, basis, type, jobFile, jobFileSha256, jobFileArchived, inputDir,
                outputDir, inputs, source, maxRejects, settings, description, true, languages);
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
                .addString("acceptDroppedRows", String.valueOf(acceptDroppedRows), false)
                .addString("description", description, false)
                .addString("languages", languages, false)
                .toJobParameters();
    }

    public static RunParameters from(JobParameters parameters) {
        return new RunParameters(parameters.getString(JOB), parameters.getString(FINGERPRINT),
                parameters.getString(BASIS), parameters.getString("type"), Path.of(parameters.getString("jobFile")),
                parameters.getString("jobFileSha256"), parameters.getString("jobFileArchived"),
                Path.of(parameters.getString("inputDir")), Path.of(parameters.getString("outputDir")),
                Json.MAPPER.readValue(parameters.getString("inputs"), new TypeReference<List<InputFile>>() { }),
                parameters.getString("source"), parameters.getLong("maxRejects"), parameters.getString("settings"),
                java.util.Objects.requireNonNullElse(parameters.getString("description"), ""),
                Boolean.parseBoolean(parameters.getString("acceptDroppedRows", "false")),
                parameters.getString("languages", Language.joined(Language.DEFAULT)));
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

    /** The languages charts are published in, the first at charts/. */
    public List<Language> languageList() {
        return Language.split(languages);
    }

    /** The settings record of the job type. */
    public <T extends Record> T settings(Class<T> type) {
        return Json.MAPPER.readValue(settings, type);
    }

    /** Input role to file name, for the inputs the job file names. */
    public Map<String, String> inputFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        inputs.forEach(i -> files.put(i.role(), i.name()));
        return files;
    }
}
