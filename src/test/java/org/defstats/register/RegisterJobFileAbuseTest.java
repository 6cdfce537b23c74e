package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.defstats.cli.Defstats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Register job files a hostile or careless user could write: each is refused before reading the register, with one
 * line naming the job file's line and column, and nothing is published.
 */
class RegisterJobFileAbuseTest {

    @TempDir
    Path folder;

    /**
     * Protection 0 makes the audit accept a suppressed cell whose value the margins give away exactly (a range of
     * width 0): with it, the 291-person register published its 1s and 2s as blanks that anyone could fill back in.
     */
    @Test
    void protectionZeroIsRefused() throws Exception {
        RegisterLeakTest.writeRegister(folder.resolve("input"));
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(jobs.resolve("register.yaml"),
                RegisterLeakTest.jobFile(3).replace("protection: 3", "protection: 0"));

        RegisterRuns.Console console = RegisterRuns.run(folder.resolve("input"), jobs, folder.resolve("output"));

        assertThat(console.exit()).as(console.all()).isEqualTo(Defstats.USAGE);
        assertThat(console.err().strip().lines()).as(console.all()).hasSize(1);
        assertThat(console.err()).contains("register.yaml:").contains("'disclosure.protection' must be 1 or more");
        assertThat(folder.resolve("output/register/latest")).doesNotExist();
    }
}
