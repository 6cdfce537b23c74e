package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.defstats.corpus.CorpusRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code run} of jobs that are all current says so without starting Spring when the job repository was left
 * settled, with the console lines and exit code of the way through the repository, and takes that way whenever the
 * repository may say otherwise. (KilledRunTest checks that a process killed with the repository open is settled by
 * the next run of its current job.)
 */
class CurrentWithoutSpringTest {

    @TempDir
    Path work;

    private Path output;
    private List<String> common;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Defstats defstats;

    @BeforeEach
    void publishTheShippedJobs() throws IOException {
        Path input = work.resolve("input");
        Path jobs = work.resolve("jobs");
        CorpusRuns.copyTree(Path.of("input"), input);
        CorpusRuns.copyTree(Path.of("jobs"), jobs);
        output = work.resolve("output");
        common = List.of("--input", input.toString(), "--jobs", jobs.toString(), "--output", output.toString());
        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(stdout()).contains("arrivals: published run ", "education: published run ");
        assertThat(defstats.springStarts()).isOne();
        assertThat(output.resolve(".defstats").resolve(SettledRepository.FILE)).exists();
    }

    @Test
    void currentJobsAreFoundCurrentWithoutSpringAndSayWhatTheWayThroughTheRepositorySays() throws IOException {
        assertThat(run()).isEqualTo(Defstats.OK);
        String withoutSpring = stdout();
        assertThat(defstats.springStarts()).as("Spring started").isZero();
        assertThat(withoutSpring).startsWith("arrivals: current, inputs and settings unchanged since run ")
                .contains("\neducation: current, ");
        assertThat(stderr()).isEmpty();

        Files.delete(output.resolve(".defstats").resolve(SettledRepository.FILE));
        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(defstats.springStarts()).as("Spring started").isOne();
        assertThat(stdout()).isEqualTo(withoutSpring);
        assertThat(stderr()).isEmpty();

        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(defstats.springStarts()).as("Spring started once the repository was settled again").isZero();
        assertThat(stdout()).isEqualTo(withoutSpring);
    }

    @Test
    void aJobThatIsNotCurrentRunsThroughTheRepository() throws IOException {
        Path arrivals = work.resolve("jobs/arrivals.yaml");
        Files.writeString(arrivals, Files.readString(arrivals).replace("[10000, 20000, 30000]", "[10000, 20000]"));
        assertThat(run()).isEqualTo(Defstats.OK);
        assertThat(defstats.springStarts()).isOne();
        assertThat(stdout()).startsWith("arrivals: published run ").contains("\neducation: current, ");
    }

    @Test
    void anOpenRepositoryOrSpringOptionsTakeTheWayThroughTheRepository() throws IOException {
        Defstats holder = new Defstats(System.out, System.err);
        try (ConfigurableApplicationContext open = holder.startSpring(output, List.of(), false)) {
            assertThat(output.resolve(".defstats").resolve(SettledRepository.FILE))
                    .as("deleted while a process has the repository open").doesNotExist();
            assertThat(run()).isEqualTo(Defstats.OK);
            assertThat(defstats.springStarts()).isOne();
            assertThat(stdout()).startsWith("arrivals: current, ");
        }
        assertThat(run("--spring.datasource.url=" + Defstats.ownRepositoryUrl(output))).isEqualTo(Defstats.OK);
        assertThat(defstats.springStarts()).isOne();
        assertThat(stdout()).startsWith("arrivals: current, ");
    }

    private int run(String... more) {
        out.reset();
        err.reset();
        defstats = new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(common);
        args.addAll(List.of(more));
        return defstats.execute(args.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
