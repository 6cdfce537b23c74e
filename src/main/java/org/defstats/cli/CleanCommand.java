package org.defstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * {@code defstats clean}: removes the scratch replays ({@code OUTPUT/.defstats/replay/*}, kept by {@code replay}
 * when a replay differs or fails) in which nothing was written for a week. It runs only when asked, so that a
 * replay being inspected is never removed behind someone's back by another command.
 */
final class CleanCommand {

    static final Duration MAX_AGE = Duration.ofDays(7);

    private final PrintStream out;
    private final PrintStream err;

    CleanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int clean(Command.Clean command, Instant now) throws IOException {
        if (!Files.isDirectory(command.output())) {
            err.println("defstats: there is no output folder " + command.output() + "; give one with --output DIR");
            return Defstats.USAGE;
        }
        Path replays = command.output().resolve(".defstats/replay");
        List<Path> entries;
        if (Files.isDirectory(replays, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> listing = Files.list(replays)) {
                entries = listing.sorted().toList();
            }
        }
        else {
            entries = List.of();
        }
        Instant cutoff = now.minus(MAX_AGE);
        int removed = 0;
        for (Path entry : entries) {
            if (lastWrite(entry).isBefore(cutoff)) {
                FileSystemUtils.deleteRecursively(entry);
                out.println("removed " + Defstats.shown(entry));
                removed++;
            }
        }
        out.println("removed " + removed + (removed == 1 ? " scratch replay" : " scratch replays") + " older than "
                + MAX_AGE.toDays() + " days; " + (entries.size() - removed) + " newer kept in " + Defstats.shown(replays));
        return Defstats.OK;
    }

    /** The last time anything in a scratch replay was written: its newest modification time, links not followed. */
    private static Instant lastWrite(Path entry) throws IOException {
        try (Stream<Path> tree = Files.walk(entry)) {
            return tree.map(CleanCommand::modified).max(Instant::compareTo).orElseThrow();
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
