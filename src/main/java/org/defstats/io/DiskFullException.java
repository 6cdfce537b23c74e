package org.defstats.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write that failed because the disk holding the output folder is full (or the user's quota is used up), said in one
 * line: the folder, what was being written, and what to do. {@link #of} recognises such a failure however deep the
 * operating system's error lies in the chain of causes (under a database's or Spring's exceptions, say).
 */
public final class DiskFullException extends RuntimeException {

    /** How the operating system says it (Linux and macOS, quotas, Windows). */
    private static final List<String> REASONS = List.of("No space left on device", "Disk quota exceeded",
            "There is not enough space on the disk");

    /**
     * @param writing what was being written (a path, or "the job repository …"), null when unknown
     */
    public DiskFullException(Path output, String reason, String writing, Throwable cause) {
        super("the disk holding " + output + " is full (" + reason + ")" + (writing == null ? "" : " while writing "
                + writing) + "; free space and run again", cause);
    }

    /**
     * {@code failure} as a full disk, naming the file its failed write named, else {@code writing}; empty when it
     * does not come from a full disk.
     */
    public static Optional<DiskFullException> of(Throwable failure, Path output, String writing) {
        if (failure instanceof DiskFullException full) {
            return Optional.of(full);
        }
        Optional<String> reason = reason(failure);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        String file = causes(failure).stream().filter(FileSystemException.class::isInstance)
                .map(FileSystemException.class::cast).filter(e -> e.getFile() != null)
                .map(e -> e.getOtherFile() != null ? e.getOtherFile() : e.getFile()).findFirst().orElse(writing);
        return Optional.of(new DiskFullException(output, reason.get(), file, failure));
    }

    /** The words of the operating system's "disk full" error in {@code failure}'s causes, if it is one. */
    static Optional<String> reason(Throwable failure) {
        for (Throwable t : causes(failure)) {
            String text = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
            for (String reason : REASONS) {
                if (text != null && text.contains(reason)) {
                    return Optional.of(reason);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code failure}, its causes and the exceptions suppressed along the way, each once. */
    public static List<Throwable> causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Throwable> next = new ArrayDeque<>();
        List<Throwable> all = new ArrayList<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return all;
    }
}
