package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.cli.Defstats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register job its tables cannot protect fails closed, end to end from the job file: the run fails with one line
 * saying what and how to fix it, publishes no table, chart or report, leaves the staged unprotected cells behind
 * nowhere, and a previously published run stays as it was.
 */
class RegisterFailsClosedTest {

    @TempDir
    Path folder;

    /**
     * Protection 1000 on a register of 291 persons: no suppressed cell's range can reach 1000 above its count, since
     * the grand total, which is never suppressed, bounds every cell; the audit cannot pass.
     */
    @Test
    void protectionBeyondTheGrandTotalFailsAndPublishesNothing() throws Exception {
        Path register = RegisterLeakTest.writeRegister(folder.resolve("input"));
        RegisterRuns.Console console = run(RegisterLeakTest.jobFile(3).replace("protection: 3", "protection: 1000"));

        assertThat(console.exit()).as(console.all()).isEqualTo(Defstats.FAILED);
        assertFailedClosed(console);
        assertThat(console.err()).contains("merge small categories or drop");
        assertThat(LeakScanner.scan(folder.resolve("output"), console.all(), RegisterLeakTest.smallCells(register)))
                .isEmpty();
    }

    /** A register of two persons: its grand totals are themselves small, and a grand total is never suppressed. */
    @Test
    void aRegisterWhoseGrandTotalIsSmallFails() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("small-register.csv"), """
                id,arrival,sex,birth_year,education,occupation,province
                1,2022-03,male,1957,kindergarten,arts_sports,rason
                2,2022-08,female,1989,junior_college,arts_sports,nampo
                """);
        RegisterRuns.Console console = run(RegisterLeakTest.jobFile(3));

        assertThat(console.exit()).as(console.all()).isEqualTo(Defstats.FAILED);
        assertFailedClosed(console);
        assertThat(console.err()).contains("grand total");
    }

    /** The failure is told in words, as other refusals are, without the name of a Java class. */
    @Test
    void theFailureNamesNoJavaClass() throws Exception {
        RegisterLeakTest.writeRegister(folder.resolve("input"));
        RegisterRuns.Console console = run(RegisterLeakTest.jobFile(3).replace("protection: 3", "protection: 1000"));

        assertThat(console.exit()).isEqualTo(Defstats.FAILED);
        assertThat(console.err()).doesNotContain("Exception");
    }

    /**
     * The failure does not say which cell could not be protected: only cells whose count is from 1 to threshold − 1
     * need protection, so naming one in the console and in OUTPUT/.defstats/defstats.log tells that its count is
     * small.
     */
    @Test
    void theFailureNamesNoSmallCell() throws Exception {
        Path register = RegisterLeakTest.writeRegister(folder.resolve("input"));
        RegisterRuns.Console console = run(RegisterLeakTest.jobFile(3).replace("protection: 3", "protection: 1000"));

        assertThat(console.exit()).isEqualTo(Defstats.FAILED);
        String log = Files.readString(folder.resolve("output/.defstats/defstats.log"));
        for (LeakScanner.SmallCell cell : RegisterLeakTest.smallCells(register)) {
            List<String> named = cell.key().stream().map(c -> c.equals(RegisterRuns.TOTAL) ? "_T" : c).toList();
            assertThat(console.all() + log).as(cell.toString()).doesNotContain("cell " + cell.key(), "cell " + named);
        }
    }

    /** A later run that cannot be protected leaves the published run and latest/ as they were. */
    @Test
    void aFailedRunLeavesThePublishedOneAlone() throws Exception {
        RegisterLeakTest.writeRegister(folder.resolve("input"));
        RegisterRuns.Console published = run(RegisterLeakTest.jobFile(3));
        assertThat(published.exit()).as(published.all()).isEqualTo(Defstats.OK);
        Path latest = folder.resolve("output/register/latest");
        byte[] table = Files.readAllBytes(latest.resolve("tables/occupation-sex.csv"));
        List<Path> runs = runs();

        RegisterRuns.Console failed = run(RegisterLeakTest.jobFile(3).replace("protection: 3", "protection: 1000"));

        assertThat(failed.exit()).as(failed.all()).isEqualTo(Defstats.FAILED);
        assertThat(runs()).isEqualTo(runs);
        assertThat(Files.readAllBytes(latest.resolve("tables/occupation-sex.csv"))).isEqualTo(table);
        assertThat(stagedFiles()).isEmpty();
    }

    private void assertFailedClosed(RegisterRuns.Console console) throws IOException {
        assertThat(console.out()).doesNotContain("published run");
        assertThat(console.err().strip().lines()).as("one line, no stack trace").hasSize(1);
        assertThat(console.err()).startsWith("defstats: register failed, nothing published: ").doesNotContain("\tat ");
        assertThat(runs()).as("no run folder").isEmpty();
        assertThat(folder.resolve("output/register/latest")).doesNotExist();
        assertThat(stagedFiles()).as("no staged unprotected cells left").isEmpty();
    }

    private RegisterRuns.Console run(String jobFile) throws IOException {
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(jobs.resolve("register.yaml"), jobFile);
        return RegisterRuns.run(folder.resolve("input"), jobs, folder.resolve("output"));
    }

    private List<Path> runs() throws IOException {
        Path runs = folder.resolve("output/register/runs");
        if (!Files.exists(runs)) {
            return List.of();
        }
        try (var list = Files.list(runs)) {
            return list.sorted().toList();
        }
    }

    private List<Path> stagedFiles() throws IOException {
        Path work = folder.resolve("output/.defstats/work");
        if (!Files.exists(work)) {
            return List.of();
        }
        try (var files = Files.walk(work)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
