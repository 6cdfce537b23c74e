package org.defstats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.defstats.stats.RuleException;

/**
 * Checks the cells of one data line and collects every problem of the line, so that a line with two bad
 * cells is reported twice. A getter returns null where the cell is bad; once {@link #failed()} is false,
 * null means "not published".
 */
public final class LineCheck {

    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3}){1,4}");
    private static final Set<String> NOT_PUBLISHED = Set.of("-", "–", "—", "‒", "―");

    private final CsvLine line;
    private final List<LineProblem> problems = new ArrayList<>();

    public LineCheck(CsvLine line) {
        this.line = line;
    }

    public CsvLine line() {
        return line;
    }

    public String text(String column) {
        return line.text(column);
    }

    /**
     * A count of persons: digits, with or without thousands separators ({@code 1,036}); null where the cell
     * is empty or {@code -} (not published) or bad.
     */
    public Long count(String column) {
        String text = text(column);
        if (text.isEmpty() || NOT_PUBLISHED.contains(text)) {
            return null;
        }
        if (plainDigits(text) || GROUPED.matcher(text).matches()) {
            return Long.parseLong(text.replace(",", ""));
        }
        String why = text.matches("-[0-9][0-9,]*") ? "cannot be negative"
                : text.matches("[0-9]{16,}") ? "has more than 15 digits, more persons than there are"
                : text.matches("[0-9]*\\.[0-9]+") ? "must be a whole number"
                : "must be a whole number such as 1036 or 1,036";
        problem(column, "count", column + " " + why + ", not '" + LineProblem.shortened(text)
                + "'; fix the cell, or leave it empty or '-' where the figure was not published");
        return null;
    }

    /**
     * Whether digits with commas are grouped by thousands as counts are ({@code 1,418}, not {@code 1,4,1,8} or
     * {@code 14,18}), so that other readers of figures accept the same grouping.
     */
    public static boolean groupedByThousands(String digits) {
        return GROUPED.matcher(digits).matches();
    }

    /** Digits only, 1 to 15 of them (as {@code PLAIN} says, without a regex on the path of every cell). */
    private static boolean plainDigits(String text) {
        if (text.length() > 15) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** A count that must be given. */
    public Long requiredCount(String column) {
        String text = text(column);
        if (text.isEmpty() || NOT_PUBLISHED.contains(text)) {
            problem(column, "required", column + " is " + (text.isEmpty() ? "empty" : "'" + text + "' (not published)")
                    + "; every row needs its " + column);
            return null;
        }
        return count(column);
    }

    /**
     * A value read by {@code parser}; its {@link RuleException} names the rule, any other
     * IllegalArgumentException breaks {@code rule}. Null where the value is bad.
     */
    public <T> T parsed(String column, String rule, Function<String, T> parser) {
        try {
            return parser.apply(text(column));
        }
        catch (RuleException e) {
            problem(column, e.rule(), e.getMessage());
        }
        catch (IllegalArgumentException e) {
            problem(column, rule, e.getMessage());
        }
        return null;
    }

    /** Records a problem with the cell of a column. */
    public void problem(String column, String rule, String message) {
        problems.add(new LineProblem(line.file(), line.line(), line.header().number(column), text(column), rule,
                message));
    }

    /** Records a problem with the cell at a column number. */
    public void problemAt(int column, String rule, String message) {
        problems.add(new LineProblem(line.file(), line.line(), column, line.cell(column), rule, message));
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    public List<LineProblem> problems() {
        return List.copyOf(problems);
    }
}
