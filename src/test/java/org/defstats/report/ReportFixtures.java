package org.defstats.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.io.Json;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.publish.InputFile;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunRecord;
import org.defstats.text.Language;

/**
 * A small run of made-up figures for the report's tests: two tables (one with a share and a code column), a chart
 * in English and in Korean, one input, and the job type's words in both languages.
 */
final class ReportFixtures {

    static final String SHA = "4fe9753e73834c4fed4a79f1d723b8ae3cb082de19f6da884d2cd54c31aa1b01";
    static final RunManifest.Build BUILD = new RunManifest.Build("0.1.0", "abc123");
    static final List<TableSpec> SPECS = List.of(new TableSpec("yearly.csv", List.of(
            new TableSpec.Column("period", "period"), new TableSpec.Column("total", "persons"),
            new TableSpec.Column("change_pct", "percent")), List.of("period")),
            new TableSpec("levels.csv", List.of(new TableSpec.Column("year", "year"),
                    new TableSpec.Column("level", "code"), new TableSpec.Column("count", "persons"),
                    new TableSpec.Column("year_total", "persons"),
                    TableSpec.Column.share("share_pct", "percent", "year_total")), List.of("year", "level")));
    static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.0//EN'"
            + " 'http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd'>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " width=\"1600\" height=\"900\"><defs><clipPath id=\"clipPath1\"><path d=\"M0 0 L10 0 Z\"/></clipPath>"
            + "</defs><g style=\"clip-path:url(#clipPath1);\"><text>Arrivals &amp; departures</text></g></svg>";

    private ReportFixtures() {
    }

    /** Words of a made-up job type: titles in each language, a level labelled, a label that needs escaping. */
    static ReportWords words(Language language) {
        boolean ko = language == Language.KO;
        Map<String, String> titles = ko
                ? Map.of("period", "기간", "total", "합계", "change_pct", "증감률(%)", "year", "입국연도", "level", "학력",
                        "count", "인원(명)", "year_total", "연도별 입국인원", "share_pct", "비율(%)")
                : Map.of("period", "Period", "total", "Total", "change_pct", "Change (%)", "year", "Year of arrival",
                        "level", "Education level", "count", "Persons", "year_total", "Arrivals of the year",
                        "share_pct", "Share (%)");
        Map<String, String> levels = ko ? Map.of("university", "대학 이상", "secondary", "고등중학교 <중등>")
                : Map.of("university", "University or higher", "secondary", "Secondary <school> & more");
        return new ReportWords() {
            @Override
            public String title() {
                return ko ? "북한이탈주민 입국인원 현황" : "Arrivals of defectors";
            }

            @Override
            public TableText table(String file, TableSpec spec) {
                return new TableText((ko ? "표 " : "Table ") + file, "", spec.columns().stream()
                        .map(c -> new TableText.ColumnText(c.name(), titles.get(c.name()), "")).toList());
            }

            @Override
            public Optional<String> value(String table, String column, String code) {
                return column.equals("level") ? Optional.ofNullable(levels.get(code)) : Optional.empty();
            }
        };
    }

    /** The report in a language of a job published in English, then Korean. */
    static ReportLanguage language(Language language) {
        return new ReportLanguage(language, List.of(Language.EN, Language.KO), words(language));
    }

    static RunRecord run(String source, List<LineProblem> rejects) {
        InputFile file = new InputFile("yearly", "yearly.csv", 494, SHA, "auto", "archive/4f/" + SHA);
        InputReport report = new InputReport("yearly", "yearly.csv", "CP949", 1234, 0, 0, 0, 0, rejects.size(),
                List.of(new LineProblem("yearly.csv", 29, 4, "550", "fell", "management fell from 551 to 550")),
                Map.of());
        RunRecord.Job job = new RunRecord.Job("arrivals", "arrivals", Path.of("output"),
                new RunManifest.Parameters("f1", source, Json.MAPPER.readTree("{}"), 0),
                new RunManifest.JobFile("arrivals.yaml", "e7" + SHA.substring(2), "archive/e7/job"), List.of(file));
        return new RunRecord("20261122T021508Z-7", 1, 7, Instant.parse("2026-11-22T02:15:08Z"), job, List.of(report),
                rejects, rejects.size());
    }

    static List<OutputFile> outputs() {
        return List.of(new OutputFile("tables/yearly.csv", ("period,total,change_pct\n2015,1275,\n2016,1418,11.2\n"
                        + "2017,-12345,-20.5\n").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("tables/levels.csv", ("year,level,count,year_total,share_pct\n2016,university,95,1418,"
                        + "6.7\n2016,secondary,1323,1418,93.3\n2017,university,,1127,\n").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("charts/arrivals.png", new byte[] { 1, 2, 3 }),
                new OutputFile("charts/arrivals.svg", SVG.getBytes(StandardCharsets.UTF_8)),
                new OutputFile("charts/ko/arrivals.png", new byte[] { 4, 5, 6 }),
                new OutputFile("charts/ko/arrivals.svg", SVG.replace("Arrivals &amp; departures", "입국 &amp; 출국")
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
