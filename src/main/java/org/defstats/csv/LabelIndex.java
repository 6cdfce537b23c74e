package org.defstats.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The values of a closed list (education levels, occupations, provinces, sexes) by their code and labels, as a
 * line's cell gives them: looked up as written first, then after the list's normalisation (case, spacing,
 * full-width letters). The first value in list order that a normalised label names wins, as a scan of the list
 * would find it; built once, so that a register of millions of lines does not normalise every label of the list
 * for every line.
 */
public final class LabelIndex<T> {

    private final Map<String, T> asWritten = new HashMap<>();
    private final Map<String, T> normalised = new HashMap<>();
    private final UnaryOperator<String> normalise;

    private LabelIndex(UnaryOperator<String> normalise) {
        this.normalise = normalise;
    }

    /**
     * @param names     a value's code and its other labels
     * @param normalise what a label and a cell are compared after
     */
    public static <T> LabelIndex<T> of(T[] values, Function<T, List<String>> names, UnaryOperator<String> normalise) {
        LabelIndex<T> index = new LabelIndex<>(normalise);
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

    public Optional<T> find(String label) {
        T value = asWritten.get(label);
        return value != null ? Optional.of(value) : Optional.ofNullable(normalised.get(normalise.apply(label)));
    }
}
