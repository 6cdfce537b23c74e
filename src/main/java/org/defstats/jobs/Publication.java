package org.defstats.jobs;

import java.util.List;
import java.util.Optional;

import org.defstats.disclosure.AuditSummary;
import org.defstats.output.OutputFile;

/**
 * What a job type publishes for a run: its tables and charts as files, warnings about figures that are
 * published but doubtful, each placed in the input it is about (shown on the console and in the manifest), and,
 * for a type whose tables went through disclosure control, the audit of that control (in the manifest and on the
 * console; it holds no suppressed count).
 */
public record Publication(List<OutputFile> files, List<RoleProblem> warnings, Optional<AuditSummary> disclosure) {

    public Publication {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public Publication(List<OutputFile> files, List<RoleProblem> warnings) {
        this(files, warnings, Optional.empty());
    }

    public Publication(List<OutputFile> files) {
        this(files, List.of());
    }
}
