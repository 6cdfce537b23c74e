package org.defstats.register;

import java.util.List;

/**
 * The Ministry of Unification's published figures the synthetic register is made to follow, copied from the
 * shipped inputs (input/mou-arrivals-by-year.csv, input/mou-*-snapshots.csv; a test checks the copies against
 * the files): arrivals per period and sex to the end of 2025, and the breakdowns of everyone who had arrived by
 * education, occupation and age at entry, by sex in September 2020 and for everyone at the end of 2022.
 */
final class MouFigures {

    /** Arrivals of one period as published: a year, or a block of years {@code from} to {@code to}. */
    record Arrivals(String period, int from, int to, long male, long female) {
    }

    /** A breakdown's counts in category order (the order of the categories' enum). */
    record Breakdown(long[] male2020, long[] female2020, long[] all2020, long[] all2022) {
    }

    /**
     * The first year the {@code ~1998} block is spread over; the MOU publishes no split of it, so the synthetic
     * register spreads it evenly over 1990–1998 (an assumption, see input/README.md).
     */
    static final int FIRST_YEAR = 1990;

    static final List<Arrivals> ARRIVALS = List.of(
            new Arrivals("~1998", FIRST_YEAR, 1998, 831, 116),
            new Arrivals("1999~2001", 1999, 2001, 565, 478),
            year(2002, 510, 632), year(2003, 474, 811), year(2004, 626, 1272), year(2005, 424, 960),
            year(2006, 515, 1513), year(2007, 573, 1981), year(2008, 608, 2195), year(2009, 662, 2252),
            year(2010, 591, 1811), year(2011, 795, 1911), year(2012, 404, 1098), year(2013, 369, 1145),
            year(2014, 305, 1092), year(2015, 251, 1024), year(2016, 302, 1116), year(2017, 188, 939),
            year(2018, 168, 969), year(2019, 202, 845), year(2020, 72, 157), year(2021, 40, 23),
            year(2022, 35, 32), year(2023, 32, 164), year(2024, 26, 210), year(2025, 26, 198));

    /** Age at entry, bands 0-9, 10-19, … 50-59, 60+ (input/mou-age-snapshots.csv). */
    static final Breakdown AGE = new Breakdown(
            new long[] {651, 1697, 2615, 2142, 1376, 573, 342},
            new long[] {646, 2103, 6952, 7523, 4581, 1453, 994},
            new long[] {1297, 3800, 9567, 9665, 5957, 2026, 1336},
            new long[] {1297, 3811, 9601, 9719, 6011, 2049, 1348});

    /**
     * Occupation in the North, in the order of {@link org.defstats.stocks.Occupation}
     * (input/mou-occupation-snapshots.csv).
     */
    static final Breakdown OCCUPATION = new Breakdown(
            new long[] {412, 703, 4142, 3210, 90, 82, 224, 533},
            new long[] {139, 156, 9205, 11928, 1440, 220, 522, 642},
            new long[] {551, 859, 13347, 15138, 1530, 302, 746, 1175},
            new long[] {550, 883, 13399, 15170, 1553, 305, 764, 1212});

    /**
     * Education in the North, in the order of {@link org.defstats.education.Level} (none, preschool,
     * kindergarten, primary, secondary, junior_college, university, unknown); the MOU published men's counts in
     * September 2020 and everyone's at the end of 2022 only (input/mou-education-snapshots.csv).
     */
    static final long[] EDUCATION_MALE_2020 = {359, 418, 137, 801, 5695, 837, 1099, 50};
    static final long[] EDUCATION_ALL_2022 = {875, 822, 350, 2305, 23471, 3537, 2343, 133};

    /**
     * Provinces of origin, in the order of {@link Province}, per 1,000 persons. <b>Assumed</b>: the MOU publishes
     * no such table; press reports say most defectors come from the border provinces, so North Hamgyong and
     * Ryanggang take three quarters.
     */
    static final long[] PROVINCE_PER_MILLE = {30, 40, 30, 10, 20, 20, 20, 80, 580, 165, 3, 2};

    private MouFigures() {
    }

    private static Arrivals year(int year, long male, long female) {
        return new Arrivals(Integer.toString(year), year, year, male, female);
    }
}
