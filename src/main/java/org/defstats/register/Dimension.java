package org.defstats.register;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.defstats.education.Level;
import org.defstats.stocks.Occupation;
import org.defstats.stocks.Sex;

/**
 * What a register table can count persons by. Each person has one category of each dimension, by index; a
 * dimension has a fixed number of indices ({@link #size}), so that a table's counts are an array of its cells.
 */
public enum Dimension {
    ARRIVAL_YEAR,
    SEX,
    EDUCATION,
    AGE_BAND,
    OCCUPATION,
    PROVINCE;

    /** The first year of arrival a table can count: index 0 of {@link #ARRIVAL_YEAR}. */
    public static final int FIRST_YEAR = org.defstats.stats.Period.FIRST_YEAR;
    private static final int YEARS = 200;

    /** The name in job files and table columns, e.g. {@code arrival_year}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Dimension::code).collect(Collectors.joining(", "));
    }

    /** How many categories the dimension can have. */
    int size(AgeBands bands) {
        return switch (this) {
            case ARRIVAL_YEAR -> YEARS;
            case SEX -> 2;
            case EDUCATION -> Level.values().length;
            case AGE_BAND -> bands.lowerBounds().size();
            case OCCUPATION -> Occupation.values().length;
            case PROVINCE -> Province.values().length;
        };
    }

    /** The category of a person, by index. */
    int index(Person person, AgeBands bands) {
        return switch (this) {
            case ARRIVAL_YEAR -> Math.min(person.arrival().getYear() - FIRST_YEAR, YEARS - 1);
            case SEX -> person.sex() == Sex.MALE ? 0 : 1;
            case EDUCATION -> person.education().ordinal();
            case AGE_BAND -> bands.index(person.ageAtEntry());
            case OCCUPATION -> person.occupation().ordinal();
            case PROVINCE -> person.province().ordinal();
        };
    }

    /** The code of the category at an index: {@code 2016}, {@code female}, {@code 20-29}, {@code laborer}. */
    String category(int index, AgeBands bands) {
        return switch (this) {
            case ARRIVAL_YEAR -> Integer.toString(FIRST_YEAR + index);
            case SEX -> index == 0 ? Sex.MALE.code() : Sex.FEMALE.code();
            case EDUCATION -> Level.values()[index].code();
            case AGE_BAND -> bands.codes().get(index);
            case OCCUPATION -> Occupation.values()[index].code();
            case PROVINCE -> Province.values()[index].code();
        };
    }

    /** The categories a table shows, all of them except years, of which only those from the first arrival to the last. */
    List<Integer> shown(AgeBands bands, int firstYear, int lastYear) {
        int from = this == ARRIVAL_YEAR ? firstYear : 0;
        int to = this == ARRIVAL_YEAR ? lastYear : size(bands) - 1;
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
