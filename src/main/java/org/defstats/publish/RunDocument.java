package org.defstats.publish;

import java.util.List;

import org.defstats.output.OutputFile;

/**
 * A file of a run made from what its publisher knows (the run, its outputs, its revisions and the build), before
 * the manifest is written, so that the manifest lists it like every other output: {@code report.html}. The
 * publisher knows no document by name; whoever publishes passes them in.
 */
@FunctionalInterface
public interface RunDocument {

    /**
     * @param outputs the files of the run so far: the job type's tables and charts, and {@code rejects.csv}
     */
    OutputFile write(RunRecord run, List<OutputFile> outputs, Revisions revisions, RunManifest.Build build);
}
