package org.defstats.csv;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One record of an input CSV as the reader hands it on: a data line, the warnings about the header, or the
 * problem that stopped the reading of the file.
 *
 * @param file   the file name as the user knows it (relative to the input folder)
 * @param line   the line the record starts on, 1 being the header
 * @param values the cells as read, not yet trimmed
 */
public record CsvLine(Kind kind, String file, long line, CsvHeader header, List<String> values,
        List<LineProblem> problems) {

    /** What a record is. */
    public enum Kind { DATA, HEADER_WARNINGS, UNREADABLE }

    private static final String FOOTNOTE_STARTS = "※*†‡주註출자비nNsS";
    private static final Pattern FOOTNOTE = Pattern.compile(
            "^(?:[※*†‡]|(?:주|註|출처|자료|비고|note|notes|source|sources)\\s*[:)．.]).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public CsvLine {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    public static CsvLine data(String file, long line, CsvHeader header, List<String> values) {
        return new CsvLine(Kind.DATA, file, line, header, values, List.of());
    }

    public static CsvLine headerWarnings(String file, CsvHeader header, List<LineProblem> warnings) {
        return new CsvLine(Kind.HEADER_WARNINGS, file, 1, header, List.of(), warnings);
    }

    public static CsvLine unreadable(String file, LineProblem problem) {
        return new CsvLine(Kind.UNREADABLE, file, problem.line(), null, List.of(), List.of(problem));
    }

    /** The cell of a column, trimmed, with full-width ASCII folded (full-width digits become 0-9). */
    public String text(String column) {
        return cell(header.number(column));
    }

    /** The cell at a column number (from 1), trimmed and normalised, empty when the line is shorter. */
    public String cell(int number) {
        if (number <= 0 || number > values.size()) {
            return "";
        }
        return Column.fold(values.get(number - 1)).strip();
    }

    /** Whether every cell is empty, as in the empty rows spreadsheets export at the end. */
    public boolean isBlank() {
        return values.stream().allMatch(String::isBlank);
    }

    /** Whether the line is a footnote: its first cell starts with ※, *, 주: or Note: and the rest are empty. */
    public boolean isFootnote() {
        int first = 0;
        while (first < values.size() && values.get(first).isBlank()) {
            first++;
        }
        if (first == values.size()) {
            return false;
        }
        String cell = cell(first + 1);
        // the first characters FOOTNOTE can start with, so that a data line costs no regular expression
        if (cell.isEmpty() || FOOTNOTE_STARTS.indexOf(cell.charAt(0)) < 0 || !FOOTNOTE.matcher(cell).matches()) {
            return false;
        }
        return values.subList(first + 1, values.size()).stream().allMatch(String::isBlank);
    }

    /** The first column number beyond the named columns whose cell is not empty, else 0. */
    public int valueBeyondHeader() {
        for (int i = header.width(); i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether a cell is the label of a total row: 합계, 계, 총계 or Total. */
    public boolean isTotalLabel(String column) {
        String raw = text(column);
        if (!raw.isEmpty() && raw.charAt(0) >= '0' && raw.charAt(0) <= '9') {
            return false;
        }
        String text = Column.normalize(raw);
        return List.of("합계", "계", "총계", "total", "grandtotal").contains(text.toLowerCase(Locale.ROOT));
    }
}
