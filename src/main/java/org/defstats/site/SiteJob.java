package org.defstats.site;

import java.util.regex.Pattern;

import org.defstats.jobs.JobDefinition;

/**
 * A job as the site lists it: its name, its job file's description and the cron and zone of its schedule (both null
 * without one). A job known only from the job repository (its file removed) has an empty description and no
 * schedule. Kept in {@code .defstats/site/jobs.json} for {@code restart}, which reads no job files.
 */
record SiteJob(String name, String description, String cron, String zone) {

    /** The names a job file may give, the only ones the site makes folders and links of. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    static SiteJob of(JobDefinition job) {
        return new SiteJob(job.name(), job.description() == null ? "" : job.description(),
                job.schedule() == null ? null : job.schedule().cron(),
                job.schedule() == null ? null : job.schedule().zone().getId());
    }

    /** Whether a name read from the job repository or a file is one a job file could give: a plain folder name. */
    static boolean validName(String name) {
        return name != null && name.length() <= 100 && NAME.matcher(name).matches() && !name.equals("archive");
    }
}
