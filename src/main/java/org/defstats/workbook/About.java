package org.defstats.workbook;

import java.util.List;

/**
 * What the {@code about} sheet of a workbook says of the run's job and inputs: only what the same inputs and job
 * file always give, so no run id and no time.
 *
 * @param job         the job's name
 * @param type        the job type
 * @param description the job file's description, empty when it has none
 * @param source      the data source the job file credits, empty when it names none
 * @param fingerprint the job's fingerprint (build, type, settings, source and inputs)
 * @param inputs      every input, in the job type's order
 */
public record About(String job, String type, String description, String source, String fingerprint,
        List<Input> inputs) {

    /** An input file: its role in the job, its name in the input folder and its SHA-256. */
    public record Input(String role, String file, String sha256) {
    }

    public About {
        description = description == null ? "" : description;
        source = source == null ? "" : source;
        inputs = List.copyOf(inputs);
    }
}
