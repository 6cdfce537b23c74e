package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.defstats.corpus.CorpusRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of an output folder, written by {@code run} for the shipped jobs: every link of output/index.html and of
 * each job's page resolves to a published file, the pages show each job's status, runs and revisions, and a failed
 * run shows failed with its message and no link to anything it left.
 */
class SiteTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @TempDir
    Path work;

    private Path input;
    private Path jobs;
    private Path output;
    private final InProcessDefstats defstats = new InProcessDefstats();

    @BeforeEach
    void shippedJobsAndInputs() {
        input = work.resolve("input");
        jobs = work.resolve("jobs");
        output = work.resolve("output");
        CorpusRuns.copyTree(Path.of("input"), input);
        CorpusRuns.copyTree(Path.of("jobs"), jobs);
    }

    @Test
    void theIndexShowsEveryJobWithLinksToItsPublishedReportChartsAndRuns() throws IOException {
        assertThat(run()).isEqualTo(Defstats.OK);

        String index = Files.readString(output.resolve("index.html"));
        assertThat(links(output, index)).allSatisfy(target -> assertThat(target).as("a link of index.html")
                .isRegularFile());
        for (String job : List.of("arrivals", "education", "register", "stocks")) {
            String runId = onlyRun(job);
            String row = row(index, job);
            assertThat(row).contains("data-status>published<", "data-message>published run " + runId + "<",
                    "<a href=\"" + job + "/latest/report.html\">report of run " + runId + "</a>",
                    "<a href=\"" + job + "/index.html\">every run</a>");
            assertThat(row).as(job + " is scheduled at night in Seoul").containsPattern(
                    "<td>20[0-9]{2}-[0-9]{2}-[0-9]{2} 0[23]:[0-9]{2}:00 \\+09:00</td>");
            String page = Files.readString(output.resolve(job).resolve("index.html"));
            assertThat(links(output.resolve(job), page)).allSatisfy(target -> assertThat(target).isRegularFile())
                    .contains(output.resolve(job).resolve("runs").resolve(runId).resolve("report.html"));
            assertThat(page).contains("<tr data-run=\"" + runId + "\">");
        }
        assertThat(row(index, "arrivals")).contains("<img src=\"arrivals/latest/charts/arrivals.png\"");
        assertThat(row(index, "education")).contains("education/latest/charts/levels.png",
                "education/latest/charts/university-or-higher.png");
        assertThat(row(index, "stocks")).contains("stocks/latest/charts/age-pyramid.png",
                "stocks/latest/charts/flows-occupation.png");
        assertThat(index).as("self-contained").doesNotContain("http://", "https://", "<script", "<link");

        assertThat(run()).as("every job current: the fast path").isEqualTo(Defstats.OK);
        index = Files.readString(output.resolve("index.html"));
        assertThat(row(index, "arrivals")).contains("data-status>current<",
                "inputs and settings unchanged since run " + onlyRun("arrivals"));
        assertThat(links(output, index)).allSatisfy(target -> assertThat(target).isRegularFile());

        String first = onlyRun("arrivals");
        Files.writeString(input.resolve("mou-arrivals-by-year.csv"), Files.readString(input.resolve(
                "mou-arrivals-by-year.csv")).replace("2016,302,1116,1418", "2016,298,1116,1414"));
        assertThat(run("arrivals")).isEqualTo(Defstats.OK);
        List<String> runs = runs("arrivals");
        String second = runs.get(1);
        String page = Files.readString(output.resolve("arrivals/index.html"));
        assertThat(page.indexOf("data-run=\"" + second + "\"")).as("newest first")
                .isLessThan(page.indexOf("data-run=\"" + first + "\""));
        assertThat(between(page, "data-run=\"" + second + "\"", "</tr>")).containsPattern("<td>([1-9][0-9]*)</td>")
                .contains("(latest/)");
        assertThat(between(page, "data-run=\"" + first + "\"", "</tr>")).contains("<td>0</td>")
                .doesNotContain("(latest/)");
        assertThat(row(Files.readString(output.resolve("index.html")), "arrivals"))
                .contains("report of run " + second, "figures revised");
        assertNoPartialPages();
    }

    @Test
    void theShippedJobsPublishKoreanSoTheSiteIsInKoreanTooWithEveryLinkResolving() throws IOException {
        assertThat(run()).isEqualTo(Defstats.OK);

        String index = Files.readString(output.resolve("index.ko.html"));
        assertThat(index).contains("<html lang=\"ko\">", "<th>최근 실행의 그래프</th>",
                "<a lang=\"en\" hreflang=\"en\" href=\"index.html\">English</a>")
                .doesNotContain("every run", "charts of the latest run");
        assertThat(Files.readString(output.resolve("index.html")))
                .contains("<a lang=\"ko\" hreflang=\"ko\" href=\"index.ko.html\">한국어</a>");
        assertThat(links(output, index)).allSatisfy(target -> assertThat(target).as("a link of index.ko.html")
                .isRegularFile()).contains(output.resolve("index.html"));
        for (String job : List.of("arrivals", "education", "register", "stocks")) {
            String runId = onlyRun(job);
            assertThat(row(index, job)).contains("data-status>발표됨<", "실행 " + runId + " 발표됨",
                    "<a href=\"" + job + "/latest/report.ko.html\">실행 " + runId + "의 보고서</a>",
                    "<a href=\"" + job + "/index.ko.html\">모든 실행</a>", job + "/latest/charts/ko/");
            String page = Files.readString(output.resolve(job).resolve("index.ko.html"));
            assertThat(page).contains("<a href=\"../index.ko.html\">모든 작업</a>",
                    "<a lang=\"en\" hreflang=\"en\" href=\"index.html\">English</a>");
            assertThat(links(output.resolve(job), page)).allSatisfy(target -> assertThat(target).isRegularFile())
                    .contains(output.resolve(job).resolve("runs").resolve(runId).resolve("report.ko.html"),
                            output.resolve(job).resolve("index.html"));
        }
        assertThat(row(index, "arrivals")).contains("<img src=\"arrivals/latest/charts/ko/arrivals.png\"");
    }

    @Test
    void aFailedRunShowsFailedWithItsMessageAndNoLinkToWhatItLeft() throws IOException {
        Path yearly = input.resolve("mou-arrivals-by-year.csv");
        String good = Files.readString(yearly);
        Files.writeString(yearly, good.replace("2016,302,1116,1418", "2016,3x2,1116,1418"));

        assertThat(run("arrivals")).isEqualTo(Defstats.FAILED);

        String index = Files.readString(output.resolve("index.html"));
        String failedRun = onlyFolder(output.resolve("arrivals/failed"));
        assertThat(row(index, "arrivals")).contains("data-status>failed<",
                "data-message>nothing published: 1 problem in its inputs; the first: mou-arrivals-by-year.csv:")
                .doesNotContain("report of run", "<img");
        assertThat(row(index, "education")).as("not run yet").contains("data-status>none<");
        assertThat(index).doesNotContain("failed/", failedRun + "/");
        assertThat(Files.readString(output.resolve("arrivals/index.html")))
                .contains("No run of this job is published yet.").doesNotContain("failed/", "href=\"runs/");

        Files.writeString(yearly, good);
        assertThat(run("arrivals")).isEqualTo(Defstats.OK);
        String published = onlyRun("arrivals");
        Files.writeString(yearly, good.replace("2016,302,1116,1418", "2016,302,1116,-1418"));
        assertThat(run("arrivals")).isEqualTo(Defstats.FAILED);

        index = Files.readString(output.resolve("index.html"));
        assertThat(row(index, "arrivals")).contains("data-status>failed<", "cannot be negative",
                "<a href=\"arrivals/latest/report.html\">report of run " + published + "</a>");
        assertThat(links(output, index)).allSatisfy(target -> assertThat(target).isRegularFile())
                .noneMatch(target -> target.toString().contains("/failed/"));
        assertNoPartialPages();
    }

    @Test
    void aJobWhoseFileWasRemovedIsStillListedFromTheRecord() throws IOException {
        assertThat(run("arrivals")).isEqualTo(Defstats.OK);
        Files.delete(jobs.resolve("arrivals.yaml"));

        assertThat(run("education")).isEqualTo(Defstats.OK);

        String arrivals = row(Files.readString(output.resolve("index.html")), "arrivals");
        assertThat(arrivals).contains("report of run " + onlyRun("arrivals"), "<td>not scheduled</td>");
    }

    /** No temporary file of a page is left, and the only pages are the index and each job's. */
    private void assertNoPartialPages() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
            assertThat(all.stream().filter(f -> f.getFileName().toString().matches("index(\\.[a-z]{2})?\\.html")))
                    .allMatch(f -> f.getParent().equals(output) || f.getParent().getParent().equals(output));
        }
    }

    private int run(String... jobNames) {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(jobNames));
        args.addAll(List.of("--input", input.toString(), "--jobs", jobs.toString(), "--output", output.toString()));
        return defstats.execute(args.toArray(String[]::new));
    }

    /** The files the links of a page lead to, resolved from its folder; no link leads out of the output folder. */
    private List<Path> links(Path folder, String html) {
        List<Path> targets = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            Path target = folder.resolve(link.group(1)).normalize();
            assertThat(target).startsWith(output);
            targets.add(target);
        }
        assertThat(targets).isNotEmpty();
        return targets;
    }

    private static String row(String index, String job) {
        return between(index, "<tr id=\"job-" + job + "\"", "</tr>");
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    private String onlyRun(String job) throws IOException {
        return onlyFolder(output.resolve(job).resolve("runs"));
    }

    private List<String> runs(String job) throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve(job).resolve("runs"))) {
            return runs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String onlyFolder(Path folder) throws IOException {
        try (Stream<Path> runs = Files.list(folder)) {
            List<String> ids = runs.map(p -> p.getFileName().toString()).toList();
            assertThat(ids).hasSize(1);
            return ids.get(0);
        }
    }
}
