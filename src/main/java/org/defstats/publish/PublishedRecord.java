package org.defstats.publish;

import java.util.List;

/**
 * What the job repository recorded of a published run when it was published: the hash of its manifest and the
 * size and hash of every file it published. A run folder (or {@code latest/}) shows the run only while its files
 * match this record ({@link PublishedRecords}).
 *
 * @param files every published file but the manifest, by name relative to the run folder
 */
public record PublishedRecord(String runId, String job, long jobExecutionId, String manifestSha256,
        List<RunManifest.Output> files) {

    public PublishedRecord {
        files = List.copyOf(files);
    }
}
