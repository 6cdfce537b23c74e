package org.defstats.jobs;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a job type may know of its run when it computes what to publish: the job file's {@code source} (for
 * chart footers) and the file name of each input it reads, so that complaints about rows can name the file.
 */
public record PublishContext(String source, Map<String, String> files) {

    public PublishContext {
        files = Map.copyOf(files);
    }

    /** The file name of an input role, or the role where the job file does not name it. */
    public String file(String role) {
        return files.getOrDefault(role, role);
    }

    /**
     * Runs a computation over the rows of one input, so that its complaint about the rows (an
     * IllegalArgumentException) names that input's file.
     */
    public <T> T computedFrom(String role, Supplier<T> computation) {
        try {
            return computation.get();
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file(role) + ": " + e.getMessage(), e);
        }
    }
}
