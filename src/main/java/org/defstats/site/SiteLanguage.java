package org.defstats.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defstats.report.HtmlReport;
import org.defstats.text.Language;
import org.defstats.text.Messages;

/**
 * The language of one set of the site's pages, among the languages of the site: English is {@code index.html} and
 * {@code JOB/index.html}, always written; each further language a job publishes a report in ({@code report.LANG.html}
 * in its latest/) adds {@code index.LANG.html} and {@code JOB/index.LANG.html}. A page links, of each run, to the
 * report in its language where the run has one and to {@code report.html} else, and shows the charts of
 * {@code charts/LANG/} where the run has them and those of {@code charts/} else. Every word is from the report
 * catalogue ({@code org/defstats/report/messages_LANG.properties}).
 */
record SiteLanguage(Language language, List<Language> languages, Messages text) {

    /** The language of the site's first pages, {@code index.html}. */
    static final Language FIRST = Language.EN;

    private static final Pattern CHART = Pattern.compile("charts/(?:([a-z]{2})/)?([a-z0-9][a-z0-9-]*)\\.png");

    SiteLanguage {
        languages = List.copyOf(languages);
    }

    static SiteLanguage of(Language language, List<Language> languages) {
        return new SiteLanguage(language, languages, Messages.of(HtmlReport.class, language));
    }

    /**
     * The site's languages: English, then each language some job's latest/ has a report in, in the order of
     * {@link Language}.
     */
    static List<Language> of(List<Set<String>> latestFiles) {
        List<Language> languages = new ArrayList<>(List.of(FIRST));
        for (Language language : Language.values()) {
            if (language != FIRST && latestFiles.stream().anyMatch(files -> files.contains(report(language)))) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The name of a page of this language in its folder: {@code index.html}, {@code index.ko.html}. */
    String index() {
        return index(language);
    }

    static String index(Language language) {
        return language == FIRST ? SiteWriter.INDEX : "index." + language.code() + ".html";
    }

    private static String report(Language language) {
        return "report." + language.code() + ".html";
    }

    /** Of a run folder's reports, the one this page links to: in its language, else report.html; empty if none. */
    String report(Set<String> reports) {
        if (reports.contains(report(language))) {
            return report(language);
        }
        return reports.contains(HtmlReport.FILE) ? HtmlReport.FILE : "";
    }

    /** The PNG charts of a run folder this page shows, as paths in it: those of its language where it has them. */
    List<String> charts(Set<String> files) {
        List<String> own = new ArrayList<>();
        List<String> first = new ArrayList<>();
        files.forEach(file -> {
            Matcher chart = CHART.matcher(file);
            if (chart.matches() && language.code().equals(chart.group(1))) {
                own.add(file);
            }
            else if (chart.matches() && chart.group(1) == null) {
                first.add(file);
            }
        });
        return own.isEmpty() ? first : own;
    }

    /** A chart's name, from its path: {@code charts/ko/arrivals.png} gives {@code arrivals}. */
    static String chartName(String path) {
        Matcher chart = CHART.matcher(path);
        return chart.matches() ? chart.group(2) : path;
    }

    /** Whether a file of a run folder is one the site shows or links to: a report or a PNG chart. */
    static boolean shown(String file) {
        return HtmlReport.isReport(file) || CHART.matcher(file).matches();
    }

    /** The links to the pages of every language of the site, from a page in the same folder. */
    List<SiteModel.Alternate> alternates() {
        return languages.stream().map(other -> new SiteModel.Alternate(other.code(),
                Messages.of(HtmlReport.class, other).get("language.name"), index(other), other == language)).toList();
    }
}
