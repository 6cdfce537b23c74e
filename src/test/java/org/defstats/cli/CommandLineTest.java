package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final Path home = Path.of("/opt/defstats");

    @Test
    void runDefaultsToTheFoldersOfTheHome() {
        CommandLine.Parsed parsed = CommandLine.parse(List.of("run"), home);

        assertThat(parsed.command()).isEqualTo(new Command.Run(List.of(), home.resolve("input"),
                home.resolve("output"), home.resolve("jobs"), List.of()));
        assertThat(parsed.debug()).isFalse();
    }

    @Test
    void runTakesJobNamesFoldersSpringOptionsAndDebug() {
        CommandLine.Parsed parsed = CommandLine.parse(List.of("run", "education", "--input", "/data/in",
                "--debug", "--output", "/data/out", "--spring.datasource.url=jdbc:h2:mem:x", "arrivals"), home);

        assertThat(parsed.command()).isEqualTo(new Command.Run(List.of("education", "arrivals"),
                Path.of("/data/in"), Path.of("/data/out"), home.resolve("jobs"),
                List.of("--spring.datasource.url=jdbc:h2:mem:x")));
        assertThat(parsed.debug()).isTrue();
    }

    @Test
    void checkTakesJobNamesAndTheFoldersOfRunButNoSpringOptions() {
        assertThat(CommandLine.parse(List.of("check"), home).command()).isEqualTo(new Command.Check(List.of(),
                home.resolve("input"), home.resolve("output"), home.resolve("jobs")));
        assertThat(CommandLine.parse(List.of("check", "arrivals", "--input", "/data/in", "--output", "/data/out",
                "--jobs", "/j"), home).command()).isEqualTo(new Command.Check(List.of("arrivals"),
                        Path.of("/data/in"), Path.of("/data/out"), Path.of("/j")));
        assertThatThrownBy(() -> CommandLine.parse(List.of("check", "--spring.datasource.url=jdbc:h2:mem:x"), home))
                .hasMessage("check does not take --spring.*; it takes --input, --output, --jobs");
    }

    @Test
    void helpVersionAndList() {
        assertThat(CommandLine.parse(List.of(), home).command()).isInstanceOf(Command.Help.class);
        assertThat(CommandLine.parse(List.of("--help"), home).command()).isInstanceOf(Command.Help.class);
        assertThat(CommandLine.parse(List.of("run", "-h"), home).command()).isInstanceOf(Command.Help.class);
        assertThat(CommandLine.parse(List.of("--version"), home).command()).isInstanceOf(Command.Version.class);
        assertThat(CommandLine.parse(List.of("list", "--jobs", "/j"), home).command())
                .isEqualTo(new Command.ListJobs(Path.of("/j")));
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("publish"), home))
                .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("unknown command 'publish'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("run", "--input"), home))
                .hasMessageContaining("--input needs a folder");
        assertThatThrownBy(() -> CommandLine.parse(List.of("run", "--fast"), home))
                .hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> CommandLine.parse(List.of("list", "arrivals"), home))
                .hasMessageContaining("list takes no job names");
    }

    @Test
    void replayTakesRunIdsOrEveryRunOfAJob() {
        assertThat(CommandLine.parse(List.of("replay", "20261122T021508Z-1", "--output", "/o", "20261123T021508Z-2"),
                home).command()).isEqualTo(new Command.Replay(List.of("20261122T021508Z-1", "20261123T021508Z-2"),
                        null, Path.of("/o")));
        assertThat(CommandLine.parse(List.of("replay", "--all", "arrivals"), home).command())
                .isEqualTo(new Command.Replay(List.of(), "arrivals", home.resolve("output")));
        assertThatThrownBy(() -> CommandLine.parse(List.of("replay"), home))
                .hasMessage("usage: defstats replay RUN_ID [RUN_ID...] or defstats replay --all JOB");
        assertThatThrownBy(() -> CommandLine.parse(List.of("replay", "--all", "arrivals", "20261122T021508Z-1"), home))
                .hasMessageEndingWith("; give run ids or --all JOB, not both");
        assertThatThrownBy(() -> CommandLine.parse(List.of("replay", "--all", "--output", "o"), home))
                .hasMessage("--all needs a job name, for example --all arrivals");
        assertThatThrownBy(() -> CommandLine.parse(List.of("run", "--all", "arrivals"), home))
                .hasMessageStartingWith("run does not take --all");
    }

    @Test
    void anOptionACommandDoesNotUseIsAUsageError() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("verify", "out/arrivals/latest", "--input", "x"), home))
                .hasMessage("verify does not take --input; it takes --output, --spring.*");
        assertThatThrownBy(() -> CommandLine.parse(List.of("history", "--input", "i"), home))
                .hasMessage("history does not take --input; it takes --output, --jobs, --spring.*");
    }
}
