package org.defstats.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.defstats.cli.Defstats;

/** Runs the defstats command in a folder laid out as input/, jobs/ and output/, for the corpus tests. */
public final class CorpusRuns {

    /** What a run printed and returned. */
    record Console(int exit, String out, String err) {
    }

    private CorpusRuns() {
    }

    /** {@code defstats run JOB...} with the input, output and jobs folders of {@code folder}. */
    static Console run(Path folder, String... jobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.concat(Stream.of("run"), Stream.of(jobs)), Stream.of(
                "--input", folder.resolve("input").toString(),
                "--output", folder.resolve("output").toString(),
                "--jobs", folder.resolve("jobs").toString())).toArray(String[]::new);
        int exit = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Console(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A folder of the test resources, by its class path name. */
    static Path resource(String name) {
        try {
            return Path.of(CorpusRuns.class.getResource(name).toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the files below {@code from} to {@code to}, creating folders as needed. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
