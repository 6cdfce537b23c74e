package org.defstats.stocks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.defstats.csv.LabelIndex;

/** Occupations in North Korea, in the order of MOU tables, with the Korean labels of those tables. */
public enum Occupation {
    MANAGEMENT("관리직"),
    MILITARY("군인"),
    LABORER("노동자"),
    UNEMPLOYED_OR_DEPENDENT("무직부양", "무직(부양)", "무직/부양"),
    SERVICE("봉사분야", "봉사"),
    ARTS_SPORTS("예술체육", "예술/체육", "예술·체육"),
    PROFESSIONAL("전문직"),
    NOT_APPLICABLE_CHILDREN("비대상(아동)", "비대상", "비대상/아동");

    private final List<String> labels;
    private static final LabelIndex<Occupation> INDEX = LabelIndex.of(values(), Occupation::code, v -> v.labels,
            LabelIndex::withoutDashes);

    Occupation(String... labels) {
        this.labels = List.of(labels);
    }

    /** The name used in inputs and outputs, e.g. {@code arts_sports}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Korean labels of MOU tables for this occupation, the usual one first. */
    public List<String> koreanLabels() {
        return labels;
    }

    /**
     * The occupation of a label in an input: its code or a Korean label of MOU tables, matched without regard to
     * case, spaces, '-' and '_' ({@code Arts Sports}, {@code 예술 체육}).
     */
    public static Optional<Occupation> ofLabel(String label) {
        return INDEX.find(label);
    }

    /** All codes with their Korean labels, for messages about an unknown label. */
    public static String labels() {
        return INDEX.listed();
    }
}
