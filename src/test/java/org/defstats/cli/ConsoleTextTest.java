package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from inputs reaches the console inert: a terminal escape or a line break inside a refused cell is shown
 * as a visible escape, never written raw, so an input cannot retitle the terminal or forge console lines; so is
 * one in a folder name. A tab stays a tab: it moves the cursor on, never up, and stack traces indent with it.
 */
class ConsoleTextTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeJobFile() throws IOException {
        Files.createDirectories(work.resolve("jobs"));
        Files.createDirectories(work.resolve("input"));
        Files.writeString(work.resolve("jobs/tally.yaml"), """
                name: tally
                type: tally
                inputs:
                  counts: counts.csv
                """);
    }

    @Test
    void aTerminalEscapeAndALineBreakInRefusedCellsAreShownAsEscapes() throws IOException {
        Files.writeString(work.resolve("input/counts.csv"),
                "group,count\nnorth,\"1\u001b]0;pwned\u0007\"\nsouth,\"2\ndefstats: forged\"\n");
        // a folder name is printed as given, not quoted as a cell: only the console itself can make it inert
        Path output = work.resolve("out\u001bcput");

        int code = new Defstats(stream(out), stream(err)).execute("run", "tally", "--input",
                work.resolve("input").toString(), "--output", output.toString(), "--jobs",
                work.resolve("jobs").toString());

        String console = text(out) + text(err);
        assertThat(code).as(console).isEqualTo(Defstats.FAILED);
        assertThat(console).contains("counts.csv:2:2:", "'1\\u001b]0;pwned\\u0007'",
                "counts.csv:3:2:", "'2\\u000adefstats: forged'", "out\\u001bcput")
                .doesNotContain("\u001b", "\u0007", "\ndefstats: forged");
        assertThat(console.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t').count()).as(console).isZero();
        assertThat(output.resolve("tally/latest")).doesNotExist();
    }

    @Test
    void everyControlCharacterButTabIsShownAsAnEscapeAndVisibleTextIsKept() {
        assertThat(Console.visible("a\u001b[2Jb\rc\nd\te\u007ff\u009bg\u202eh\u2066i"))
                .isEqualTo("a\\u001b[2Jb\\rc\\nd\te\\u007ff\\u009bg\\u202eh\\u2066i");
        assertThat(Console.visible("통일부 — “연도별” C:\\input")).isEqualTo("통일부 — “연도별” C:\\input");
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
