package org.defstats.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.defstats.report.KoreanFont;
import org.defstats.text.Language;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Writes the site's pages from a {@link SiteModel} per language through the jte templates {@code src/main/jte/site/},
 * compiled at build time and escaping every text: {@code output/JOB/index.html} (and {@code index.LANG.html}) for
 * each job, then {@code output/index.html} (and {@code index.LANG.html}), each replaced whole ({@link AtomicFiles}).
 * The pages of a language the site no longer has are removed, so no page links to one that is gone. No style
 * sheet, script, font or image comes from elsewhere than the output folder, so the pages open from {@code file://}
 * as from a web server; a page with Korean text embeds the glyphs it uses of the shipped Korean font.
 */
final class SiteWriter {

    /** The name of the index of every job, and of each job's page, in their folders. */
    static final String INDEX = "index.html";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private SiteWriter() {
    }

    /** Writes the site in its languages, the first's pages first, and removes the pages of every other language. */
    static void write(Path output, List<SiteModel> languages) throws IOException {
        for (SiteModel site : languages) {
            for (SiteModel.JobPage page : site.pages()) {
                AtomicFiles.write(output.resolve(page.name()).resolve(page.page().file()), render(page));
            }
        }
        for (SiteModel site : languages) {
            AtomicFiles.write(output.resolve(site.index().page().file()), render(site.index()));
        }
        List<String> kept = languages.stream().map(site -> site.index().page().file()).toList();
        for (Language language : Language.values()) {
            String file = SiteLanguage.index(language);
            if (!kept.contains(file) && !languages.isEmpty()) {
                Files.deleteIfExists(output.resolve(file));
                for (SiteModel.JobPage page : languages.get(0).pages()) {
                    Files.deleteIfExists(output.resolve(page.name()).resolve(file));
                }
            }
        }
    }

    static byte[] render(SiteModel.Index index) {
        return withFont(render("site/index.jte", index), font -> render("site/index.jte", index.withFont(font)));
    }

    static byte[] render(SiteModel.JobPage page) {
        return withFont(render("site/job.jte", page), font -> render("site/job.jte", page.withFont(font)));
    }

    /** The page again with the Korean glyphs it uses embedded, when it has any. */
    private static byte[] withFont(String page, java.util.function.Function<KoreanFont, String> again) {
        KoreanFont font = KoreanFont.forText(page);
        return (font.equals(KoreanFont.none()) ? page : again.apply(font)).getBytes(StandardCharsets.UTF_8);
    }

    static String render(String template, Object model) {
        StringOutput html = new StringOutput();
        ENGINE.render(template, model, html);
        return html.toString();
    }
}
