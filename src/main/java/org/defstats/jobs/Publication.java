package org.defstats.jobs;

import java.util.List;

import org.defstats.output.OutputFile;

/**
 * What a job type publishes for a run: its tables and charts as files, and warnings about figures that are
 * published but doubtful, each placed in the input it is about (shown on the console and in the manifest).
 */
public record Publication(List<OutputFile> files, List<RoleProblem> warnings) {

    public Publication {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public Publication(List<OutputFile> files) {
        this(files, List.of());
    }
}
