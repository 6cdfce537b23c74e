package org.defstats.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Writes the site's pages from a {@link SiteModel} through the jte templates {@code src/main/jte/site/}, compiled at
 * build time and escaping every text: {@code output/JOB/index.html} for each job, then {@code output/index.html},
 * each replaced whole ({@link AtomicFiles}). No style sheet, script, font or image comes from elsewhere than the
 * output folder, so the pages open from {@code file://} as from a web server.
 */
final class SiteWriter {

    /** The name of the index of every job, and of each job's page, in their folders. */
    static final String INDEX = "index.html";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private SiteWriter() {
    }

    static void write(Path output, SiteModel site) throws IOException {
        for (SiteModel.JobPage page : site.pages()) {
            AtomicFiles.write(output.resolve(page.name()).resolve(INDEX), render("site/job.jte", page));
        }
        AtomicFiles.write(output.resolve(INDEX), render("site/index.jte", site.index()));
    }

    static byte[] render(String template, Object model) {
        StringOutput html = new StringOutput();
        ENGINE.render(template, model, html);
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
