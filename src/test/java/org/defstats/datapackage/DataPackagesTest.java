package org.defstats.datapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.defstats.arrivals.ArrivalsJobType;
import org.defstats.education.EducationJobType;
import org.defstats.education.EducationSettings;
import org.defstats.education.Level;
import org.defstats.education.LevelGroup;
import org.defstats.io.Json;
import org.defstats.io.Sha256;
import org.defstats.jobs.JobType;
import org.defstats.output.OutputFile;
import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.defstats.text.Language;
import org.junit.jupiter.api.Test;

/** The data package of a run: a resource per table, its schema from the table spec, its words from the catalogues. */
class DataPackagesTest {

    private static final JobType ARRIVALS = new ArrivalsJobType();

    private static final Table MILESTONES = new Table("milestones.csv", List.of("threshold", "period", "month",
            "cumulative_at_month_end", "cumulative_at_period_end"), List.of(List.of("30000", "2016", "2016-11",
                    "30062", "30212")));

    @Test
    void aTableIsAResourceWhoseSchemaFollowsItsSpec() {
        OutputFile file = OutputFile.table(MILESTONES);

        DataPackage dataPackage = DataPackages.of("arrivals", "Arrivals per year", "Source: MOU", Language.DEFAULT,
                ARRIVALS, null, List.of(file, new OutputFile("charts/arrivals.svg", new byte[] {1})));

        assertThat(dataPackage.name()).isEqualTo("arrivals");
        assertThat(dataPackage.description()).isEqualTo("Arrivals per year");
        assertThat(dataPackage.sources()).containsExactly(new DataPackage.Source("Source: MOU"));
        assertThat(dataPackage.resources()).as("charts are not tables").hasSize(1);
        DataPackage.Resource resource = dataPackage.resources().get(0);
        assertThat(resource.name()).isEqualTo("milestones");
        assertThat(resource.path()).isEqualTo("tables/milestones.csv");
        assertThat(resource.bytes()).isEqualTo(file.bytes().length);
        assertThat(resource.hash()).isEqualTo("sha256:" + Sha256.of(file.bytes()));
        assertThat(resource.schema().primaryKey()).containsExactly("threshold");
        assertThat(resource.schema().fields()).extracting(DataPackage.Field::name, DataPackage.Field::type,
                DataPackage.Field::unit).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("threshold", "integer", "persons"),
                        org.assertj.core.groups.Tuple.tuple("period", "string", "period"),
                        org.assertj.core.groups.Tuple.tuple("month", "yearmonth", "month"),
                        org.assertj.core.groups.Tuple.tuple("cumulative_at_month_end", "integer", "persons"),
                        org.assertj.core.groups.Tuple.tuple("cumulative_at_period_end", "integer", "persons"));
        assertThat(resource.schema().fields().get(2).title()).isEqualTo("Reached in month");
    }

    @Test
    void theFirstLanguageTitlesAndEveryLanguageIsGivenInTheJobsOrder() {
        DataPackage dataPackage = DataPackages.of("arrivals", "", "", List.of(Language.KO, Language.EN), ARRIVALS,
                null, List.of(OutputFile.table(MILESTONES)));

        assertThat(dataPackage.languages()).containsExactly("ko", "en");
        assertThat(dataPackage.title()).isEqualTo("북한이탈주민 입국인원 현황(연도별, 성별)");
        assertThat(dataPackage.titles()).containsExactly(java.util.Map.entry("ko", "북한이탈주민 입국인원 현황(연도별, 성별)"),
                java.util.Map.entry("en", "North Korean defectors arriving in South Korea, per year and by sex"));
        DataPackage.Field threshold = dataPackage.resources().get(0).schema().fields().get(0);
        assertThat(threshold.title()).isEqualTo("기준 인원");
        assertThat(threshold.titles().keySet()).containsExactly("ko", "en");
        assertThat(threshold.titles().get("en")).isEqualTo("Threshold");
        assertThat(Json.indented(dataPackage)).as("no source and no description: left out")
                .doesNotContain("\"sources\"", "\"description\" : \"\"")
                .contains("\"titles\" : {\n    \"ko\" : ");
    }

    @Test
    void aSharedColumnTakesTheWordsOfEveryTableUnlessItsTableHasItsOwn() {
        List<OutputFile> files = List.of(OutputFile.table(new Table("partial-periods.csv", List.of("period", "male",
                "female", "total", "previous_period", "previous_total", "change_pct"), List.of())));

        DataPackage.Schema schema = DataPackages.of("a", "", "", Language.DEFAULT, ARRIVALS, null, files).resources()
                .get(0).schema();

        assertThat(schema.fields().get(3).title()).as("shared").isEqualTo("Total");
        assertThat(schema.fields().get(6).title()).as("its own").isEqualTo("Change from a year earlier (%)");
    }

    @Test
    void aTableTheJobFileNamesTakesTheWordsOfItsKindWithItsName() {
        EducationJobType education = new EducationJobType();
        EducationSettings settings = new EducationSettings(null, null, List.of(new LevelGroup("college-or-higher",
                EnumSet.of(Level.JUNIOR_COLLEGE, Level.UNIVERSITY))), 0);
        TableSpec group = education.tables().get(1);
        List<OutputFile> files = List.of(OutputFile.table(new Table("college-or-higher.csv", group.columnNames(),
                List.of(List.of("2012", "80", "1502", "5.3", "")))));

        DataPackage.Resource resource = DataPackages.of("education", "", "", Language.DEFAULT, education, settings,
                files).resources().get(0);

        assertThat(resource.name()).isEqualTo("college-or-higher");
        assertThat(resource.title()).isEqualTo("Share of arrivals with junior college education, university "
                + "education or higher");
        assertThat(resource.description()).contains("the group college-or-higher (");
        assertThat(resource.schema().fields()).extracting(DataPackage.Field::type)
                .containsExactly("year", "integer", "integer", "number", "number");
        assertThat(resource.schema().primaryKey()).containsExactly("year");
    }

    @Test
    void everyShippedTypeHasWordsForEveryColumnOfEveryTableInEveryLanguage() {
        EducationSettings groups = new EducationSettings(null, null, List.of(new LevelGroup("university-or-higher",
                EnumSet.of(Level.UNIVERSITY))), 0);
        for (JobType type : List.of(ARRIVALS, new EducationJobType(), new org.defstats.stocks.StocksJobType())) {
            for (Language language : Language.values()) {
                assertThat(type.title(groups, language)).isNotBlank();
                for (TableSpec spec : type.tables()) {
                    String table = spec.name().endsWith(".csv") && !spec.name().contains("[") ? spec.name()
                            : "university-or-higher.csv";
                    org.defstats.output.TableText words = type.tableText(table, spec, groups, language);
                    assertThat(words.title()).as(type.name() + " " + table + " " + language).isNotBlank()
                            .doesNotContain("{");
                    assertThat(words.columns()).extracting(org.defstats.output.TableText.ColumnText::name)
                            .isEqualTo(spec.columnNames());
                    assertThat(words.columns()).allSatisfy(c -> assertThat(c.title() + c.description())
                            .isNotBlank());
                }
            }
        }
    }

    @Test
    void aTableTheTypeDoesNotDeclareIsAnError() {
        List<OutputFile> files = List.of(OutputFile.table(new Table("extra.csv", List.of("a"), List.of())));

        assertThatIllegalStateException()
                .isThrownBy(() -> DataPackages.of("arrivals", "", "", Language.DEFAULT, ARRIVALS, null, files))
                .withMessage("the job type declares no table extra.csv with the columns [a]");
    }

    @Test
    void theSameTablesGiveTheSameBytes() {
        List<OutputFile> files = List.of(OutputFile.table(MILESTONES));

        byte[] first = Json.indented(DataPackages.of("arrivals", "d", "s", Language.DEFAULT, ARRIVALS, null, files))
                .getBytes(StandardCharsets.UTF_8);
        byte[] second = Json.indented(DataPackages.of("arrivals", "d", "s", Language.DEFAULT, ARRIVALS, null, files))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("{\n  \"profile\" : \"tabular-data-package\","
                + "\n  \"name\" : \"arrivals\",\n  \"title\" : ");
    }
}
