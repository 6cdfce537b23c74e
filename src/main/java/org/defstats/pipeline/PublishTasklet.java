package org.defstats.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.defstats.csv.IngestNotes;
import org.defstats.datapackage.DataPackageDocument;
import org.defstats.csv.IngestResults;
import org.defstats.csv.LineProblem;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.publish.PublishedRecords;
import org.defstats.output.OutputFile;
import org.defstats.publish.RunPublisher;
import org.defstats.report.HtmlReport;
import org.defstats.runs.RunParameters;
import org.defstats.runs.RunRecords;
import org.defstats.workbook.About;
import org.defstats.workbook.TablesWorkbook;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of every job: refuses the inputs if their lines or rows break a rule of the job type, else has
 * the job type compute its tables and charts from the staged rows and publishes the run, with the workbook of its
 * tables, its report in each language of the job file and its datapackage.json. The stage and the ingest notes
 * of the run are deleted whatever happens.
 */
final class PublishTasklet implements Tasklet {

    private final JobType type;
    private final IngestNotes notes;
    private final RunPublisher publisher;
    private final PublishedRecords records;

    PublishTasklet(JobType type, IngestNotes notes, RunPublisher publisher, PublishedRecords records) {
        this.type = type;
        this.notes = notes;
        this.publisher = publisher;
        this.records = records;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        RunParameters parameters = RunParameters.from(step);
        Record settings = parameters.settings(type.settingsType());
        IngestResults ingest = IngestResults.of(step.getJobExecution(), notes, parameters.inputFiles());
        StageFolder stage = StageFolder.of(parameters.outputDir(), parameters.job(), step.getJobExecutionId());
        try {
            StagedInputs rows = StagedInputs.read(stage, type.inputs(), parameters.inputFiles().keySet());
            List<LineProblem> problems = new ArrayList<>();
            for (RoleProblem problem : type.checkRows(rows, settings)) {
                problems.addAll(ingest.placed(problem.role(), List.of(problem.problem())));
            }
            Set<String> skippable = Set.copyOf(type.inputs().stream().filter(InputRole::rowsStandAlone)
                    .map(InputRole::name).toList());
            ingest.requireUsable(parameters.maxRejects(), skippable, type.rulesNeedingEveryRow(), problems);
            Publication publication = type.publish(rows, settings,
                    new PublishContext(parameters.source(), parameters.inputFiles(), parameters.languageList()));
            for (RoleProblem warning : publication.warnings()) {
                ingest.warn(warning.role(), List.of(warning.problem()));
            }
            List<OutputFile> files = new ArrayList<>(publication.files());
            files.add(workbook(publication.files(), parameters));
            RunRecords.publish(publisher, records, step.getJobExecution(), ingest, files,
                    java.util.stream.Stream.concat(HtmlReport.inLanguages(type, settings, parameters.description(),
                            parameters.languageList()).stream(), java.util.stream.Stream.of(new DataPackageDocument(type,
                                    settings, parameters.description(), parameters.languageList()))).toList(),
                    publication.disclosure());
        }
        finally {
            stage.delete();
            ingest.forget();
        }
        return RepeatStatus.FINISHED;
    }

    /** {@code tables.xlsx}: the tables among the files, with what the run knows of its job and inputs. */
    private OutputFile workbook(List<OutputFile> files, RunParameters parameters) {
        About about = new About(parameters.job(), parameters.type(), parameters.description(), parameters.source(),
                parameters.fingerprint(), parameters.inputs().stream()
                        .map(i -> new About.Input(i.role(), i.name(), i.sha256())).toList());
        return TablesWorkbook.of(files.stream().filter(f -> f.table() != null).map(OutputFile::table).toList(),
                type.tables(), about);
    }
}
