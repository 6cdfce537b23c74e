package org.defstats.stocks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.defstats.csv.Column;

/** The sex a row of a stock table counts: men, women, or everyone ({@code all}). */
public enum Sex {
    MALE("남", "남성", "남자", "men"),
    FEMALE("여", "여성", "여자", "women"),
    ALL("전체", "계", "합계", "총계", "total");

    private final List<String> labels;

    Sex(String... labels) {
        this.labels = List.of(labels);
    }

    /** The name used in inputs and outputs: {@code male}, {@code female} or {@code all}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sex of a cell: its code or another label, matched without regard to case and spaces. */
    public static Optional<Sex> ofLabel(String label) {
        return Labels.INDEX.find(label);
    }

    /** Built on first use, after the constants. */
    private static final class Labels {
        static final org.defstats.csv.LabelIndex<Sex> INDEX = org.defstats.csv.LabelIndex.of(values(),
                v -> java.util.stream.Stream.concat(java.util.stream.Stream.of(v.code()), v.labels.stream()).toList(),
                org.defstats.csv.Column::normalize);
    }

    /** All codes with their other labels, for messages about an unknown label. */
    public static String labels() {
        return Arrays.stream(values()).map(s -> s.code() + " (" + String.join(", ", s.labels) + ")")
                .collect(Collectors.joining(", "));
    }
}
