package org.defstats.register;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.defstats.education.Level;
import org.defstats.stocks.Occupation;
import org.defstats.stocks.Sex;

/**
 * Makes a synthetic register (no real one is public): one person per line, sorted by id, whose arrivals per year
 * and sex are the MOU's exactly (at {@value #REAL_TOTAL} persons) and whose other columns are drawn, with a
 * seeded SplitMix64, from the MOU's breakdowns ({@link MouFigures}). The same seed and size give the same bytes
 * everywhere. Pure: it writes to the {@link Appendable} it is given and nothing else.
 *
 * <p>How it draws: the {@code ~1998} and {@code 1999~2001} blocks are spread evenly over their years (the first
 * years taking the remainder); each person's month is uniform over the year; sex-specific weights for age at
 * entry and occupation are the September 2020 counts of the sex scaled to the end-2022 total of the category
 * (MOU tables of everyone), for education the men's September 2020 counts and, for women, end-2022 everyone's
 * minus those; the age is uniform within its band (60+ as 60 to 79) and the birth year follows from it and the
 * month ({@link Person#ageAtEntry}); provinces follow assumed weights. Columns are drawn independently given sex.
 * A size other than {@value #REAL_TOTAL} scales every period's men and women by size / {@value #REAL_TOTAL},
 * rounding by largest remainder so that they add up to the size.
 */
public final class SyntheticRegister {

    /** Persons who arrived to the end of 2025, by the MOU's yearly figures. */
    public static final long REAL_TOTAL = 34_538;
    /** The most persons a register is made of (ten billion is already far beyond any use). */
    public static final long MAX_PERSONS = 10_000_000_000L;
    public static final String HEADER = "id,arrival,sex,birth_year,education,occupation,province";

    private static final int[] AGE_FROM = {0, 10, 20, 30, 40, 50, 60};
    private static final int[] AGE_WIDTH = {10, 10, 10, 10, 10, 10, 20};

    /** Arrivals of one year in the register. */
    public record YearCount(int year, long male, long female) {
    }

    private SyntheticRegister() {
    }

    /** The men and women per year of a register of {@code persons}; the MOU's figures at {@value #REAL_TOTAL}. */
    public static List<YearCount> yearlyCounts(long persons) {
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("persons must be from 1 to " + MAX_PERSONS + ", not " + persons);
        }
        List<MouFigures.Arrivals> periods = MouFigures.ARRIVALS;
        long[] published = new long[periods.size() * 2];
        for (int i = 0; i < periods.size(); i++) {
            published[2 * i] = periods.get(i).male();
            published[2 * i + 1] = periods.get(i).female();
        }
        long[] scaled = largestRemainder(published, persons);
        List<YearCount> years = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            MouFigures.Arrivals period = periods.get(i);
            int span = period.to() - period.from() + 1;
            for (int y = 0; y < span; y++) {
                years.add(new YearCount(period.from() + y, share(scaled[2 * i], span, y),
                        share(scaled[2 * i + 1], span, y)));
            }
        }
        return List.copyOf(years);
    }

    /**
     * Writes the header and every person, one line each with LF endings.
     *
     * @return the number of persons written
     */
    public static long write(long seed, long persons, Appendable out) throws IOException {
        Draws draws = new Draws(new SplitMix(seed));
        out.append(HEADER).append('\n');
        long id = 0;
        StringBuilder line = new StringBuilder(80);
        for (YearCount year : yearlyCounts(persons)) {
            long[][] perMonth = {draws.months(year.male()), draws.months(year.female())};
            for (int month = 1; month <= 12; month++) {
                long men = perMonth[0][month - 1];
                long women = perMonth[1][month - 1];
                while (men + women > 0) {
                    boolean male = draws.random.nextLong(men + women) < men;
                    if (male) {
                        men--;
                    }
                    else {
                        women--;
                    }
                    line.setLength(0);
                    draws.person(++id, YearMonth.of(year.year(), month), male ? Sex.MALE : Sex.FEMALE, line);
                    out.append(line).append('\n');
                }
            }
        }
        return id;
    }

    /** Part {@code index} of {@code count} spread evenly over {@code span} parts, the first ones taking the rest. */
    private static long share(long count, int span, int index) {
        return count / span + (index < count % span ? 1 : 0);
    }

    /** {@code counts} scaled to add up to {@code total}: floors, then one more for the largest remainders. */
    static long[] largestRemainder(long[] counts, long total) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        long[] scaled = new long[counts.length];
        long[] remainders = new long[counts.length];
        long given = 0;
        for (int i = 0; i < counts.length; i++) {
            // counts are below 10^4 and total at most 10^10, so the product fits in a long
            scaled[i] = counts[i] * total / sum;
            remainders[i] = counts[i] * total % sum;
            given += scaled[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            scaled[best]++;
            remainders[best] = -1;
        }
        return scaled;
    }

    /** The draws of one register, in a fixed order from one generator. */
    private static final class Draws {

        private final SplitMix random;
        private final long[][] age = new long[2][];
        private final long[][] occupation = new long[2][];
        private final long[][] education = new long[2][];
        private final long[] ageTotal = new long[2];
        private final long[] occupationTotal = new long[2];
        private final long[] educationTotal = new long[2];
        private final long provinceTotal;

        Draws(SplitMix random) {
            this.random = random;
            MouFigures.Breakdown a = MouFigures.AGE;
            MouFigures.Breakdown o = MouFigures.OCCUPATION;
            age[0] = bySex(a.male2020(), a);
            age[1] = bySex(a.female2020(), a);
            occupation[0] = bySex(o.male2020(), o);
            occupation[1] = bySex(o.female2020(), o);
            education[0] = new long[MouFigures.EDUCATION_MALE_2020.length];
            education[1] = new long[MouFigures.EDUCATION_MALE_2020.length];
            for (int i = 0; i < education[0].length; i++) {
                education[0][i] = MouFigures.EDUCATION_MALE_2020[i];
                education[1][i] = MouFigures.EDUCATION_ALL_2022[i] - MouFigures.EDUCATION_MALE_2020[i];
            }
            for (int s = 0; s < 2; s++) {
                ageTotal[s] = sum(age[s]);
                occupationTotal[s] = sum(occupation[s]);
                educationTotal[s] = sum(education[s]);
            }
            provinceTotal = sum(MouFigures.PROVINCE_PER_MILLE);
        }

        /** A sex's 2020 counts scaled to each category's end-2022 total, in thousandths of a person. */
        private static long[] bySex(long[] sex2020, MouFigures.Breakdown breakdown) {
            long[] weights = new long[sex2020.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Math.round(1000.0 * sex2020[i] * breakdown.all2022()[i] / breakdown.all2020()[i]);
            }
            return weights;
        }

        private static long sum(long[] values) {
            long sum = 0;
            for (long v : values) {
                sum += v;
            }
            return sum;
        }

        /** How many of {@code persons} arrive in each month, each month as likely. */
        long[] months(long persons) {
            long[] months = new long[12];
            for (long i = 0; i < persons; i++) {
                months[random.nextInt(12)]++;
            }
            return months;
        }

        void person(long id, YearMonth arrival, Sex sex, StringBuilder line) {
            int s = sex == Sex.MALE ? 0 : 1;
            int band = random.weighted(age[s], ageTotal[s]);
            int ageAtEntry = AGE_FROM[band] + random.nextInt(AGE_WIDTH[band]);
            int birthYear = arrival.getYear() - ageAtEntry - (arrival.getMonthValue() < Person.BIRTHDAY_MONTH ? 1 : 0);
            Level level = Level.values()[random.weighted(education[s], educationTotal[s])];
            Occupation job = Occupation.values()[random.weighted(occupation[s], occupationTotal[s])];
            Province province = Province.values()[random.weighted(MouFigures.PROVINCE_PER_MILLE, provinceTotal)];
            line.append(id).append(',').append(arrival).append(',').append(sex.code()).append(',').append(birthYear)
                    .append(',').append(level.code()).append(',').append(job.code()).append(',')
                    .append(province.code());
        }
    }
}
