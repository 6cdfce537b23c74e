package org.defstats.stocks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.defstats.csv.Column;
import org.defstats.education.Level;

/**
 * What a stock table breaks the defectors down by: each kind knows the column of its categories, the category
 * codes in display order with their Korean labels, and how to read a label of an input. What charts call a
 * breakdown and its categories is in the stocks message catalogue ({@link ChartFormats}).
 */
public enum Breakdown {
    EDUCATION("education",
            Column.required("education", "level", "학력", "북한학력", "재북학력"),
            categories(Level.values(), Level::code, Level::koreanLabels),
            label -> Level.ofLabel(label).map(Level::code), Level.labels()),
    OCCUPATION("occupation",
            Column.required("occupation", "직업", "북한직업", "재북직업"),
            categories(Occupation.values(), Occupation::code, Occupation::koreanLabels),
            label -> Occupation.ofLabel(label).map(Occupation::code), Occupation.labels()),
    AGE("age",
            Column.required("age_band", "age", "연령", "연령대", "입국연령", "입국시연령"),
            categories(AgeBand.values(), AgeBand::code, AgeBand::koreanLabels),
            label -> AgeBand.ofLabel(label).map(AgeBand::code), AgeBand.labels());

    private final String code;
    private final Column column;
    private final Map<String, String> koreanLabels;
    private final Function<String, Optional<String>> reader;
    private final String accepted;

    Breakdown(String code, Column column, Map<String, String> koreanLabels,
            Function<String, Optional<String>> reader, String accepted) {
        this.code = code;
        this.column = column;
        this.koreanLabels = koreanLabels;
        this.reader = reader;
        this.accepted = accepted;
    }

    /** The name in tables, file names and messages: {@code education}, {@code occupation} or {@code age}. */
    public String code() {
        return code;
    }

    /** The input column of the categories, with its Korean names. */
    public Column column() {
        return column;
    }

    /** The category codes in display order, e.g. {@code 0-9} to {@code 60+}. */
    public List<String> categories() {
        return List.copyOf(koreanLabels.keySet());
    }

    /** The usual Korean label of MOU tables for a category code, e.g. 노동자 for {@code laborer}. */
    public String koreanLabel(String category) {
        String label = koreanLabels.get(category);
        if (label == null) {
            throw new IllegalArgumentException("'" + category + "' is not a category of " + code);
        }
        return label;
    }

    /** The category code of a label in an input (a code or a Korean label), empty when it is none. */
    public Optional<String> category(String label) {
        return reader.apply(label);
    }

    /** Every category code with its Korean labels, for messages about an unknown label. */
    public String acceptedLabels() {
        return accepted;
    }

    /** The breakdown of a code such as {@code occupation}. */
    public static Optional<Breakdown> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }

    private static <E> Map<String, String> categories(E[] values, Function<E, String> code,
            Function<E, List<String>> labels) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (E value : values) {
            byCode.put(code.apply(value), labels.apply(value).get(0));
        }
        return java.util.Collections.unmodifiableMap(byCode);
    }
}
