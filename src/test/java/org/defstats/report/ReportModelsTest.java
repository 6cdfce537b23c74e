package org.defstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.defstats.csv.LineProblem;
import org.defstats.output.OutputFile;
import org.defstats.publish.Revisions;
import org.defstats.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The model of a report: figures as the CSV has them grouped by thousands, empty and revised cells, units, the
 * words of its language, the persons behind each share and the charts of its language.
 */
class ReportModelsTest {

    private final Revisions revisions = new Revisions("20261121T000000Z-6", List.of(
            new Revisions.Revision("yearly.csv", "period=2016", "total", "1414", "1418")), List.of());

    private ReportModel model() {
        return model(Language.EN);
    }

    private ReportModel model(Language language) {
        return ReportModels.of(ReportFixtures.run("Source: MOU", List.of()), ReportFixtures.outputs(), revisions,
                ReportFixtures.BUILD, "Arrivals per year", ReportFixtures.SPECS, ReportFixtures.language(language));
    }

    @Test
    void tablesShowTheFiguresOfTheCsvWithThousandsSeparatorsAndTheirUnits() {
        ReportModel.TableView table = model().tables().get(0);

        assertThat(table.name()).isEqualTo("yearly.csv");
        assertThat(table.file()).isEqualTo("tables/yearly.csv");
        assertThat(table.title()).isEqualTo("Table yearly.csv");
        assertThat(table.columns()).containsExactly(new ReportModel.Column("period", "Period", ""),
                new ReportModel.Column("total", "Total", "persons"), new ReportModel.Column("change_pct", "Change (%)",
                        "%"));
        assertThat(table.rows()).extracting(row -> row.stream().map(ReportModel.Cell::text).toList()).containsExactly(
                List.of("2015", "1,275", ""), List.of("2016", "1,418", "11.2"), List.of("2017", "-12,345", "-20.5"));
        assertThat(table.rows().get(1).get(0).number()).as("a period is no amount").isFalse();
        assertThat(table.rows().get(1).get(1).number()).isTrue();
    }

    @Test
    void anEmptyCellIsMarkedAsNoFigureNeverZero() {
        ReportModel.TableView table = model().tables().get(0);

        ReportModel.Cell empty = table.rows().get(0).get(2);
        assertThat(empty.empty()).isTrue();
        assertThat(empty.text()).isEmpty();
        assertThat(table.hasEmptyCells()).isTrue();
        assertThat(table.rows().get(1).get(2).empty()).isFalse();
    }

    @Test
    void revisedCellsAreFlaggedWithThePreviousFigureAndListed() {
        ReportModel model = model();
        ReportModel.TableView table = model.tables().get(0);

        assertThat(table.rows().get(1).get(1)).isEqualTo(new ReportModel.Cell("1,418", false, true, true, "1,414", ""));
        assertThat(table.rows().stream().flatMap(List::stream).filter(ReportModel.Cell::revised)).hasSize(1);
        assertThat(table.hasRevisions()).isTrue();
        assertThat(model.revisions()).isEqualTo(new ReportModel.RevisionList("20261121T000000Z-6", List.of(
                new ReportModel.Revision("yearly.csv", "period=2016", "total", "1,414", "1,418"))));
    }

    @Test
    void provenanceNamesTheRunTheBuildAndEveryInputWithItsHash() {
        ReportModel model = model();

        assertThat(model.job()).isEqualTo(new ReportModel.Job("arrivals", "arrivals", "Arrivals per year",
                "Source: MOU"));
        assertThat(model.identity()).isEqualTo(new ReportModel.Identity("20261122T021508Z-7", "2026-11-22T02:15:08Z",
                "0.1.0", "abc123", "defstats replay 20261122T021508Z-7"));
        assertThat(model.provenance().inputs()).containsExactly(new ReportModel.Input("yearly", "yearly.csv", "CP949",
                "1,234", ReportFixtures.SHA, "archive/4f/" + ReportFixtures.SHA));
        assertThat(model.provenance().jobFile().name()).isEqualTo("arrivals.yaml");
        assertThat(model.warnings()).containsExactly(new ReportModel.Problem("yearly.csv:29:4", "fell",
                "management fell from 551 to 550"));
        assertThat(model.rejects()).isEqualTo(new ReportModel.Rejects(0, List.of(), ""));
    }

    @Test
    void rejectedLinesAreListedWithTheFileThatHasThem() {
        ReportModel model = ReportModels.of(ReportFixtures.run("s", List.of(new LineProblem("yearly.csv", 5, 2, "4x74",
                "count", "male must be a whole number"))), ReportFixtures.outputs(), Revisions.none(),
                ReportFixtures.BUILD, "", ReportFixtures.SPECS, ReportFixtures.language(Language.EN));

        assertThat(model.rejects()).isEqualTo(new ReportModel.Rejects(1, List.of(new ReportModel.Problem(
                "yearly.csv:5:2", "count", "male must be a whole number")), "rejects.csv"));
        assertThat(model.revisions().previousRunId()).isEmpty();
        assertThat(model.tables().get(0).hasRevisions()).isFalse();
    }

    @Test
    void chartsAreTheRunsSvgFilesWithLinksToTheirFilesAndIdsOfTheirOwn() {
        ReportModel.Chart chart = model().charts().get(0);

        assertThat(chart.name()).isEqualTo("arrivals");
        assertThat(chart.png()).isEqualTo("charts/arrivals.png");
        assertThat(chart.svgFile()).isEqualTo("charts/arrivals.svg");
        assertThat(chart.svg().markup()).startsWith("<svg").doesNotContain("<?xml", "DOCTYPE", "svg10.dtd")
                .contains("id=\"arrivals-clipPath1\"", "url(#arrivals-clipPath1)", "viewBox=\"0 0 1600 900\"",
                        "Arrivals &amp; departures");
    }

    @Test
    void anSvgWithAScriptIsNotEmbedded() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReportModels.of(ReportFixtures.run("s", List.of()),
                List.of(new OutputFile("charts/x.svg", svg)), Revisions.none(), ReportFixtures.BUILD, "",
                ReportFixtures.SPECS, ReportFixtures.language(Language.EN))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<script>");
    }

    @Test
    void eachLanguageShowsTheChartsOfItsOwnFolderAndLinksTheOtherReports() {
        ReportModel english = model(Language.EN);
        ReportModel korean = model(Language.KO);

        assertThat(english.charts()).extracting(ReportModel.Chart::svgFile).containsExactly("charts/arrivals.svg");
        assertThat(korean.charts()).extracting(ReportModel.Chart::svgFile).containsExactly("charts/ko/arrivals.svg");
        assertThat(korean.charts().get(0).png()).isEqualTo("charts/ko/arrivals.png");
        assertThat(korean.charts().get(0).svg().markup()).contains("입국 &amp; 출국");
        assertThat(korean.page()).isEqualTo(new ReportModel.Page("ko", "북한이탈주민 입국인원 현황", List.of(
                new ReportModel.Alternate("en", "English", "report.html", false),
                new ReportModel.Alternate("ko", "한국어", "report.ko.html", true))));
        assertThat(english.page().alternates()).extracting(ReportModel.Alternate::current).containsExactly(true,
                false);
    }

    @Test
    void theKoreanReportTitlesTablesAndColumnsAndLabelsCodesInKorean() {
        ReportModel.TableView levels = model(Language.KO).tables().get(1);

        assertThat(levels.title()).isEqualTo("표 levels.csv");
        assertThat(levels.columns()).extracting(ReportModel.Column::title).containsExactly("입국연도", "학력", "인원(명)",
                "연도별 입국인원", "비율(%)");
        assertThat(levels.columns()).extracting(ReportModel.Column::name).as("the CSV's codes stay")
                .containsExactly("year", "level", "count", "year_total", "share_pct");
        assertThat(levels.columns()).extracting(ReportModel.Column::unit).containsExactly("", "", "명", "명", "%");
        assertThat(levels.rows()).extracting(row -> row.get(1).text()).containsExactly("대학 이상", "고등중학교 <중등>",
                "대학 이상");
        assertThat(model(Language.EN).tables().get(1).rows().get(0).get(1).text()).isEqualTo("University or higher");
    }

    @Test
    void aShareGivesThePersonsItIsOfAndNoneWhereThereIsNoShare() {
        ReportModel.TableView levels = model().tables().get(1);

        assertThat(levels.hasShares()).isTrue();
        assertThat(levels.rows().get(0).get(4)).isEqualTo(new ReportModel.Cell("6.7", false, true, false, "", "1,418"));
        assertThat(levels.rows().get(1).get(4).n()).isEqualTo("1,418");
        assertThat(levels.rows().get(2).get(4).n()).as("no share, no n").isEmpty();
        assertThat(levels.rows().get(0).get(3).n()).as("the base itself is no share").isEmpty();
        assertThat(model().tables().get(0).hasShares()).isFalse();
    }
}
