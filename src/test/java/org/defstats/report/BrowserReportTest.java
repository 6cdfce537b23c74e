package org.defstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.defstats.cli.InProcessDefstats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The reports of the shipped jobs as a reader sees them, in Debian's headless chromium driven by its chromedriver
 * (installed by {@code .ci/run}; skipped, saying why, where they are missing): every report opens from
 * {@code file://} with no console error and nothing fetched but files and {@code data:} URLs, every chart is drawn
 * with a size, the tables show the published figures, the Korean reports show Korean words drawn in the embedded
 * NanumGothic rather than boxes, and every relative link leads to a file of the run. The site's index, where a run
 * writes one, is opened too. A screenshot of every page is written to {@code target/screenshots/} for a person to
 * look at. One browser for all pages.
 */
class BrowserReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> JOBS = List.of("arrivals", "education", "register", "stocks");

    @TempDir
    static Path temp;

    private static Path output;
    private static ChromeDriver browser;

    @BeforeAll
    static void runTheShippedJobsAndStartTheBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser to open the reports with: install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver, as .ci/run does) for " + CHROMIUM + " and "
                        + CHROMEDRIVER);
        output = temp.resolve("output");
        InProcessDefstats defstats = new InProcessDefstats();
        assertThat(defstats.execute("run", "--input", "input", "--jobs", "jobs", "--output", output.toString()))
                .as(defstats.err()).isZero();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyReportOpensFromItsFileWithEveryChartDrawnAndNothingFetched() throws IOException {
        for (String job : JOBS) {
            for (String report : List.of("report.html", "report.ko.html")) {
                Path page = output.resolve(job).resolve("latest").resolve(report);
                open(page, job + "-" + report);
                String chartFolder = report.equals("report.html") ? "charts" : "charts/ko";
                long charts;
                try (Stream<Path> files = Files.list(page.resolveSibling(chartFolder))) {
                    charts = files.filter(f -> f.toString().endsWith(".svg")).count();
                }
                List<Map<String, Object>> drawn = script("return [...document.querySelectorAll('figure.chart svg')]"
                        + ".map(s => { const r = s.getBoundingClientRect(); const t = [...s.querySelectorAll('text')]"
                        + ".map(e => e.getBBox().width); return {width: r.width, height: r.height, texts: t.length,"
                        + " drawnTexts: t.filter(w => w > 0).length, visible: getComputedStyle(s).visibility}; })");
                assertThat(drawn).as(page + ": one chart per SVG file of " + chartFolder).hasSize((int) charts);
                assertThat(charts).isPositive();
                for (Map<String, Object> chart : drawn) {
                    assertThat(((Number) chart.get("width")).doubleValue()).as(page + " chart width").isGreaterThan(300);
                    assertThat(((Number) chart.get("height")).doubleValue()).as(page + " chart height").isGreaterThan(150);
                    assertThat(chart.get("visible")).isEqualTo("visible");
                    assertThat(((Number) chart.get("texts")).intValue()).as(page + " chart text").isPositive();
                    assertThat(chart.get("drawnTexts")).as(page + ": every text of a chart drawn").isEqualTo(chart.get("texts"));
                }
            }
        }
    }

    @Test
    void theArrivalsReportsShowThePublishedFiguresOf2016() throws IOException {
        for (String report : List.of("report.html", "report.ko.html")) {
            open(output.resolve("arrivals/latest").resolve(report), null);
            List<String> row = script("const table = document.getElementById('table-yearly.csv')"
                    + ".nextElementSibling; const row = [...table.querySelectorAll('tbody tr')]"
                    + ".find(r => r.cells[0].textContent === '2016'); return [...row.cells].map(c => c.innerText);");
            assertThat(row.get(3)).as(report + " 2016 total").isEqualTo("1,418");
            assertThat(row.get(4)).as(report + " 2016 share of women, and the persons it is of")
                    .isEqualTo("78.7\nn = 1,418");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKoreanReportsShowKoreanWordsDrawnInTheEmbeddedKoreanFont() throws IOException {
        for (String job : JOBS) {
            Path page = output.resolve(job).resolve("latest/report.ko.html");
            open(page, null);
            Map<String, Object> text = script("return {lang: document.documentElement.lang,"
                    + " h1: document.querySelector('h1').innerText, charts: document.querySelector('#charts h2').innerText,"
                    + " header: document.querySelector('#tables th').innerText};");
            assertThat(text.get("lang")).isEqualTo("ko");
            assertThat(text.get("charts")).isEqualTo("그래프");
            assertThat((String) text.get("h1")).as(page + " heading").containsPattern("[가-힣]{2}");
            assertThat((String) text.get("header")).as(page + " first column title").containsPattern("[가-힣]");

            Map<String, Object> font = asyncScript("const done = arguments[arguments.length - 1];"
                    + " document.fonts.ready.then(() => { const faces = [...document.fonts]"
                    + ".filter(f => f.family.replace(/[\"']/g, '') === 'NanumGothic');"
                    + " const width = (element, family) => { const s = document.createElement('span');"
                    + " const style = getComputedStyle(element); s.textContent = element.textContent.replace(/[^가-힣]/g, '');"
                    + " s.style.fontSize = style.fontSize; s.style.fontWeight = style.fontWeight;"
                    + " s.style.fontFamily = family || style.fontFamily; s.style.whiteSpace = 'nowrap';"
                    + " document.body.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return w; };"
                    + " const texts = [document.querySelector('h1'), document.querySelector('#charts h2'),"
                    + " document.querySelector('dl.facts dt'), document.querySelector('nav.languages [aria-current]')];"
                    + " done({faces: faces.length, loaded: faces.filter(f => f.status === 'loaded').length,"
                    + " page: texts.map(e => width(e)), nanum: texts.map(e => width(e, 'NanumGothic')),"
                    + " boxes: texts.map(e => width(e, 'no-such-font-defstats'))}); });");
            assertThat(((Number) font.get("faces")).intValue()).as(page + ": the @font-face of its Korean text").isOne();
            assertThat(((Number) font.get("loaded")).intValue()).as(page + ": the embedded font loaded and used").isOne();
            List<Number> pageWidths = (List<Number>) font.get("page");
            List<Number> nanumWidths = (List<Number>) font.get("nanum");
            List<Number> boxWidths = (List<Number>) font.get("boxes");
            for (int i = 0; i < pageWidths.size(); i++) {
                assertThat(nanumWidths.get(i).doubleValue()).as(page + " text " + i
                        + ": NanumGothic draws it otherwise than a font without Hangul (boxes)")
                        .isNotCloseTo(boxWidths.get(i).doubleValue(), within(0.5));
                assertThat(pageWidths.get(i).doubleValue()).as(page + " text " + i
                        + " in the page's own font is drawn as in NanumGothic, not as boxes")
                        .isCloseTo(nanumWidths.get(i).doubleValue(), within(0.5));
            }
        }
    }

    @Test
    void everyLinkOfAReportLeadsToAFileOfItsRun() throws IOException {
        for (String job : JOBS) {
            for (String report : List.of("report.html", "report.ko.html")) {
                Path page = output.resolve(job).resolve("latest").resolve(report);
                open(page, null);
                List<String> links = script("return [...document.querySelectorAll('a[href]')]"
                        + ".map(a => a.href).filter(h => !h.includes('#'));");
                assertThat(links).as(page + " links").isNotEmpty();
                for (String link : links) {
                    assertThat(link).as(page + " link").startsWith("file:");
                    assertThat(Path.of(URI.create(link))).as(page + " link " + link).isRegularFile();
                }
            }
        }
    }

    @Test
    void theSiteIndexWhereARunWritesOneLinksToEveryReport() throws IOException {
        Path index = output.resolve("index.html");
        Assumptions.assumeTrue(Files.isRegularFile(index), "this build writes no site index (output/index.html)");
        open(index, "index.html");
        List<String> links = script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"
                + ".filter(h => h.startsWith('file:')).map(h => h.split('#')[0]);");
        for (String job : JOBS) {
            assertThat(links).as("the index links to " + job + "'s report")
                    .anyMatch(l -> l.endsWith("/" + job + "/latest/report.html"));
        }
        for (String link : links) {
            assertThat(Path.of(URI.create(link))).as("index link " + link).exists();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKoreanSiteLinksToEveryKoreanReportAndEveryLinkOfItsPagesResolves() throws IOException {
        Path index = output.resolve("index.ko.html");
        assertThat(index).as("the shipped jobs publish Korean, so the site has a Korean index").isRegularFile();
        open(index, "index.ko.html");
        Map<String, Object> text = script("return {lang: document.documentElement.lang,"
                + " header: document.querySelector('table.jobs th').innerText};");
        assertThat(text.get("lang")).isEqualTo("ko");
        assertThat((String) text.get("header")).containsPattern("[가-힣]");
        Number loaded = asyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() =>"
                + " done([...document.fonts].filter(f => f.family.replace(/[\"']/g, '') === 'NanumGothic'"
                + " && f.status === 'loaded').length));");
        assertThat(loaded.intValue()).as("the Korean index draws its words in the embedded NanumGothic").isOne();
        List<String> links = script("return [...document.querySelectorAll('a[href], img[src]')]"
                + ".map(a => a.href || a.src).filter(h => h.startsWith('file:')).map(h => h.split('#')[0]);");
        assertThat(links).as("the Korean index links to the English one").anyMatch(l -> l.endsWith("/index.html"));
        for (String job : JOBS) {
            assertThat(links).as("the Korean index links to " + job + "'s Korean report")
                    .anyMatch(l -> l.endsWith("/" + job + "/latest/report.ko.html"))
                    .anyMatch(l -> l.endsWith("/" + job + "/index.ko.html"));
        }
        for (String link : links) {
            assertThat(Path.of(URI.create(link))).as("Korean index link " + link).isRegularFile();
        }
        for (String job : JOBS) {
            Path page = output.resolve(job).resolve("index.ko.html");
            open(page, job + "-index.ko.html");
            List<String> pageLinks = script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"
                    + ".filter(h => h.startsWith('file:')).map(h => h.split('#')[0]);");
            assertThat(pageLinks).as(page + " links to its runs' Korean reports and the English page")
                    .anyMatch(l -> l.contains("/runs/") && l.endsWith("/report.ko.html"))
                    .anyMatch(l -> l.endsWith("/" + job + "/index.html"));
            for (String link : pageLinks) {
                assertThat(Path.of(URI.create(link))).as(page + " link " + link).isRegularFile();
            }
        }
    }

    /**
     * Opens a page, requires that it logged no console error and fetched nothing but files and data: URLs, and
     * writes a screenshot of the whole page when named.
     */
    private static void open(Path page, String screenshot) throws IOException {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(page.toUri().toString());
        List<String> fetched = script("return performance.getEntries().filter(e => e.name !== undefined"
                + " && (e.entryType === 'resource' || e.entryType === 'navigation')).map(e => e.name);");
        assertThat(fetched).as(page + ": what the page fetched").isNotEmpty()
                .allMatch(url -> url.startsWith("file:") || url.startsWith("data:"));
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertThat(errors).as(page + ": console errors and warnings").isEmpty();
        if (screenshot != null) {
            Map<String, Object> size = script("return {width: document.documentElement.scrollWidth,"
                    + " height: document.documentElement.scrollHeight};");
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                            "height", size.get("height"), "scale", 1)));
            Files.write(SCREENSHOTS.resolve(screenshot + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T script(String script) {
        return (T) ((JavascriptExecutor) browser).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static <T> T asyncScript(String script) {
        return (T) ((JavascriptExecutor) browser).executeAsyncScript(script);
    }
}
