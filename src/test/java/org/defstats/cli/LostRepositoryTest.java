package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.defstats.gated.GatedArrivalsJobType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job repository lost in the middle of a run (here the H2 database shut down under it, as a stopped PostgreSQL
 * server would leave it) fails the run with one line on the console, exit 1, and publishes nothing; the next run
 * publishes. defstats runs in a process of its own, so that everything it prints, the framework's too, is seen.
 */
class LostRepositoryTest {

    @TempDir
    Path work;

    @AfterEach
    void killLeftOverProcesses() throws InterruptedException {
        DefstatsProcesses.killLeftOver();
    }

    @Test
    void aRepositoryShutDownMidRunFailsItInOneLineAndTheNextRunPublishes() throws Exception {
        Path input = work.resolve("input");
        Path jobs = work.resolve("jobs");
        DefstatsProcesses.arrivalsJob(input, jobs, GatedArrivalsJobType.NAME, null);
        Path output = work.resolve("output");
        Path console = work.resolve("console.txt");

        Process run = DefstatsProcesses.startShuttingDown(console, "partial-periods:12",
                Defstats.ownRepositoryUrl(output), "run", "arrivals", "--input", input.toString(), "--jobs",
                jobs.toString(), "--output", output.toString());
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("defstats ended").isTrue();
        String printed = Files.readString(console);
        assertThat(run.exitValue()).as(printed).isEqualTo(Defstats.FAILED);
        assertThat(printed.lines().count()).as(printed).isBetween(1L, 3L);
        assertThat(printed).contains("defstats: arrivals failed, nothing published: lost the job repository (jdbc:h2:file:"
                + output.resolve(".defstats/repository").toAbsolutePath() + "): ", "; check the database and run again")
                .doesNotContain("DB_CLOSE_ON_EXIT")
                .doesNotContain("at org.", "\tat ", "Exception", "ERROR");
        assertThat(output.resolve("arrivals/latest")).doesNotExist();
        assertThat(output.resolve("arrivals/runs")).satisfiesAnyOf(runs -> assertThat(runs).doesNotExist(),
                runs -> assertThat(runs).isEmptyDirectory());

        InProcessDefstats defstats = new InProcessDefstats();
        assertThat(defstats.execute("run", "arrivals", "--input", input.toString(), "--jobs", jobs.toString(),
                "--output", output.toString())).as(defstats.err()).isEqualTo(Defstats.OK);
        assertThat(defstats.out()).startsWith("arrivals: published run ");
    }

}
