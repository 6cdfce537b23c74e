package org.defstats.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.defstats.text.Language;

/**
 * What a job type may know of its run when it computes what to publish: the job file's {@code source} (for
 * chart footers), the file name of each input it reads, so that complaints about rows can name the file, and
 * the languages of the job file's {@code languages}, the first one's charts at their usual paths.
 */
public record PublishContext(String source, Map<String, String> files, List<Language> languages) {

    public PublishContext {
        files = Map.copyOf(files);
        languages = languages == null || languages.isEmpty() ? Language.DEFAULT : List.copyOf(languages);
    }

    /** A context of a job file without {@code languages}. */
    public PublishContext(String source, Map<String, String> files) {
        this(source, files, Language.DEFAULT);
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
