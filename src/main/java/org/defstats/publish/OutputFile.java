package org.defstats.publish;

/** A file of a run, by its path inside the run folder (e.g. {@code tables/yearly.csv}), and its bytes. */
public record OutputFile(String path, byte[] bytes) {
}
