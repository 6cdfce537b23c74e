package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.defstats.cli.Defstats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan for leaked small cells of issue 13: a small register made here, with persons placed so that known cells
 * of its cross-tables count 1 or 2 ("one man aged 60 or more, in arts or sports, from Rason, arrived in 2022"), is
 * counted here with plain loops, run through the register job, and everything the run wrote (every file of the
 * output folder, .defstats/ included: the H2 job repository row by row, the log, manifests, reports, charts,
 * workbook, data package) and its console are scanned for those cells. With the threshold at 1, which publishes
 * everything, the same scan finds them in every kind of output, so it is not a scan that cannot fail.
 */
class RegisterLeakTest {

    static final List<List<String>> TABLES = RegisterJobIntegrationTest.TABLES;

    @TempDir
    Path folder;

    @Test
    void nothingTheRunWritesShowsASmallCell() throws Exception {
        Path register = writeRegister(folder.resolve("input"));
        List<LeakScanner.SmallCell> small = smallCells(register);
        assertThat(small).as("the register was made to have these small cells").extracting(
                c -> c.table() + " " + c.key() + "=" + c.value()).contains(
                        "arrival_year-sex.csv [2022, male]=1", "arrival_year-sex.csv [2022, female]=2",
                        "occupation-sex.csv [arts_sports, male]=1", "occupation-sex.csv [arts_sports, total]=2",
                        "age_band-sex.csv [60+, male]=1", "age_band-sex.csv [0-9, female]=1",
                        "province-arrival_year.csv [rason, total]=1", "province-arrival_year.csv [nampo, 2022]=2",
                        "arrival_year-education.csv [total, kindergarten]=1");

        RegisterRuns.Console console = run(3);

        assertThat(console.exit()).as(console.all()).isEqualTo(Defstats.OK);
        assertThat(console.out()).contains("register: published run ", "disclosure control: ");
        assertThat(LeakScanner.scan(folder.resolve("output"), console.all(), small)).isEmpty();
        assertThat(stagedFiles()).as("the staged unprotected cells are gone with the run").isEmpty();
    }

    /** The scanner works: with suppression off (threshold 1) it finds every small cell in each kind of output. */
    @Test
    void withTheThresholdAtOneTheScanFindsTheSmallCellsEverywhere() throws Exception {
        Path register = writeRegister(folder.resolve("input"));
        List<LeakScanner.SmallCell> small = smallCells(register);

        RegisterRuns.Console console = run(1);

        assertThat(console.exit()).as(console.all()).isEqualTo(Defstats.OK);
        List<String> findings = LeakScanner.scan(folder.resolve("output"), console.all(), small);
        String latest = "register/latest/";
        assertThat(findings).as("findings").contains(
                latest + "tables/arrival_year-sex.csv: row [2022, male] is 1,F",
                latest + "tables/arrival_year-sex.csv: a line 2022,male,1",
                latest + "tables/age_band-sex.csv: row [60+, male] is 1,F",
                latest + "tables/province-arrival_year.csv: row [rason, total] is 1,F",
                latest + "tables.xlsx!arrival_year-sex: row [2022, male] shows 1.0",
                latest + "tables.xlsx!occupation-sex: row [arts_sports, total] shows 2.0",
                latest + "report.html: row [2022, Men] shows number:1",
                latest + "report.ko.html: row [2022, 남성] shows number:1",
                latest + "report.html: row [Arts and sports, Both sexes] shows number:2",
                latest + "charts/occupation-sex.svg: draws [arts_sports, male] as 1",
                latest + "charts/age_band-sex.svg: draws [60+, male] as 1",
                latest + "charts/ko/age_band-sex.svg: draws [0-9, female] as 1",
                latest + "charts/arrival_year-sex.svg: draws [2022, female] as 2",
                latest + "charts/province-arrival_year.svg: draws [nampo, 2022] as 2");
        for (LeakScanner.SmallCell cell : small) {
            assertThat(findings).as("the scan finds " + cell).anyMatch(f -> f.startsWith(latest + "tables/"
                    + cell.table() + ": row " + cell.key() + " is " + cell.value() + ",F"));
        }
    }

    private RegisterRuns.Console run(long threshold) throws IOException {
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(jobs.resolve("register.yaml"), jobFile(threshold));
        return RegisterRuns.run(folder.resolve("input"), jobs, folder.resolve("output"));
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

    static String jobFile(long threshold) {
        return """
                name: register
                description: A small known register, to scan a run for its small cells
                type: register
                languages: [en, ko]
                inputs:
                  register: small-register.csv
                source: "A test register"
                tables:
                  - [arrival_year, sex]
                  - [arrival_year, education]
                  - [age_band, sex]
                  - [occupation, sex]
                  - [province, arrival_year]
                age-bands: [0, 10, 20, 30, 40, 50, 60]
                disclosure:
                  threshold: %d
                  protection: 3
                  zeros: safe
                """.formatted(threshold);
    }

    /** The small cells of the register's unprotected tables, counted here: counts from 1 to 2, margins included. */
    static List<LeakScanner.SmallCell> smallCells(Path register) {
        List<Map<String, String>> persons = RegisterRuns.persons(register);
        List<LeakScanner.SmallCell> small = new ArrayList<>();
        for (List<String> dimensions : TABLES) {
            RegisterRuns.crossTable(persons, dimensions).forEach((key, value) -> {
                if (value >= 1 && value <= 2) {
                    small.add(new LeakScanner.SmallCell(dimensions, key, value));
                }
            });
        }
        return small;
    }

    /**
     * 288 persons spread evenly over 2018–2021, two sexes, four levels of education, six occupations, ten provinces
     * and ages 20–59; then three who make small cells: a man aged 65 in arts or sports from Rason with kindergarten
     * schooling, and two women from Nampo with junior college, one of them in arts or sports, one a girl of 8, all
     * three arriving in 2022.
     */
    static Path writeRegister(Path input) throws IOException {
        Files.createDirectories(input);
        String[] education = {"secondary", "primary", "university", "none"};
        String[] occupation = {"laborer", "unemployed_or_dependent", "management", "military", "service",
                "professional"};
        List<String> provinces = RegisterRuns.CATEGORIES.get("province").subList(0, 10);
        StringBuilder csv = new StringBuilder("id,arrival,sex,birth_year,education,occupation,province\n");
        int id = 0;
        for (int i = 0; i < 288; i++) {
            int year = 2018 + i % 4;
            int month = 1 + i * 7 % 12;
            int age = 20 + i * 13 % 40;
            csv.append(person(++id, year, month, (i / 4) % 2 == 0 ? "male" : "female", age, education[(i / 8) % 4],
                    occupation[(i / 3) % 6], provinces.get((i / 5) % 10)));
        }
        csv.append(person(++id, 2022, 3, "male", 65, "kindergarten", "arts_sports", "rason"));
        csv.append(person(++id, 2022, 8, "female", 33, "junior_college", "arts_sports", "nampo"));
        csv.append(person(++id, 2022, 10, "female", 8, "junior_college", "not_applicable_children", "nampo"));
        Path file = input.resolve("small-register.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** A line of the register, the year of birth making the age at entry {@code age} (birthday on 1 July). */
    private static String person(int id, int year, int month, String sex, int age, String education,
            String occupation, String province) {
        int birthYear = year - age - (month < 7 ? 1 : 0);
        return id + "," + year + "-" + String.format("%02d", month) + "," + sex + "," + birthYear + "," + education
                + "," + occupation + "," + province + "\n";
    }
}
