package org.defstats.runs;

/** An input file as a run found it: its role in the job, its name in the input folder, size and SHA-256. */
public record InputFile(String role, String name, long bytes, String sha256) {
}
