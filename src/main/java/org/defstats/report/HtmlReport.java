package org.defstats.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.publish.Revisions;
import org.defstats.publish.RunDocument;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunRecord;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Writes {@code report.html} of a run: its {@link ReportModel} through the jte template
 * {@code src/main/jte/report/report.jte}, compiled to a class at build time, so nothing is compiled at run time.
 * Every text is escaped for HTML unless it is an {@link InlineSvg}.
 */
public final class HtmlReport implements RunDocument {

    /** The report's name in a run folder. */
    public static final String FILE = "report.html";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private final String description;
    private final List<TableSpec> specs;

    /**
     * @param description the job file's description
     * @param specs       the tables the job type declares
     */
    public HtmlReport(String description, List<TableSpec> specs) {
        this.description = description;
        this.specs = List.copyOf(specs);
    }

    @Override
    public OutputFile write(RunRecord run, List<OutputFile> outputs, Revisions revisions, RunManifest.Build build) {
        return new OutputFile(FILE, render(ReportModels.of(run, outputs, revisions, build, description, specs)));
    }

    /** The bytes of report.html for a model. */
    public static byte[] render(ReportModel model) {
        StringOutput output = new StringOutput();
        ENGINE.render("report/report.jte", model, output);
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }
}
