package org.defstats.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for a test, so that it can have a disk fill up or a file system turn read-only as root (who
 * writes through every permission). Mounting needs root and the right to mount: where either is missing, the test is
 * skipped with a message that says so.
 */
final class TmpfsMount implements AutoCloseable {

    private final Path at;

    private TmpfsMount(Path at) {
        this.at = at;
    }

    /** Mounts a tmpfs with {@code options} ({@code size=4m}, {@code ro}) at the folder {@code at}, made if missing. */
    static TmpfsMount mount(Path at, String options) throws IOException, InterruptedException {
        Files.createDirectories(at);
        String failed = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
        Assumptions.assumeTrue(failed == null, () -> "cannot mount a tmpfs (needs root and the right to mount): "
                + failed);
        return new TmpfsMount(at);
    }

    /**
     * Fills the file system with the file {@code filler} until the disk is full, then frees {@code freeBytes} of it,
     * and returns the file.
     */
    Path fill(String filler, long freeBytes) throws IOException {
        Path file = at.resolve(filler);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        }
        catch (IOException full) {
            // the disk is full
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - freeBytes));
        }
        return file;
    }

    /** Makes the mounted file system read-only. */
    void readOnly() throws IOException, InterruptedException {
        String failed = run("mount", "-o", "remount,ro", at.toString());
        if (failed != null) {
            throw new IllegalStateException("cannot remount " + at + " read-only: " + failed);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String failed = run("umount", at.toString());
        if (failed != null && run("umount", "-l", at.toString()) != null) {
            throw new IllegalStateException("cannot unmount the tmpfs at " + at + ": " + failed);
        }
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        }
        catch (IOException e) {
            return e.getMessage();
        }
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.waitFor() == 0 ? null : "'" + String.join(" ", command) + "' exited " + process.exitValue()
                + (printed.isEmpty() ? "" : ": " + printed);
    }
}
