package org.defstats.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.defstats.cli.Defstats;
import org.defstats.cli.InProcessDefstats;
import org.defstats.jobs.JobTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job type defined only in the test sources is found and run end to end, reading, refusing, publishing and
 * comparing like the shipped types: adding a type needs no change outside its package.
 */
class TallyJobTypeTest {

    @TempDir
    Path work;

    private final InProcessDefstats console = new InProcessDefstats();

    @BeforeEach
    void writeJobFile() throws IOException {
        Files.createDirectories(work.resolve("jobs"));
        Files.createDirectories(work.resolve("input"));
        Files.writeString(work.resolve("jobs/tally.yaml"), """
                name: tally
                description: Counts per group
                type: tally
                inputs:
                  counts: counts.csv
                source: "Source: a test"
                """);
    }

    @Test
    void isFoundAmongTheJobTypes() {
        assertThat(JobTypes.named("tally")).get().isInstanceOf(TallyJobType.class);
    }

    @Test
    void publishesItsTableAndComparesByItsKeyColumn() throws IOException {
        Files.writeString(work.resolve("input/counts.csv"), "집단,인원\nnorth,1\nsouth,\"3,999\"\n※ a footnote\n");

        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
        assertThat(console.out()).contains("tally: published run ", "(read counts 2 rows (1 footnote skipped))");
        Path table = work.resolve("output/tally/latest/tables/tally.csv");
        assertThat(table).hasContent("group,count,share_pct\nnorth,1,0.0\nsouth,3999,100.0");

        Files.writeString(work.resolve("report.csv"), "count,group\n3999,south\n");
        assertThat(defstats("compare", table.toString(), work.resolve("report.csv").toString()))
                .as(console.out() + console.err()).isEqualTo(Defstats.OK);
        Files.writeString(work.resolve("report.csv"), "count,group\n3998,south\n");
        assertThat(defstats("compare", table.toString(), work.resolve("report.csv").toString()))
                .isEqualTo(Defstats.FAILED);
        assertThat(console.out() + console.err()).contains("south");
    }

    @Test
    void refusesARowBreakingItsRuleAcrossRowsAndPublishesNothing() throws IOException {
        Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\nnorth,2\n");

        assertThat(run()).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).contains("counts.csv:3:1: group north is also on line 2; keep one of them [duplicate]");
        assertThat(work.resolve("output/tally/latest")).doesNotExist();
    }

    @Test
    void anInputWrittenWithinTheJobsSettleTimeIsRefusedAndNothingArchived() throws IOException {
        Files.writeString(work.resolve("jobs/tally.yaml"), Files.readString(work.resolve("jobs/tally.yaml"))
                + "settle: 60s\n");
        Path counts = Files.writeString(work.resolve("input/counts.csv"), "group,count\nnorth,1\n");

        assertThat(run()).isEqualTo(Defstats.USAGE);
        assertThat(console.err()).matches("defstats: " + java.util.regex.Pattern.quote(counts.toString())
                + ": changed [0-9]+ s ago, within the job's settle time of 60 s \\(an export still being "
                + "written\\?\\); left for the next run: run again when the export is finished, or lower "
                + "'settle' in the job file\n");
        assertThat(work.resolve("output/tally")).doesNotExist();
        try (var files = Files.walk(work.resolve("output"))) {
            assertThat(files.filter(path -> path.startsWith(work.resolve("output/archive")))
                    .filter(Files::isRegularFile)).isEmpty();
        }

        Files.setLastModifiedTime(counts, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(61)));
        assertThat(run()).as(console.err()).isEqualTo(Defstats.OK);
    }

    private int run() {
        return defstats("run", "tally", "--input", work.resolve("input").toString(), "--output",
                work.resolve("output").toString(), "--jobs", work.resolve("jobs").toString());
    }

    private int defstats(String... args) {
        return console.execute(args);
    }
}
