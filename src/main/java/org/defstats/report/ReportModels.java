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

/**
 * Builds the {@link ReportModel} of a run from what its publisher knows: the run record, its output files, the
 * job type's table specs, the revisions against the previous run and the build. Charts are the run's SVG files,
 * in the order the job type gave them; tables its {@code tables/*.csv} files.
 */
public final class ReportModels {

    private ReportModels() {
    }

    /**
     * @param description the job file's description
     * @param specs       the tables the job type declares, for their units and key columns
     */
    public static ReportModel of(RunRecord run, List<OutputFile> outputs, Revisions revisions,
            RunManifest.Build build, String description, List<TableSpec> specs) {
        RunRecord.Job job = run.job();
        ReportTables tables = new ReportTables(specs, revisions);
        List<ReportModel.Chart> charts = new ArrayList<>();
        List<ReportModel.TableView> views = new ArrayList<>();
        for (OutputFile file : outputs) {
            String path = file.path();
            if (path.startsWith("charts/") && path.endsWith(".svg")) {
                String stem = path.substring(0, path.length() - ".svg".length());
                String png = outputs.stream().anyMatch(o -> o.path().equals(stem + ".png")) ? stem + ".png" : "";
                String name = stem.substring("charts/".length());
                charts.add(new ReportModel.Chart(name, png, path, InlineSvg.of(name, file.bytes())));
            }
            else if (path.startsWith("tables/") && path.endsWith(".csv")) {
                views.add(tables.table(file));
            }
        }
        return new ReportModel(new ReportModel.Job(job.name(), job.type(), description == null ? "" : description,
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
                        job.jobFile().archived()), inputs(run)));
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
