package org.defstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.defstats.jobs.JobTypes;
import org.defstats.arrivals.ArrivalsSettings;
import org.defstats.education.EducationSettings;
import org.defstats.education.Level;
import org.defstats.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileReaderTest {

    private final JobFileReader reader = new JobFileReader(JobTypes.all());

    @TempDir
    Path folder;

    @Test
    void readsTheShippedJobs() {
        JobCatalog catalog = JobCatalog.load(Path.of("jobs"), reader);

        assertThat(catalog.jobs()).extracting(JobDefinition::name).containsExactly("arrivals", "education", "register", "stocks");
        JobDefinition arrivals = catalog.jobs().get(0);
        assertThat(arrivals.type().name()).isEqualTo("arrivals");
        assertThat(arrivals.inputs()).containsExactly(
                java.util.Map.entry("yearly", "mou-arrivals-by-year.csv"),
                java.util.Map.entry("partial-periods", "mou-arrivals-partial-periods.csv"));
        assertThat(arrivals.settings()).isEqualTo(new ArrivalsSettings(List.of(10_000L, 20_000L, 30_000L)));
        assertThat(arrivals.schedule().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        EducationSettings education = (EducationSettings) catalog.jobs().get(1).settings();
        assertThat(education.groups()).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo("university-or-higher");
            assertThat(group.levels()).containsExactly(Level.UNIVERSITY);
        });
    }

    @Test
    void defaultsApplyWhenSettingsAndZoneAreLeftOut() throws IOException {
        Path file = write("minimal.yaml", """
                name: minimal
                type: arrivals
                inputs:
                  yearly: a.csv
                schedule:
                  cron: "0 0 3 * * *"
                """);

        JobDefinition job = reader.read(file);

        assertThat(job.settings()).isEqualTo(new ArrivalsSettings(List.of(10_000L, 20_000L, 30_000L)));
        assertThat(job.inputs()).containsOnlyKeys("yearly");
        assertThat(job.schedule().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void anEducationJobCanRestrictYearsAndRegroupLevels() throws IOException {
        Path file = write("education-2012-2015.yaml", """
                name: education-2012-2015
                type: education
                inputs:
                  levels: education.csv
                from-year: 2012
                to-year: 2015
                groups:
                  college-or-higher: [junior_college, university]
                  no-schooling: [none, preschool]
                """);

        EducationSettings settings = (EducationSettings) reader.read(file).settings();

        assertThat(settings.fromYear()).isEqualTo(2012);
        assertThat(settings.toYear()).isEqualTo(2015);
        assertThat(settings.groups()).extracting(g -> g.name()).containsExactly("college-or-higher", "no-schooling");
        assertThat(settings.groups().get(0).levels()).containsExactly(Level.JUNIOR_COLLEGE, Level.UNIVERSITY);
    }

    @Test
    void anUnknownKeyIsRefusedWithFileLineColumnAndKey() throws IOException {
        Path file = write("typo.yaml", """
                name: typo
                type: arrivals
                inputs:
                  yearly: a.csv
                milestone: [10000]
                """);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("'milestone' is not a key of a arrivals job")
                .hasMessageContaining("milestones");
    }

    @Test
    void badValuesAreRefusedNamingTheKey() throws IOException {
        assertRefused("""
                name: x
                type: census
                inputs: {yearly: a.csv}
                """, ":2:7: 'type' is 'census', which defstats does not know");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv}
                milestones: [10000, ten]
                """, "'milestones' must be a whole number, not 'ten'");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv, monthly: b.csv}
                """, "'inputs.monthly' is not an input of a arrivals job");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {partial-periods: b.csv}
                """, "'inputs.yearly' is missing");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: ../secret.csv}
                """, "'inputs.yearly' must name a file inside the input folder");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: /etc/passwd}
                """, "'inputs.yearly' must name a file inside the input folder");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv}
                schedule: {cron: "every night"}
                """, "'schedule.cron' is not a cron expression");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv}
                schedule: {cron: "0 0 2 * * *", zone: Mars/Olympus}
                """, "'schedule.zone' is not a time zone");
        assertRefused("""
                name: Arrivals Job
                type: arrivals
                inputs: {yearly: a.csv}
                """, "'name' must be lower-case letters");
        assertRefused("""
                name: x
                type: education
                inputs: {levels: a.csv}
                groups: {higher: [university, phd]}
                """, "'groups.higher' names the level 'phd', which is not one of none, preschool");
        assertRefused("""
                name: x
                type: education
                inputs: {levels: a.csv}
                from-year: 2015
                to-year: 2012
                """, "'to-year' is 2012, before from-year 2015");
        assertRefused("""
                name: x
                type: education
                inputs: {levels: a.csv}
                arrivals-tolerance: -1
                """, "'arrivals-tolerance' must be 0 or more persons, not -1");
        assertRefused("""
                name: x
                name: y
                type: arrivals
                """, ":2:1: 'name' is given twice");
        assertRefused("name: [", "is not valid YAML");
        assertRefused("", "is empty");
    }

    @Test
    void controlAndBidiOverrideCharactersInAnyTextAreRefusedWithTheirPlace() throws IOException {
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv}
                source: "Source:\\e]0;pwned\\a"
                """, "job.yaml:4:9: 'source' holds U+001B, a control or bidi-override character, at character 8; "
                + "job-file text must be visible text on one line, so remove it (look for a \\ escape in quotes)");
        assertRefused("""
                name: x
                description: "safe \\u202Edaolnwod"
                type: arrivals
                inputs: {yearly: a.csv}
                """, "job.yaml:2:14: 'description' holds U+202E");
        assertRefused("""
                name: x
                description: "one\\nForged: line"
                type: arrivals
                inputs: {yearly: a.csv}
                """, ":2:14: 'description' holds U+000A");
        assertRefused("""
                name: x
                description: "tab\\there"
                type: arrivals
                inputs: {yearly: a.csv}
                """, "'description' holds U+0009");
        assertRefused("""
                name: x
                description: "isolate \\u2066x\\u2069"
                type: arrivals
                inputs: {yearly: a.csv}
                """, "'description' holds U+2066");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: "a\\x9b.csv"}
                """, ":3:18: 'inputs.yearly' holds U+009B");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv}
                schedule: {cron: "0 0 2 * * *", zone: "Asia/Seoul\\x7f"}
                """, "'schedule.zone' holds U+007F");
        assertRefused("""
                name: x
                type: arrivals
                inputs: {yearly: a.csv}
                "mile\\u0000stones": [1]
                """, ":4:1: has a key holding U+0000");
    }

    @Test
    void visibleTextInAnyScriptIsKept() throws IOException {
        JobDefinition job = reader.read(write("korean.yaml", """
                name: korean
                description: "통일부 — 입국 인원 (“연도별”)"
                type: arrivals
                inputs: {yearly: a.csv}
                source: "출처: 통일부"
                """));

        assertThat(job.description()).isEqualTo("통일부 — 입국 인원 (“연도별”)");
        assertThat(job.source()).isEqualTo("출처: 통일부");
    }

    @Test
    void twoJobFilesWithOneNameAreRefused() throws IOException {
        write("a.yaml", "name: same\ntype: arrivals\ninputs: {yearly: a.csv}\n");
        write("b.yaml", "name: same\ntype: arrivals\ninputs: {yearly: b.csv}\n");

        assertThatThrownBy(() -> JobCatalog.load(folder, reader))
                .hasMessageContaining("b.yaml: 'name' is 'same', which")
                .hasMessageContaining("a.yaml already uses");
    }

    private void assertRefused(String yaml, String expected) throws IOException {
        Path file = write("job.yaml", yaml);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(expected);
    }

    @Test
    void anInputMayGiveItsEncodingAndAJobMayAllowRejectedLines() throws IOException {
        JobDefinition job = reader.read(write("korean.yaml", """
                name: korean
                type: arrivals
                max-rejects: 3
                inputs:
                  yearly: {file: exports/arrivals.csv, encoding: CP949}
                  partial-periods: partial.csv
                """));

        assertThat(job.inputs()).containsEntry("yearly", "exports/arrivals.csv");
        assertThat(job.encodings()).containsEntry("yearly", "cp949").containsEntry("partial-periods", "auto");
        assertThat(job.maxRejects()).isEqualTo(3);
    }

    @Test
    void settleIsReadAsADurationAndLeftUnsetWhenTheJobFileDoesNotGiveIt() throws IOException {
        JobDefinition settled = reader.read(write("settled.yaml", """
                name: settled
                type: arrivals
                settle: 2m
                inputs:
                  yearly: a.csv
                """));
        JobDefinition unset = reader.read(write("unset.yaml", """
                name: unset
                type: arrivals
                inputs:
                  yearly: a.csv
                """));

        assertThat(settled.settle()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(unset.settle()).isNull();
        assertThatThrownBy(() -> reader.read(write("bad.yaml", """
                name: bad
                type: arrivals
                settle: soon
                inputs:
                  yearly: a.csv
                """))).hasMessageEndingWith("bad.yaml:3:9: 'settle' must be a whole number and a unit s, m or h, "
                + "for example 10m, not 'soon'");
    }

    @Test
    void anUnknownEncodingOrANegativeMaxRejectsIsRefusedWithItsPlace() throws IOException {
        assertThatThrownBy(() -> reader.read(write("enc.yaml", """
                name: enc
                type: arrivals
                inputs:
                  yearly: {file: a.csv, encoding: latin-1}
                """))).hasMessageEndingWith("enc.yaml:4:35: 'inputs.yearly.encoding' is 'latin-1'; use auto (the "
                + "default), utf-8, cp949 or euc-kr");
        assertThatThrownBy(() -> reader.read(write("neg.yaml", """
                name: neg
                type: arrivals
                max-rejects: -1
                inputs:
                  yearly: a.csv
                """))).hasMessageEndingWith("neg.yaml:3:14: 'max-rejects' must be 0 or more, not -1");
        assertThatThrownBy(() -> reader.read(write("escape.yaml", """
                name: escape
                type: arrivals
                inputs:
                  yearly: {file: ../secret.csv}
                """))).hasMessageContaining("'inputs.yearly.file' must name a file inside the input folder");
    }

    @Test
    void aJobFileOverOneMegabyteIsRefusedBeforeItIsParsed() throws IOException {
        // valid YAML up to the limit, then a line that is not: refused for its size, never parsed to the bad line
        String head = "name: big\ntype: arrivals\ninputs: {yearly: a.csv}\ndescription: \"";
        Path file = write("big.yaml", head + "x".repeat((int) JobFileReader.MAX_BYTES - head.length()) + "\"\n[");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(JobFileException.class)
                .hasMessage(file + ": is " + Files.size(file) + " bytes, over the limit of 1048576 bytes (1 MB) for "
                        + "a job file; a job file only names its inputs and settings");
    }

    @Test
    void aJobFileOfExactlyOneMegabyteIsRead() throws IOException {
        String head = "name: big\ntype: arrivals\ninputs: {yearly: a.csv}\ndescription: \"";
        Path file = write("big.yaml", head + "x".repeat((int) JobFileReader.MAX_BYTES - head.length() - 2) + "\"\n");

        assertThat(Files.size(file)).isEqualTo(JobFileReader.MAX_BYTES);
        assertThat(reader.read(file).name()).isEqualTo("big");
    }

    @Test
    void aJobNameThatClashesWithAFolderOfDefstatsIsRefusedWithItsPlace() throws IOException {
        assertThatThrownBy(() -> reader.read(write("archive.yaml", """
                type: arrivals
                name: archive
                inputs: {yearly: a.csv}
                """))).isInstanceOf(JobFileException.class).hasMessage(folder.resolve("archive.yaml")
                + ":2:7: 'name' is 'archive', which names a folder defstats keeps in the output folder; choose "
                + "another name");
        assertThatThrownBy(() -> reader.read(write("dot.yaml", """
                type: arrivals
                name: ".defstats"
                inputs: {yearly: a.csv}
                """))).isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(folder.resolve("dot.yaml") + ":2:7: 'name' must be lower-case letters");
    }

    @Test
    void languagesAreEnglishByDefaultAndReadInTheOrderGiven() throws IOException {
        assertThat(reader.read(write("plain.yaml", """
                name: plain
                type: arrivals
                inputs:
                  yearly: a.csv
                """)).languages()).containsExactly(Language.EN);
        assertThat(reader.read(Path.of("jobs/arrivals.yaml")).languages()).containsExactly(Language.EN, Language.KO);
        JobDefinition both = reader.read(write("both.yaml", """
                name: both
                type: arrivals
                languages: [ko, en]
                inputs:
                  yearly: a.csv
                """));

        assertThat(both.languages()).containsExactly(Language.KO, Language.EN);
    }

    @Test
    void anUnknownRepeatedOrMissingLanguageIsRefusedWithItsPlace() throws IOException {
        assertThatThrownBy(() -> reader.read(write("fr.yaml", """
                name: fr
                type: arrivals
                languages: [ko, fr]
                inputs:
                  yearly: a.csv
                """))).isInstanceOf(JobFileException.class).hasMessageEndingWith("fr.yaml:3:17: 'languages' has "
                + "'fr', which is not a language defstats has labels for (en, ko)");
        assertThatThrownBy(() -> reader.read(write("twice.yaml", """
                name: twice
                type: arrivals
                languages: [en, en]
                inputs:
                  yearly: a.csv
                """))).hasMessageEndingWith("twice.yaml:3:17: 'languages' has 'en' twice");
        assertThatThrownBy(() -> reader.read(write("none.yaml", """
                name: none
                type: arrivals
                languages: []
                inputs:
                  yearly: a.csv
                """))).hasMessageEndingWith("none.yaml:3:12: 'languages' is empty; name at least one, or leave the "
                + "key out");
        assertThatThrownBy(() -> reader.read(write("text.yaml", """
                name: text
                type: arrivals
                languages: ko
                inputs:
                  yearly: a.csv
                """))).hasMessageContaining("text.yaml:3:12: 'languages' must be a list");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
