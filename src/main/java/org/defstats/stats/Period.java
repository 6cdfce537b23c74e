package org.defstats.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the Ministry of Unification publishes them: a year ({@code 2016}), a block of
 * years ({@code 1999~2001}), everything up to a year ({@code ~1998}) or a span of months
 * ({@code 2016-01~2016-09}, or {@code 2016-03} for a single month). A year may carry the Korean suffix 년
 * ({@code 2016년}).
 *
 * <p>For {@link Kind#UP_TO_YEAR} the start fields are 0. For the year kinds the month fields are 1 and 12.
 */
public record Period(Kind kind, int fromYear, int fromMonth, int toYear, int toMonth) implements Comparable<Period> {

    /** The four shapes of period. */
    public enum Kind { YEAR, YEARS, UP_TO_YEAR, MONTHS }

    private static final String SHAPES = "use 2016, 1999~2001, ~1998, 2016-01~2016-09 or 2016-03";
    private static final String YEAR = "([1-9][0-9]{3})";
    private static final String MONTH = YEAR + "-([0-9]{2})";
    private static final Pattern ONE_YEAR = Pattern.compile(YEAR);
    private static final Pattern YEARS = Pattern.compile(YEAR + "~" + YEAR);
    private static final Pattern UP_TO_YEAR = Pattern.compile("~" + YEAR);
    private static final Pattern MONTHS = Pattern.compile(MONTH + "~" + MONTH);
    private static final Pattern ONE_MONTH = Pattern.compile(MONTH);
    private static final Pattern YEAR_SUFFIX = Pattern.compile("([0-9]{4})\\s*년");
    /** The first year a figure can be about. */
    public static final int FIRST_YEAR = 1945;

    private static final Pattern TILDE = Pattern.compile("\\s*~\\s*");

    /**
     * Parses the text of a period cell.
     *
     * @throws IllegalArgumentException with a message for people that says which shapes are accepted
     */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a period is missing: " + SHAPES);
        }
        String s = text.strip();
        if (s.indexOf('년') >= 0) {
            s = YEAR_SUFFIX.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('~') >= 0 && s.chars().anyMatch(c -> " \t\n\u000B\f\r".indexOf(c) >= 0)) {
            s = TILDE.matcher(s).replaceAll("~");
        }
        Matcher m;
        if ((m = ONE_YEAR.matcher(s)).matches()) {
            return year(number(m, 1));
        }
        if ((m = UP_TO_YEAR.matcher(s)).matches()) {
            return new Period(Kind.UP_TO_YEAR, 0, 0, number(m, 1), 12);
        }
        if ((m = YEARS.matcher(s)).matches()) {
            int from = number(m, 1);
            int to = number(m, 2);
            if (from == to) {
                throw error(text, "a block of one year is written " + from);
            }
            if (from > to) {
                throw new RuleException("span", quoted(text) + " ends before it starts: a block of years is "
                        + "written from~to, such as 1999~2001");
            }
            return new Period(Kind.YEARS, from, 1, to, 12);
        }
        if ((m = MONTHS.matcher(s)).matches()) {
            return months(text, number(m, 1), number(m, 2), number(m, 3), number(m, 4));
        }
        if ((m = ONE_MONTH.matcher(s)).matches()) {
            return months(text, number(m, 1), number(m, 2), number(m, 1), number(m, 2));
        }
        throw error(text, SHAPES);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 1, year, 12);
    }

    /** The canonical text of this period, which {@link #parse} reads back to an equal period. */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(fromYear);
            case YEARS -> fromYear + "~" + toYear;
            case UP_TO_YEAR -> "~" + toYear;
            case MONTHS -> fromYear == toYear && fromMonth == toMonth
                    ? month(fromYear, fromMonth)
                    : month(fromYear, fromMonth) + "~" + month(toYear, toMonth);
        };
    }

    /** Whether this period covers whole years (a year, a block of years or everything up to a year). */
    public boolean isWholeYears() {
        return kind != Kind.MONTHS;
    }

    /** Orders by start, then by end; {@code ~1998} comes before everything that starts in 1998 or later. */
    @Override
    public int compareTo(Period other) {
        int c = Integer.compare(fromYear, other.fromYear);
        c = c != 0 ? c : Integer.compare(fromMonth, other.fromMonth);
        c = c != 0 ? c : Integer.compare(toYear, other.toYear);
        c = c != 0 ? c : Integer.compare(toMonth, other.toMonth);
        // kind breaks ties so that the order agrees with equals (2016 and 2016-01~2016-12 cover the same months)
        return c != 0 ? c : kind.compareTo(other.kind);
    }

    private static Period months(String text, int fromYear, int fromMonth, int toYear, int toMonth) {
        if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) {
            throw new RuleException("month", quoted(text) + " has a month outside 01 to 12");
        }
        if (fromYear * 12 + fromMonth > toYear * 12 + toMonth) {
            throw new RuleException("span", quoted(text) + " ends before it starts: a span of months is written "
                    + "from~to, such as 2016-01~2016-09");
        }
        return new Period(Kind.MONTHS, fromYear, fromMonth, toYear, toMonth);
    }

    private static String month(int year, int month) {
        return year + (month < 10 ? "-0" : "-") + month;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static RuleException error(String text, String why) {
        return new RuleException("period", quoted(text) + " is not a period: " + why);
    }

    /** A cell as messages quote it, cut when long: a cell of an untrusted file can be of any length. */
    private static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    /**
     * Checks that a period lies between {@link #FIRST_YEAR} and {@code lastYear}.
     *
     * @throws RuleException of rule {@code year} when it does not
     */
    public Period requireYearsUpTo(int lastYear) {
        int first = kind == Kind.UP_TO_YEAR ? toYear : fromYear;
        if (first < FIRST_YEAR || toYear > lastYear) {
            throw new RuleException("year", label() + " is outside the years " + FIRST_YEAR + " to " + lastYear
                    + "; check the year");
        }
        return this;
    }
}
