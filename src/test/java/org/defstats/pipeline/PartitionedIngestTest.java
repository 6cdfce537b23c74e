package org.defstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.defstats.cli.Defstats;
import org.defstats.csv.ByteRange;
import org.defstats.csv.ByteRanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's ingest read in two partitions at once gives the same tables as in one, and a problem in the
 * second part, or one that only shows across the border of the parts, keeps its line number in the whole file.
 */
class PartitionedIngestTest {

    /** Large enough for two parts of at least {@link InputPartitioner#MIN_PART_BYTES}. */
    private static final int PERSONS = 40_000;

    @TempDir
    static Path shared;
    private static Path register;

    @TempDir
    Path work;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeAll
    static void synthesize() {
        register = shared.resolve("register.csv");
        assertThat(new Defstats(System.out, System.err).execute("synthesize-register", "--seed", "13", "--persons",
                Integer.toString(PERSONS), "--output", register.toString())).isEqualTo(Defstats.OK);
    }

    @AfterEach
    void oneCorePerDefault() {
        System.clearProperty(JobAssembly.PARTITIONS);
    }

    private int run(int partitions, String registerText, Path folder) throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("synthetic-register.csv"), registerText, StandardCharsets.UTF_8);
        return runFile(partitions, folder);
    }

    /** Runs the shipped register job on {@code folder/input/synthetic-register.csv} as it is. */
    private int runFile(int partitions, Path folder) throws IOException {
        System.setProperty(JobAssembly.PARTITIONS, Integer.toString(partitions));
        Path input = folder.resolve("input");
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        Files.copy(Path.of("jobs/register.yaml"), jobs.resolve("register.yaml"));
        PrintStream stream = new PrintStream(console, true, StandardCharsets.UTF_8);
        return new Defstats(stream, stream).execute("run", "register", "--jobs", jobs.toString(), "--input",
                input.toString(), "--output", folder.resolve("output").toString());
    }

    private static List<String> tables(Path folder) throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("output/register/latest/tables"))) {
            for (Path table : files.sorted().toList()) {
                tables.add(table.getFileName() + "\n" + Files.readString(table));
            }
        }
        return tables;
    }

    @Test
    void twoPartsGiveTheTablesOfOne() throws IOException {
        String text = Files.readString(register);
        assertThat(ByteRanges.split(register, 2, InputPartitioner.MIN_PART_BYTES)).hasSize(2);

        assertThat(run(1, text, work.resolve("one"))).as(console.toString()).isEqualTo(Defstats.OK);
        assertThat(run(2, text, work.resolve("two"))).as(console.toString()).isEqualTo(Defstats.OK);

        assertThat(tables(work.resolve("two"))).isNotEmpty().containsExactlyElementsOf(tables(work.resolve("one")));
        assertThat(console.toString()).contains("read register " + PERSONS + " rows");
    }

    @Test
    void aPersonGivenTwiceAcrossTheBorderOfThePartsIsFoundOnItsLine() throws IOException {
        String text = Files.readString(register);
        ByteRange second = ByteRanges.split(register, 2, InputPartitioner.MIN_PART_BYTES).get(1);
        // the first line the second part owns comes after its overlap line; give it the id of the line before
        long line = second.firstLine() + 1;
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        String before = lines.get((int) line - 2);
        String own = lines.get((int) line - 1);
        lines.set((int) line - 1, before.substring(0, before.indexOf(',')) + own.substring(own.indexOf(',')));

        assertThat(run(2, String.join("\n", lines) + "\n", work)).isEqualTo(Defstats.FAILED);

        assertThat(console.toString()).contains("synthetic-register.csv:" + line + ":1",
                "id " + before.substring(0, before.indexOf(',')) + " is given twice (lines " + (line - 1) + " and "
                        + line + ")");
    }

    @Test
    void aBadCellInTheSecondPartKeepsItsLineNumberInTheWholeFile() throws IOException {
        String text = Files.readString(register);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int line = PERSONS - 10;
        lines.set(line - 1, lines.get(line - 1).replace(",male,", ",mail,").replace(",female,", ",mail,"));

        assertThat(run(2, String.join("\n", lines) + "\n", work)).isEqualTo(Defstats.FAILED);

        assertThat(console.toString()).contains("synthetic-register.csv:" + line + ":3", "'mail' is not the sex");
    }

    /**
     * The second part is read from the middle of the file in the encoding the whole was found in: a UTF-8 byte
     * order mark, which only the first part skips, and CP949 with Korean headers and labels give the same tables.
     */
    @Test
    void aByteOrderMarkOrCp949WithKoreanLabelsGiveTheSameTablesInTwoParts() throws IOException {
        String text = Files.readString(register);
        assertThat(run(2, text, work.resolve("plain"))).as(console.toString()).isEqualTo(Defstats.OK);
        List<String> korean = new ArrayList<>();
        for (String line : text.split("\n")) {
            korean.add(line.replace(",male,", ",남,").replace(",female,", ",여,").replace(",ryanggang", ",양강도")
                    .replace(",north_hamgyong", ",함경북도"));
        }
        korean.set(0, "번호,입국월,성별,출생연도,education,occupation,출신지");

        assertThat(run(2, "\uFEFF" + text, work.resolve("bom"))).as(console.toString()).isEqualTo(Defstats.OK);
        Path cp949 = work.resolve("cp949");
        Files.createDirectories(cp949.resolve("input"));
        Files.write(cp949.resolve("input/synthetic-register.csv"),
                (String.join("\n", korean) + "\n").getBytes(java.nio.charset.Charset.forName("x-windows-949")));
        assertThat(runFile(2, cp949)).as(console.toString()).isEqualTo(Defstats.OK);

        assertThat(tables(work.resolve("bom"))).containsExactlyElementsOf(tables(work.resolve("plain")));
        assertThat(tables(work.resolve("cp949"))).containsExactlyElementsOf(tables(work.resolve("plain")));
        assertThat(console.toString()).doesNotContain("failed");
    }

    /**
     * Problems in both parts at once: each part keeps its own counts (two first chunks could otherwise both insert
     * the count of a kind) and its own first problems, so the problems listed are the first of the file and the
     * count is every one of them.
     */
    @Test
    void problemsInBothPartsAreCountedAndTheFirstOfTheFileListed() throws IOException {
        String text = Files.readString(register);
        long border = ByteRanges.split(register, 2, InputPartitioner.MIN_PART_BYTES).get(1).firstLine() + 1;
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        // the first part's problems come at its end, the second part's at its start: the second finds its own first
        long first = border - 1_500;
        int bad = 0;
        for (long line = first; line < border + 1_500; line++) {
            int at = (int) line - 1;
            lines.set(at, lines.get(at).replace(",male,", ",mail,").replace(",female,", ",mail,"));
            bad++;
        }

        assertThat(run(2, String.join("\n", lines) + "\n", work)).isEqualTo(Defstats.FAILED);

        assertThat(console.toString()).contains(bad + " problems in its inputs")
                .contains("  synthetic-register.csv:" + first + ":3: 'mail' is not the sex");
    }
}
