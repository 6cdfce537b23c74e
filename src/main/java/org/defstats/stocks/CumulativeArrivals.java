package org.defstats.stocks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defstats.stats.Period;

/**
 * How many defectors had arrived in total by the end of a year, by sex where every period up to it gives the
 * split (male and female are null otherwise).
 */
public record CumulativeArrivals(int year, Long male, Long female, long total) {

    /**
     * The cumulative arrivals at the end of each period of the yearly arrivals: a year's figure is known only
     * when the periods, in order, start with everything up to a year ({@code ~1998}) and follow each other
     * without a gap or overlap up to it. Without such a start nothing is known and the list is empty, since a
     * sum that leaves out the early years would be too low; after a gap or overlap the later years are left
     * out. A period's figure is taken as its whole years, as the yearly input holds only whole years.
     */
    public static List<CumulativeArrivals> byYearEnd(List<YearlyArrivals> yearly) {
        List<YearlyArrivals> sorted = yearly.stream().sorted((a, b) -> a.period().compareTo(b.period())).toList();
        List<CumulativeArrivals> cumulative = new ArrayList<>();
        Long male = 0L;
        Long female = 0L;
        long total = 0;
        for (YearlyArrivals row : sorted) {
            Period period = row.period();
            boolean follows = cumulative.isEmpty() ? period.kind() == Period.Kind.UP_TO_YEAR
                    : period.isWholeYears() && period.kind() != Period.Kind.UP_TO_YEAR
                            && period.fromYear() == cumulative.get(cumulative.size() - 1).year() + 1;
            if (!follows) {
                break;
            }
            male = male == null || row.male() == null ? null : Math.addExact(male, row.male());
            female = female == null || row.female() == null ? null : Math.addExact(female, row.female());
            total = Math.addExact(total, row.total());
            cumulative.add(new CumulativeArrivals(period.toYear(), male, female, total));
        }
        return List.copyOf(cumulative);
    }

    /** The figure of a sex: the total for {@link Sex#ALL}, empty where it is not known. */
    public Optional<Long> of(Sex sex) {
        return Optional.ofNullable(switch (sex) {
            case MALE -> male;
            case FEMALE -> female;
            case ALL -> total;
        });
    }

    /** The figure at the end of the year of {@code month}, empty when the arrivals do not reach that year. */
    static Optional<CumulativeArrivals> atEndOfYearOf(List<CumulativeArrivals> arrivals, YearMonth month) {
        return arrivals.stream().filter(a -> a.year() == month.getYear()).findFirst();
    }
}
