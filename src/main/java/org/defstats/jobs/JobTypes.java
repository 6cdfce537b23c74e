package org.defstats.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.defstats.output.TableSpec;

/**
 * The job types on the class path, found through {@link ServiceLoader} ({@code META-INF/services/}
 * {@code org.defstats.jobs.JobType}), in name order, so that adding a type touches only its package.
 */
public final class JobTypes {

    private static final List<JobType> ALL = ServiceLoader.load(JobType.class, JobTypes.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).sorted(Comparator.comparing(JobType::name)).toList();

    private JobTypes() {
    }

    public static List<JobType> all() {
        return ALL;
    }

    public static Optional<JobType> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tables of every job type, for reading back published tables. */
    public static List<TableSpec> tables() {
        return ALL.stream().flatMap(t -> t.tables().stream()).toList();
    }
}
