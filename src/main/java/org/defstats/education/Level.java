package org.defstats.education;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.defstats.csv.LabelIndex;

/** Education levels at arrival, in the order of MOU tables, with the Korean labels of those tables. */
public enum Level {
    NONE("무학"),
    PRESCHOOL("취학전아동", "취학전"),
    KINDERGARTEN("유치원"),
    PRIMARY("인민학교", "소학교"),
    SECONDARY("고등중학교", "중학교"),
    JUNIOR_COLLEGE("전문대", "전문대학"),
    UNIVERSITY("대학이상", "대학교"),
    UNKNOWN("기타", "불상", "기타(불상)", "기타/불상");

    private final List<String> labels;
    private static final LabelIndex<Level> INDEX = LabelIndex.of(values(), Level::code, v -> v.labels,
            LabelIndex::withoutDashes);

    Level(String... labels) {
        this.labels = List.of(labels);
    }

    /** The name used in inputs, job files and outputs, e.g. {@code junior_college}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level of a code, e.g. {@code junior_college}. */
    public static Optional<Level> ofCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }

    /**
     * The level of a label in an input: its code or a Korean label of MOU tables, matched without regard to
     * case, spaces, '-' and '_' ({@code Junior College}, {@code 대학 이상}).
     */
    public static Optional<Level> ofLabel(String label) {
        return INDEX.find(label);
    }

    /** All codes, in order, for messages that list them. */
    public static String codes() {
        return Arrays.stream(values()).map(Level::code).collect(Collectors.joining(", "));
    }

    /** The Korean labels of MOU tables for this level, the usual one first. */
    public List<String> koreanLabels() {
        return labels;
    }

    /** All codes with their Korean labels, for messages about an unknown label. */
    public static String labels() {
        return INDEX.listed();
    }
}
