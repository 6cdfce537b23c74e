package org.defstats.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.defstats.text.Language;

/**
 * One job as its file in jobs/ defines it.
 *
 * @param file        the job file
 * @param inputs      input role to file name, relative to the input folder, in the order of the job type
 * @param schedule    null when the job file has none
 * @param source      the data source credited in chart footers
 * @param encodings   input role to the encoding the job file gives, or {@code auto}
 * @param maxRejects  how many lines that break a rule may be skipped (listed and counted) instead of failing
 * @param settings    the settings record of the job type: everything besides inputs and source that
 *                    affects the outputs
 * @param settle      how long an input must have been unchanged before a run reads it; null when the job file
 *                    does not say, and the command's default applies
 * @param allowDroppedRows whether a run may publish without rows the previous run published
 *                    ({@code dropped-rows: allow}); else such a run is refused
 * @param languages   the languages charts are published in, the first at charts/, each further one at
 *                    charts/LANG/ ({@code languages}, default [en])
 */
public record JobDefinition(Path file, String name, String description, JobType type, Map<String, String> inputs,
        Map<String, String> encodings, long maxRejects, Schedule schedule, String source, Record settings,
        Duration settle, boolean allowDroppedRows, List<Language> languages) {

    public JobDefinition {
        languages = languages == null || languages.isEmpty() ? Language.DEFAULT : List.copyOf(languages);
    }

    /** A job whose file does not give {@code languages}. */
    public JobDefinition(Path file, String name, String description, JobType type, Map<String, String> inputs,
            Map<String, String> encodings, long maxRejects, Schedule schedule, String source, Record settings,
            Duration settle, boolean allowDroppedRows) {
        this(file, name, description, type, inputs, encodings, maxRejects, schedule, source, settings, settle,
                allowDroppedRows, Language.DEFAULT);
    }

    /** A job whose file does not allow dropped rows. */
    public JobDefinition(Path file, String name, String description, JobType type, Map<String, String> inputs,
            Map<String, String> encodings, long maxRejects, Schedule schedule, String source, Record settings,
            Duration settle) {
        this(file, name, description, type, inputs, encodings, maxRejects, schedule, source, settings, settle, false);
    }

    /** A job whose file does not give {@code settle}. */
    public JobDefinition(Path file, String name, String description, JobType type, Map<String, String> inputs,
            Map<String, String> encodings, long maxRejects, Schedule schedule, String source, Record settings) {
        this(file, name, description, type, inputs, encodings, maxRejects, schedule, source, settings, null);
    }
}
