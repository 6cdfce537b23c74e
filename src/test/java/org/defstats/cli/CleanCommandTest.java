package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code defstats clean} on a hand-made output folder; no Spring. */
class CleanCommandTest {

    @TempDir
    Path output;

    private final InProcessDefstats console = new InProcessDefstats();

    @Test
    void removesTheScratchReplaysInWhichNothingWasWrittenForAWeekAndKeepsTheOthers() throws IOException {
        Path replays = output.resolve(".defstats/replay");
        Path old = scratchReplay(replays.resolve("at-20261120T010000Z-1"), Duration.ofDays(8));
        Path recent = scratchReplay(replays.resolve("at-20261127T010000Z-2"), Duration.ofDays(2));
        // an old replay folder in which a file was written yesterday is still in use
        Path touched = scratchReplay(replays.resolve("at-20261101T010000Z-3"), Duration.ofDays(30));
        Files.setLastModifiedTime(touched.resolve("20261101T000000Z-7/output/defstats.log"),
                FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path published = Files.createDirectories(output.resolve("arrivals/runs/20261101T000000Z-7"));
        Files.setLastModifiedTime(published, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        assertThat(defstats("clean", "--output", output.toString())).isEqualTo(Defstats.OK);

        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(touched).isDirectory();
        assertThat(published).isDirectory();
        assertThat(console.out()).contains("removed ", "at-20261120T010000Z-1",
                "removed 1 scratch replay older than 7 days; 2 newer kept in ").doesNotContain("at-20261127T010000Z-2", "at-20261101T010000Z-3");
        try (Stream<Path> left = Files.list(replays)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("at-20261101T010000Z-3", "at-20261127T010000Z-2"));
        }
    }

    @Test
    void anOutputFolderWithoutReplaysHasNothingToRemoveAndAMissingOneIsAUsageError() {
        assertThat(defstats("clean", "--output", output.toString())).isEqualTo(Defstats.OK);
        assertThat(console.out()).contains("removed 0 scratch replays older than 7 days");

        assertThat(defstats("clean", "--output", output.resolve("missing").toString())).isEqualTo(Defstats.USAGE);
        assertThat(console.err()).contains("there is no output folder");
        assertThat(defstats("clean", "arrivals", "--output", output.toString())).isEqualTo(Defstats.USAGE);
        assertThat(defstats("clean", "--jobs", output.toString())).isEqualTo(Defstats.USAGE);
    }

    /** A scratch replay as replay keeps it, every file and folder of it last written {@code age} ago. */
    private static Path scratchReplay(Path folder, Duration age) throws IOException {
        Path log = folder.resolve("20261101T000000Z-7/output/defstats.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "replay\n");
        FileTime then = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.setLastModifiedTime(path, then);
            }
        }
        return folder;
    }

    private int defstats(String... args) {
        return console.execute(args);
    }
}
