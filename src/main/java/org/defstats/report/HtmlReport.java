package org.defstats.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.defstats.jobs.JobType;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.publish.Revisions;
import org.defstats.publish.RunDocument;
import org.defstats.publish.RunManifest;
import org.defstats.publish.RunRecord;
import org.defstats.text.Language;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Writes the report of a run in one of its job's languages ({@code report.html} for the first,
 * {@code report.LANG.html} for each further one): its {@link ReportModel} through the jte template
 * {@code src/main/jte/report/report.jte}, compiled to a class at build time, so nothing is compiled at run time.
 * Every text is escaped for HTML unless it is an {@link InlineSvg} or the {@link KoreanFont} of the page's text.
 */
public final class HtmlReport implements RunDocument {

    /** The first language's report in a run folder. */
    public static final String FILE = "report.html";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private final String description;
    private final List<TableSpec> specs;
    private final ReportLanguage language;

    /**
     * @param description the job file's description
     * @param specs       the tables the job type declares
     * @param language    the report's language, and the job's words in it
     */
    public HtmlReport(String description, List<TableSpec> specs, ReportLanguage language) {
        this.description = description;
        this.specs = List.copyOf(specs);
        this.language = language;
    }

    /** The reports of a job of this type and settings, one per language of its job file, the first one's first. */
    public static List<RunDocument> inLanguages(JobType type, Record settings, String description,
            List<Language> languages) {
        return languages.stream().<RunDocument>map(language -> new HtmlReport(description, type.tables(),
                new ReportLanguage(language, languages, ReportWords.of(type, settings, language)))).toList();
    }

    /** Whether a file of a run folder is one of its reports: report.html, or report.LANG.html. */
    public static boolean isReport(String name) {
        if (name.equals(FILE)) {
            return true;
        }
        return name.startsWith("report.") && name.endsWith(".html") && name.length() == "report.xx.html".length()
                && Language.ofCode(name.substring("report.".length(), "report.".length() + 2)).isPresent();
    }

    @Override
    public OutputFile write(RunRecord run, List<OutputFile> outputs, Revisions revisions, RunManifest.Build build) {
        return new OutputFile(language.file(),
                render(ReportModels.of(run, outputs, revisions, build, description, specs, language)));
    }

    /**
     * The bytes of a report for a model: rendered once to find the Korean characters of the page, then with the
     * subset of the shipped font that draws them. The subset also has every character of the report's catalogue,
     * so that the words of the run's identity (whether a run was published before) never change the font, which
     * replay compares.
     */
    public static byte[] render(ReportModel model) {
        StringBuilder characters = new StringBuilder(text(model.withFont(KoreanFont.none())));
        model.text().keys().forEach(key -> characters.append(model.text().get(key)));
        KoreanFont font = KoreanFont.forText(characters.toString());
        return text(model.withFont(font)).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(ReportModel model) {
        StringOutput output = new StringOutput();
        ENGINE.render("report/report.jte", model, output);
        return output.toString();
    }
}
