package org.defstats.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values of a closed list (education levels, occupations, provinces, sexes) by their code and labels, as a
 * line's cell gives them: looked up as written first, then after the list's normalisation (case, spacing,
 * full-width letters). The first value in list order that a normalised label names wins, as a scan of the list
 * would find it; built once, so that a register of millions of lines does not normalise every label of the list
 * for every line.
 */
public final class LabelIndex<T> {

    private final Map<String, T> asWritten = new HashMap<>();
    private final String listed;
    private final Map<String, T> normalised = new HashMap<>();
    private final UnaryOperator<String> normalise;

    private LabelIndex(UnaryOperator<String> normalise, String listed) {
        this.normalise = normalise;
        this.listed = listed;
    }

    /**
     * @param code      a value's code
     * @param labels    its other labels
     * @param normalise what a label and a cell are compared after
     */
    public static <T> LabelIndex<T> of(T[] values, Function<T, String> code, Function<T, List<String>> labels,
            UnaryOperator<String> normalise) {
        Function<T, List<String>> names = v -> Stream.concat(Stream.of(code.apply(v)), labels.apply(v).stream())
                .toList();
        LabelIndex<T> index = new LabelIndex<>(normalise, Arrays.stream(values)
                .map(v -> code.apply(v) + " (" + String.join(", ", labels.apply(v)) + ")")
                .collect(Collectors.joining(", ")));
        for (T value : values) {
            for (String name : names.apply(value)) {
                index.normalised.putIfAbsent(normalise.apply(name), value);
            }
        }
        for (T value : values) {
            for (String name : names.apply(value)) {
                index.asWritten.putIfAbsent(name, index.normalised.get(normalise.apply(name)));
            }
        }
        return index;
    }

    /** A code or label as {@link Column#normalize} makes it, without {@code -} and {@code _} ({@code junior-college}). */
    public static String withoutDashes(String text) {
        return Column.normalize(text).replace("-", "").replace("_", "");
    }

    /** Every code with its labels, for messages about an unknown label: {@code male (남, 남성, 남자), …}. */
    public String listed() {
        return listed;
    }

    public Optional<T> find(String label) {
        T value = asWritten.get(label);
        return value != null ? Optional.of(value) : Optional.ofNullable(normalised.get(normalise.apply(label)));
    }
}
