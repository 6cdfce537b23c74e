package org.defstats.stats;

/**
 * A reporting period as the Ministry of Unification publishes them: a year ({@code 2016}), a block of
 * years ({@code 1999~2001}), everything up to a year ({@code ~1998}) or a span of months
 * ({@code 2016-01~2016-09}).
 *
 * <p>For {@link Kind#UP_TO_YEAR} the start fields are 0. For the year kinds the month fields are 1 and 12.
 */
public record Period(Kind kind, int fromYear, int fromMonth, int toYear, int toMonth) implements Comparable<Period> {

    /** The four shapes of period. */
    public enum Kind { YEAR, YEARS, UP_TO_YEAR, MONTHS }

    /**
     * Parses the text of a period cell.
     *
     * @throws IllegalArgumentException with a message for people that says which shapes are accepted
     */
    public static Period parse(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 1, year, 12);
    }

    /** The canonical text of this period, which {@link #parse} reads back to an equal period. */
    public String label() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Whether this period covers whole years (a year, a block of years or everything up to a year). */
    public boolean isWholeYears() {
        return kind != Kind.MONTHS;
    }

    /** Orders by start, then by end; {@code ~1998} comes before everything that starts in 1998 or later. */
    @Override
    public int compareTo(Period other) {
        throw new UnsupportedOperationException("TODO");
    }
}
