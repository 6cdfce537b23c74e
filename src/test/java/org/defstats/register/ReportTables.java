package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tables of a register report, read from its HTML, and the labels it shows for categories. */
final class ReportTables {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"(\\w+)\"[^>]*>(.*?)</td>", Pattern.DOTALL);

    private ReportTables() {
    }

    /**
     * The body rows of the report's table of a file: each the label cells' text, then the count and status cells
     * as {@code class:text}.
     */
    static List<List<String>> rows(String report, String file) {
        int start = report.indexOf("<h3 id=\"table-" + file + "\">");
        assertThat(start).as("the report's table " + file).isNotNegative();
        int end = report.indexOf("</table>", start);
        String body = report.substring(report.indexOf("<tbody>", start), end);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).equals("text") && cells.size() < countColumn(row.group(1))
                        ? cell.group(2) : cell.group(1) + ":" + cell.group(2));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The position of the count cell: the first cell that is not a label. */
    private static int countColumn(String row) {
        Matcher cell = CELL.matcher(row);
        int position = 0;
        while (cell.find() && cell.group(1).equals("text")) {
            position++;
        }
        return position;
    }

    /** The label a report shows for a category: {@link #label}, every margin in words (All years). */
    static String shown(Properties words, String dimension, String category) {
        return label(words, dimension, category);
    }

    /** The label of a category: years and age bands as they are, others and every margin from the catalogue. */
    static String label(Properties words, String dimension, String category) {
        if (!category.equals(RegisterRuns.TOTAL)
                && (dimension.equals("arrival_year") || dimension.equals("age_band"))) {
            return category;
        }
        String label = words.getProperty("value." + dimension + "." + category);
        assertThat(label).as("the label of " + dimension + " " + category).isNotNull();
        return label;
    }

    /** The register package's message catalogue of a language, as the reports and charts take their words. */
    static Properties catalogue(String language) throws IOException {
        Properties words = new Properties();
        try (var in = ReportTables.class.getResourceAsStream("messages_" + language + ".properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
