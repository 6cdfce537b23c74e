package org.defstats.report;

import java.util.List;

import org.defstats.text.Language;

/**
 * The language of one report of a run, among the languages of its job file: the first language's report is
 * {@code report.html} and shows the charts at {@code charts/NAME.svg}, each further one's is
 * {@code report.LANG.html} and shows those at {@code charts/LANG/NAME.svg}.
 *
 * @param words the job type's words in this language
 */
public record ReportLanguage(Language language, List<Language> languages, ReportWords words) {

    public ReportLanguage {
        languages = List.copyOf(languages);
        if (!languages.contains(language)) {
            throw new IllegalArgumentException(language.code() + " is not among the languages " + languages);
        }
    }

    /** The report's file name in the run folder. */
    public String file() {
        return file(language);
    }

    /** The file name of the report of a language of the job. */
    public String file(Language other) {
        return other == languages.get(0) ? HtmlReport.FILE : "report." + other.code() + ".html";
    }

    /** The folder of this language's charts in the run folder, with its trailing slash. */
    String chartFolder() {
        return language == languages.get(0) ? "charts/" : "charts/" + language.code() + "/";
    }

    /** Whether an output is an SVG chart of this language: directly in its chart folder. */
    boolean isChart(String path) {
        String folder = chartFolder();
        return path.startsWith(folder) && path.endsWith(".svg") && path.indexOf('/', folder.length()) < 0;
    }
}
