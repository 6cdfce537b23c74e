package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.defstats.cli.Defstats;
import org.defstats.io.Json;
import org.defstats.io.Sha256;
import org.defstats.publish.PublishedRuns;
import org.defstats.workbook.PublishedWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Runs the shipped register job on the shipped synthetic register once for the class, and checks every output
 * against the register itself, counted here with plain loops ({@link RegisterRuns#crossTable}): every published count
 * is the register's, every small count is confidential, margins add up, and the manifest, data package, reports,
 * workbook and charts say the same as the tables.
 */
class RegisterJobIntegrationTest {

    static final List<List<String>> TABLES = List.of(List.of("arrival_year", "sex"),
            List.of("arrival_year", "education"), List.of("age_band", "sex"), List.of("occupation", "sex"),
            List.of("province", "arrival_year"));
    static final long PERSONS = 34_538;

    @TempDir
    static Path folder;

    static Path output;
    static Path run;
    static RegisterRuns.Console first;
    static List<Map<String, String>> persons;

    @BeforeAll
    static void runTheShippedJob() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        Files.copy(Path.of("input/synthetic-register.csv"), input.resolve("synthetic-register.csv"));
        Files.copy(Path.of("jobs/register.yaml"), jobs.resolve("register.yaml"));
        output = folder.resolve("output");
        first = RegisterRuns.run(input, jobs, output);
        assertThat(first.exit()).as(first.all()).isEqualTo(Defstats.OK);
        try (var runs = Files.list(output.resolve("register/runs"))) {
            List<Path> folders = runs.toList();
            assertThat(folders).hasSize(1);
            run = folders.get(0);
        }
        persons = RegisterRuns.persons(input.resolve("synthetic-register.csv"));
    }

    @Test
    void arrivalsBySexAreTheMinistrysFigures() {
        List<RegisterRuns.Row> rows = RegisterRuns.rows(run.resolve("tables/arrival_year-sex.csv"), TABLES.get(0));
        assertThat(rows).contains(new RegisterRuns.Row(List.of("2016", "male"), "302", "F"),
                new RegisterRuns.Row(List.of("2016", "female"), "1116", "F"),
                new RegisterRuns.Row(List.of("2016", "total"), "1418", "F"),
                new RegisterRuns.Row(List.of("total", "male"), "9594", "F"),
                new RegisterRuns.Row(List.of("total", "female"), "24944", "F"),
                new RegisterRuns.Row(List.of("total", "total"), "34538", "F"));
        assertThat(persons).hasSize((int) PERSONS);
    }

    /** Every table has every key in order, publishes the register's own counts and hides every small one. */
    @Test
    void everyTablePublishesTheRegistersCountsAndNoSmallOne() {
        for (List<String> dimensions : TABLES) {
            String name = RegisterRuns.fileName(dimensions);
            List<RegisterRuns.Row> rows = RegisterRuns.rows(run.resolve("tables").resolve(name), dimensions);
            Map<List<String>, Long> truth = RegisterRuns.crossTable(persons, dimensions);
            assertThat(rows.stream().map(RegisterRuns.Row::key).toList()).as(name + " keys in order")
                    .isEqualTo(RegisterRuns.keys(persons, dimensions));
            for (RegisterRuns.Row row : rows) {
                String where = name + " " + row.key();
                long value = truth.getOrDefault(row.key(), 0L);
                assertThat(row.status()).as(where).isIn("F", "C");
                if (row.status().equals("C")) {
                    assertThat(row.count()).as(where + " is confidential, so its count is empty").isEmpty();
                    assertThat(row.key()).as(where + ": a grand total is never suppressed")
                            .isNotEqualTo(List.of("total", "total"));
                }
                else {
                    assertThat(row.count()).as(where).matches("0|[1-9][0-9]*");
                    assertThat(Long.parseLong(row.count())).as(where + " is the register's count").isEqualTo(value);
                    assertThat(value >= 1 && value <= 2).as(where + " is published, so it is not from 1 to 2").isFalse();
                }
                if (value >= 1 && value <= 2) {
                    assertThat(row.status()).as(where + " counts " + value + " persons").isEqualTo("C");
                }
            }
            assertThat(rows).as(name + " grand total").contains(new RegisterRuns.Row(List.of("total", "total"),
                    Long.toString(PERSONS), "F"));
            assertMarginsAddUp(name, rows);
        }
    }

    /** Where a margin and all the cells it sums are published, the cells add up to it, both ways of a table. */
    private static void assertMarginsAddUp(String name, List<RegisterRuns.Row> rows) {
        Map<List<String>, RegisterRuns.Row> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        int checked = 0;
        for (int along = 0; along < 2; along++) {
            Map<List<String>, List<RegisterRuns.Row>> lines = new HashMap<>();
            for (RegisterRuns.Row row : rows) {
                if (!row.key().get(along).equals(RegisterRuns.TOTAL)) {
                    List<String> margin = new ArrayList<>(row.key());
                    margin.set(along, RegisterRuns.TOTAL);
                    lines.computeIfAbsent(margin, m -> new ArrayList<>()).add(row);
                }
            }
            for (Map.Entry<List<String>, List<RegisterRuns.Row>> line : lines.entrySet()) {
                RegisterRuns.Row margin = byKey.get(line.getKey());
                assertThat(margin).as(name + " margin " + line.getKey()).isNotNull();
                if (margin.status().equals("F") && line.getValue().stream().allMatch(r -> r.status().equals("F"))) {
                    long sum = line.getValue().stream().mapToLong(r -> Long.parseLong(r.count())).sum();
                    assertThat(sum).as(name + " cells adding up to " + line.getKey())
                            .isEqualTo(Long.parseLong(margin.count()));
                    checked++;
                }
            }
        }
        assertThat(checked).as(name + " margins checked").isPositive();
    }

    /** cells is the number of rows of all tables; primary the confidential rows whose count is small; the rest secondary. */
    @Test
    void manifestAndConsoleSummariseTheSuppressionOfTheTables() throws IOException {
        long cells = 0;
        long confidential = 0;
        long small = 0;
        for (List<String> dimensions : TABLES) {
            Map<List<String>, Long> truth = RegisterRuns.crossTable(persons, dimensions);
            for (RegisterRuns.Row row : RegisterRuns.rows(run.resolve("tables").resolve(
                    RegisterRuns.fileName(dimensions)), dimensions)) {
                cells++;
                if (row.status().equals("C")) {
                    confidential++;
                    long value = truth.getOrDefault(row.key(), 0L);
                    if (value >= 1 && value <= 2) {
                        small++;
                    }
                }
            }
        }
        JsonNode manifest = PublishedRuns.assertManifestMatchesFiles(run);
        JsonNode disclosure = manifest.at("/content/disclosure");
        assertThat(disclosure.get("method").asString())
                .isEqualTo("threshold=3 protection=3 zeros=safe secondary=incremental-lp audit=lp-ojalgo");
        assertThat(disclosure.get("cells").asLong()).isEqualTo(cells).isEqualTo(976);
        assertThat(disclosure.get("primary").asLong()).as("primary: the small counts").isEqualTo(small).isPositive();
        assertThat(disclosure.get("primary").asLong() + disclosure.get("secondary").asLong())
                .as("primary and secondary: every confidential row").isEqualTo(confidential);
        assertThat(disclosure.get("secondary").asLong()).isPositive();
        assertThat(disclosure.get("narrowestRatio").decimalValue()).as("the audit passed")
                .isGreaterThanOrEqualTo(java.math.BigDecimal.ONE);
        assertThat(manifest.at("/content/job").asString()).isEqualTo("register");
        assertThat(manifest.at("/content/parameters/settings/threshold").asLong()).isEqualTo(3);
        assertThat(manifest.at("/content/parameters/settings/protection").asLong()).isEqualTo(3);
        assertThat(manifest.at("/content/inputs/0/rows").asLong()).isEqualTo(PERSONS);
        assertThat(first.out()).contains("register: published run " + run.getFileName(),
                "read register " + PERSONS + " rows", "disclosure control: " + confidential + " of " + cells
                        + " cells suppressed (" + small + " primary, " + (confidential - small) + " secondary)",
                "narrowest range " + disclosure.get("narrowestRatio").decimalValue().toPlainString());
        PublishedRuns.assertSameFiles(run, output.resolve("register/latest"));
    }

    @Test
    void dataPackageDescribesEveryTable() throws IOException {
        JsonNode dataPackage = Json.MAPPER.readTree(run.resolve("datapackage.json").toFile());
        assertThat(dataPackage.get("name").asString()).isEqualTo("register");
        assertThat(dataPackage.get("languages").toString()).isEqualTo("[\"en\",\"ko\"]");
        JsonNode resources = dataPackage.get("resources");
        assertThat(resources.valueStream().map(r -> r.get("path").asString()).toList()).isEqualTo(
                TABLES.stream().map(t -> "tables/" + RegisterRuns.fileName(t)).toList());
        for (int t = 0; t < TABLES.size(); t++) {
            JsonNode resource = resources.get(t);
            Path csv = run.resolve(resource.get("path").asString());
            List<String> fields = new ArrayList<>(TABLES.get(t));
            fields.add("count");
            fields.add("conf_status");
            assertThat(resource.at("/schema/fields").valueStream().map(f -> f.get("name").asString()).toList())
                    .as(csv.getFileName().toString()).isEqualTo(fields);
            assertThat(resource.at("/schema/fields/2/type").asString()).isEqualTo("integer");
            assertThat(resource.at("/schema/fields/2/unit").asString()).isEqualTo("persons");
            assertThat(resource.at("/schema/missingValues").toString()).isEqualTo("[\"\"]");
            assertThat(resource.get("bytes").asLong()).isEqualTo(Files.size(csv));
            assertThat(resource.get("hash").asString()).isEqualTo("sha256:" + Sha256.of(csv));
            assertThat(resource.at("/titles/en").asString()).startsWith("Persons by ");
            assertThat(resource.at("/titles/ko").asString()).endsWith("별 인원");
        }
        assertThat(resources.get(0).get("title").asString()).isEqualTo("Persons by year of arrival and sex");
    }

    /** Both reports show each table under its title, row for row as the CSV, confidential counts as such, not 0. */
    @Test
    void reportsShowEveryTableWithItsConfidentialCells() throws IOException {
        JsonNode dataPackage = Json.MAPPER.readTree(run.resolve("datapackage.json").toFile());
        for (String language : List.of("en", "ko")) {
            String report = Files.readString(run.resolve(language.equals("en") ? "report.html" : "report.ko.html"));
            Properties words = ReportTables.catalogue(language);
            for (int t = 0; t < TABLES.size(); t++) {
                String name = RegisterRuns.fileName(TABLES.get(t));
                String title = dataPackage.at("/resources/" + t + "/titles/" + language).asString();
                assertThat(report).as(language + " title of " + name).contains("<h3 id=\"table-" + name + "\">"
                        + title + " <small>");
                List<List<String>> shown = ReportTables.rows(report, name);
                List<RegisterRuns.Row> rows = RegisterRuns.rows(run.resolve("tables").resolve(name), TABLES.get(t));
                assertThat(shown).as(language + " rows of " + name).hasSameSizeAs(rows);
                NumberFormat figures = NumberFormat.getIntegerInstance(Locale.US);
                for (int r = 0; r < rows.size(); r++) {
                    RegisterRuns.Row row = rows.get(r);
                    List<String> cells = shown.get(r);
                    String where = language + " " + name + " " + row.key();
                    for (int k = 0; k < row.key().size(); k++) {
                        assertThat(cells.get(k)).as(where).isEqualTo(ReportTables.shown(words, TABLES.get(t).get(k),
                                row.key().get(k)));
                    }
                    String count = cells.get(row.key().size());
                    String status = cells.get(row.key().size() + 1);
                    if (row.status().equals("C")) {
                        assertThat(count).as(where + " confidential").isEqualTo("empty:–");
                        assertThat(status).as(where).isEqualTo("text:" + words.getProperty("value.conf_status.C"));
                    }
                    else {
                        assertThat(count).as(where).isEqualTo("number:"
                                + figures.format(Long.parseLong(row.count())));
                        assertThat(status).as(where).isEqualTo("text:" + words.getProperty("value.conf_status.F"));
                    }
                }
            }
        }
    }

    /** A Korean reader gets 전체 연도 for the margin over years, not the code {@code total}. */
    @Test
    void reportsLabelEveryMarginInTheirLanguage() throws IOException {
        for (String language : List.of("en", "ko")) {
            String report = Files.readString(run.resolve(language.equals("en") ? "report.html" : "report.ko.html"));
            Properties words = ReportTables.catalogue(language);
            for (List<String> dimensions : List.of(TABLES.get(0), TABLES.get(1))) {
                List<List<String>> shown = ReportTables.rows(report, RegisterRuns.fileName(dimensions));
                List<RegisterRuns.Row> rows = RegisterRuns.rows(run.resolve("tables").resolve(
                        RegisterRuns.fileName(dimensions)), dimensions);
                for (int r = 0; r < rows.size(); r++) {
                    assertThat(shown.get(r).get(0)).as(language + " " + rows.get(r).key()).isEqualTo(
                            ReportTables.label(words, dimensions.get(0), rows.get(r).key().get(0)));
                }
            }
        }
    }

    @Test
    void workbookHoldsTheFiguresOfTheTables() throws IOException {
        try (XSSFWorkbook workbook = PublishedWorkbook.assertMatchesTables(run)) {
            Sheet sexes = workbook.getSheet("arrival_year-sex");
            List<RegisterRuns.Row> rows = RegisterRuns.rows(run.resolve("tables/arrival_year-sex.csv"), TABLES.get(0));
            int r2016 = rows.indexOf(new RegisterRuns.Row(List.of("2016", "male"), "302", "F")) + 1;
            assertThat(sexes.getRow(r2016).getCell(2).getNumericCellValue()).isEqualTo(302);
            Sheet provinces = workbook.getSheet("province-arrival_year");
            List<RegisterRuns.Row> provinceRows = RegisterRuns.rows(run.resolve("tables/province-arrival_year.csv"),
                    TABLES.get(4));
            int confidential = 0;
            for (int r = 0; r < provinceRows.size(); r++) {
                if (provinceRows.get(r).status().equals("C")) {
                    Row row = provinces.getRow(r + 1);
                    Cell count = row.getCell(2);
                    assertThat(count == null || count.getCellType() == CellType.BLANK).as("row " + (r + 1)).isTrue();
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("C");
                    confidential++;
                }
            }
            assertThat(confidential).isPositive();
        }
    }

    /**
     * A chart in PNG and SVG, English and Korean, for every table of two dimensions whose second has at most 12
     * categories; province by year (36 years as series) gets none, as RegisterChart says.
     */
    @Test
    void chartsOfTheTables() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String chart : List.of("age_band-sex", "arrival_year-education", "arrival_year-sex", "occupation-sex")) {
            expected.addAll(List.of("charts/" + chart + ".png", "charts/" + chart + ".svg", "charts/ko/" + chart
                    + ".png", "charts/ko/" + chart + ".svg"));
        }
        List<String> charts = PublishedRuns.files(run).stream().filter(f -> f.startsWith("charts/")).toList();
        assertThat(charts).containsExactlyInAnyOrderElementsOf(expected);
        PublishedRuns.assertPngSizes(run.resolve("charts"), 1600, 900);
        PublishedRuns.assertPngSizes(run.resolve("charts/ko"), 1600, 900);
        for (List<String> dimensions : TABLES.subList(0, 4)) {
            assertChartDrawsThePublishedCounts(dimensions);
        }
        assertThat(Files.readString(run.resolve("charts/arrival_year-sex.svg"))).startsWith("<?xml")
                .contains("Persons by year of arrival and sex");
        assertThat(Files.readString(run.resolve("charts/ko/occupation-sex.svg"), StandardCharsets.UTF_8))
                .contains("북한 직업");
        assertThat(PublishedRuns.files(run)).contains("report.html", "report.ko.html", "tables.xlsx",
                "datapackage.json", "manifest.json");
    }

    /**
     * Read back from the SVG, every bar or marker is a published count of the table at its category and series, and
     * every published count above 0 is drawn: the chart shows the table, without its confidential cells or margins.
     */
    private static void assertChartDrawsThePublishedCounts(List<String> dimensions) throws IOException {
        String name = String.join("-", dimensions);
        Properties words = ReportTables.catalogue("en");
        List<ChartBars.Drawn> drawn = ChartBars.readQuietly(run.resolve("charts/" + name + ".svg"));
        Map<List<String>, Long> published = new HashMap<>();
        for (RegisterRuns.Row row : RegisterRuns.rows(run.resolve("tables/" + name + ".csv"), dimensions)) {
            if (row.status().equals("F") && !row.key().contains(RegisterRuns.TOTAL)) {
                published.put(List.of(ChartBars.words(ReportTables.label(words, dimensions.get(0), row.key().get(0))),
                        ReportTables.label(words, dimensions.get(1), row.key().get(1))), Long.parseLong(row.count()));
            }
        }
        Map<List<String>, Long> read = new HashMap<>();
        for (ChartBars.Drawn d : drawn) {
            List<String> key = List.of(d.group(), d.series());
            assertThat(published).as(name + " chart draws " + key + " = " + d.value()).containsKey(key);
            assertThat(d.value()).as(name + " " + key).isCloseTo(published.get(key),
                    org.assertj.core.data.Offset.offset(0.5));
            read.put(key, published.get(key));
        }
        published.values().removeIf(v -> v == 0);
        read.values().removeIf(v -> v == 0);
        assertThat(read).as(name + " chart draws every published count").isEqualTo(published);
    }

    @Test
    void aSecondRunIsCurrentAndTheRunVerifies() throws IOException {
        List<String> before = PublishedRuns.files(output.resolve("register"));
        RegisterRuns.Console second = RegisterRuns.run(folder.resolve("input"), folder.resolve("jobs"), output);
        assertThat(second.exit()).as(second.all()).isEqualTo(Defstats.OK);
        assertThat(second.out()).contains("register: current, inputs and settings unchanged since run "
                + run.getFileName());
        assertThat(PublishedRuns.files(output.resolve("register"))).isEqualTo(before);

        RegisterRuns.Console verify = RegisterRuns.defstats("verify", run.toString(), "--output", output.toString());
        assertThat(verify.exit()).as(verify.all()).isEqualTo(Defstats.OK);
        assertThat(verify.out()).startsWith("verified: every file of ");
    }
}
