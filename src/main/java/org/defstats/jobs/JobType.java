package org.defstats.jobs;

import java.util.List;
import java.util.Set;

/**
 * A kind of job that defstats has code for (the {@code type} of a job file): the inputs it reads and the
 * settings it takes. The Spring Batch job of the same name runs it.
 */
public interface JobType {

    /** The value of {@code type} in job files, and the name of the Spring Batch job. */
    String name();

    /** The input roles a job file of this type must name under {@code inputs}, in reading order. */
    List<String> inputRoles();

    /** The input roles a job file may leave out. */
    default Set<String> optionalInputRoles() {
        return Set.of();
    }

    /** The keys of the settings of this type, besides the keys every job file has. */
    Set<String> settingKeys();

    /** Reads and checks the settings of a job file of this type; absent keys take their defaults. */
    Record readSettings(JobFileSection section);

    /** The record class that {@link #readSettings} returns. */
    Class<? extends Record> settingsType();
}
