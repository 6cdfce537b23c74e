package org.defstats.publish;

/**
 * An input file as a run found it: its role in the job, its name in the input folder, size and SHA-256, the
 * encoding the job file gives for it ({@code auto} to detect it), and the archived copy the run reads, relative
 * to the output folder.
 */
public record InputFile(String role, String name, long bytes, String sha256, String encoding, String archived) {
}
