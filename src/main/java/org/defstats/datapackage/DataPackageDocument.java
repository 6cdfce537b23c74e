package org.defstats.datapackage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.defstats.io.Json;
import org.defstats.jobs.JobType;
import org.defstats.output.OutputFile;
import org.defstats.publish.Revisions;
import org.defstats.publish.RunDocument;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunRecord;
import org.defstats.text.Language;

/**
 * Writes {@code datapackage.json} of a run ({@link DataPackage}) as a document of its publisher, so that the
 * manifest lists it and {@code verify} and {@code replay} cover it. It is made only of what the inputs and the job
 * file decide (the tables, the job type's words, the job file's description and source), never of the run's id,
 * times or build, so the same inputs give the same bytes.
 */
public final class DataPackageDocument implements RunDocument {

    /** The data package's name in a run folder. */
    public static final String FILE = "datapackage.json";

    private final JobType type;
    private final Record settings;
    private final String description;
    private final List<Language> languages;

    /**
     * @param settings    the job's settings, which may name its tables
     * @param description the job file's description
     * @param languages   the job's languages
     */
    public DataPackageDocument(JobType type, Record settings, String description, List<Language> languages) {
        this.type = type;
        this.settings = settings;
        this.description = description;
        this.languages = List.copyOf(languages);
    }

    @Override
    public OutputFile write(RunRecord run, List<OutputFile> outputs, Revisions revisions, RunManifest.Build build) {
        DataPackage dataPackage = DataPackages.of(run.job().name(), description, run.job().parameters().source(),
                languages, type, settings, outputs);
        return new OutputFile(FILE, Json.indented(dataPackage).getBytes(StandardCharsets.UTF_8));
    }
}
