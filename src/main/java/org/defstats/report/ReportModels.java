package org.defstats.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.defstats.csv.InputReport;
import org.defstats.csv.LineProblem;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.publish.InputFile;
import org.defstats.publish.Rejects;
import org.defstats.publish.Revisions;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunRecord;
import org.defstats.text.Language;
import org.defstats.text.Messages;

/**
 * Builds the {@link ReportModel} of a run from what its publisher knows: the run record, its output files, the
 * job type's table specs, the revisions against the previous run and the build, in one of the job's languages.
 * Charts are the run's SVG files of that language, in the order the job type gave them; tables its
 * {@code tables/*.csv} files, titled in that language.
 */
public final class ReportModels {

    private ReportModels() {
    }

    /**
     * @param description the job file's description
     * @param specs       the tables the job type declares, for their units and key columns
     * @param language    the report's language, and the job's words in it
     */
    public static ReportModel of(RunRecord run, List<OutputFile> outputs, Revisions revisions,
            RunManifest.Build build, String description, List<TableSpec> specs, ReportLanguage language) {
        RunRecord.Job job = run.job();
        Messages text = Messages.of(ReportModels.class, language.language());
        ReportTables tables = new ReportTables(specs, revisions, language.words(), text);
        List<ReportModel.Chart> charts = new ArrayList<>();
        List<ReportModel.TableView> views = new ArrayList<>();
        for (OutputFile file : outputs) {
            String path = file.path();
            if (language.isChart(path)) {
                String stem = path.substring(0, path.length() - ".svg".length());
                String png = outputs.stream().anyMatch(o -> o.path().equals(stem + ".png")) ? stem + ".png" : "";
                String name = stem.substring(language.chartFolder().length());
                charts.add(new ReportModel.Chart(name, png, path, InlineSvg.of(name, file.bytes())));
            }
            else if (path.startsWith("tables/") && path.endsWith(".csv")) {
                views.add(tables.table(file));
            }
        }
        return new ReportModel(page(language), new ReportModel.Job(job.name(), job.type(), description == null ? "" : description,
                        job.parameters().source() == null ? "" : job.parameters().source()),
                new ReportModel.Identity(run.runId(), DateTimeFormatter.ISO_INSTANT.format(run.startedAt()),
                        build.version(), build.commit(), "defstats replay " + run.runId()),
                charts, views,
                new ReportModel.RevisionList(revisions.previousRunId() == null ? "" : revisions.previousRunId(),
                        revisions.revisions().stream().map(tables::revision).toList()),
                run.inputs().stream().flatMap(i -> i.warnings().stream()).map(ReportModels::problem).toList(),
                new ReportModel.Rejects(run.rejectCount(), run.rejects().stream().map(ReportModels::problem).toList(),
                        run.rejects().isEmpty() ? "" : Rejects.FILE),
                new ReportModel.Provenance(new ReportModel.JobFile(job.jobFile().name(), job.jobFile().sha256(),
                        job.jobFile().archived()), inputs(run)), text, KoreanFont.none());
    }

    private static ReportModel.Page page(ReportLanguage language) {
        List<ReportModel.Alternate> alternates = new ArrayList<>();
        for (Language other : language.languages()) {
            alternates.add(new ReportModel.Alternate(other.code(), Messages.of(ReportModels.class, other)
                    .get("language.name"), language.file(other), other == language.language()));
        }
        return new ReportModel.Page(language.language().code(), language.words().title(), alternates);
    }

    private static List<ReportModel.Input> inputs(RunRecord run) {
        List<ReportModel.Input> inputs = new ArrayList<>();
        for (InputFile file : run.job().files()) {
            InputReport report = run.inputs().stream().filter(r -> r.role().equals(file.role())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ingest report for input " + file.role()));
            inputs.add(new ReportModel.Input(file.role(), file.name(), report.encoding(),
                    Figures.shown(Long.toString(report.rows()), "rows"), file.sha256(), file.archived()));
        }
        return inputs;
    }

    private static ReportModel.Problem problem(LineProblem problem) {
        String place = problem.file() + (problem.line() > 0 ? ":" + problem.line()
                + (problem.column() > 0 ? ":" + problem.column() : "") : "");
        return new ReportModel.Problem(place, problem.rule(), problem.message());
    }
}
