package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.defstats.gated.GatedArrivalsJobType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up under the output folder, before the run (the archive), while it opens or writes the job
 * repository, or while it publishes, fails the run with one line on the console (no framework logging, no stack
 * trace), exit 1, and publishes nothing; once space is freed the next run publishes. The output folder is on a small
 * tmpfs, so the tests need root and the right to mount, and are skipped without them; defstats runs in a process of
 * its own, so that everything it prints, the framework's too, is seen.
 */
class FullDiskTest {

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path gatedJobs;
    private Path output;
    private Path console;
    private TmpfsMount disk;

    @BeforeEach
    void arrivalsJobOnASmallDisk() throws IOException, InterruptedException {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        gatedJobs = work.resolve("gated-jobs");
        DefstatsProcesses.arrivalsJob(input, jobs, "arrivals", null);
        DefstatsProcesses.arrivalsJob(input, gatedJobs, GatedArrivalsJobType.NAME, null);
        console = work.resolve("console.txt");
        disk = TmpfsMount.mount(work.resolve("disk"), "size=4m");
        output = work.resolve("disk/output");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        DefstatsProcesses.killLeftOver();
        if (disk != null) {
            disk.close();
        }
    }

    /** No room left: the archive fails; 24 KB: the job repository as it opens; 256 KB: the repository mid-job. */
    @ParameterizedTest(name = "{0} KB left")
    @ValueSource(ints = {0, 24, 256})
    void aFullDiskFailsTheRunInOneLineAndTheRunAfterFreeingSpacePublishes(int kilobytes) throws Exception {
        Path filler = disk.fill("filler", kilobytes * 1024L);

        Process run = DefstatsProcesses.start(console, "run", "arrivals", "--input", input.toString(), "--jobs",
                jobs.toString(), "--output", output.toString());
        assertFailedInOneLine(run);

        Files.delete(filler);
        assertNextRunPublishes(jobs);
    }

    /** The gate holds the run at its publish step until the disk is full, and SIGTERM lets it go on. */
    @Test
    void aDiskThatFillsWhileTheRunPublishesFailsItInOneLine() throws Exception {
        Process run = DefstatsProcesses.startHeld(console, "publish", "run", "arrivals", "--input", input.toString(),
                "--jobs", gatedJobs.toString(), "--output", output.toString());
        DefstatsProcesses.awaitHeld(run, console);
        Path filler = disk.fill("filler", 0);
        run.destroy();
        assertFailedInOneLine(run);

        Files.delete(filler);
        assertNextRunPublishes(gatedJobs);
    }

    private void assertFailedInOneLine(Process run) throws IOException, InterruptedException {
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("defstats ended").isTrue();
        String printed = Files.readString(console);
        assertThat(run.exitValue()).as(printed).isEqualTo(Defstats.FAILED);
        assertThat(printed.lines().count()).as(printed).isBetween(1L, 3L);
        assertThat(printed).contains("defstats: ", "the disk holding " + output + " is full (No space left on device)",
                "; free space and run again").doesNotContain("at org.", "\tat ", "Exception", "ERROR");
        assertThat(output.resolve("arrivals/latest")).doesNotExist();
        assertThat(runs()).as("published runs").isZero();
    }

    private void assertNextRunPublishes(Path jobFolder) {
        InProcessDefstats defstats = new InProcessDefstats();
        assertThat(defstats.execute("run", "arrivals", "--input", input.toString(), "--jobs", jobFolder.toString(),
                "--output", output.toString())).as(defstats.err()).isEqualTo(Defstats.OK);
        assertThat(defstats.out()).startsWith("arrivals: published run ");
        assertThat(output.resolve("arrivals/latest/tables/yearly.csv")).exists();
        assertThat(output.resolve(".defstats/work")).isEmptyDirectory();
    }

    private long runs() throws IOException {
        Path runs = output.resolve("arrivals/runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.count();
        }
    }
}
