package org.defstats.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.defstats.csv.LabelIndex;

/** The provinces and special cities of North Korea a defector can come from, with their Korean names. */
public enum Province {
    PYONGYANG("평양", "평양시", "평양직할시"),
    SOUTH_PYONGAN("평안남도", "평남"),
    NORTH_PYONGAN("평안북도", "평북"),
    CHAGANG("자강도", "자강"),
    SOUTH_HWANGHAE("황해남도", "황남"),
    NORTH_HWANGHAE("황해북도", "황북"),
    KANGWON("강원도", "강원"),
    SOUTH_HAMGYONG("함경남도", "함남"),
    NORTH_HAMGYONG("함경북도", "함북"),
    RYANGGANG("양강도", "양강"),
    RASON("라선", "라선시", "나선"),
    NAMPO("남포", "남포시");

    private final List<String> labels;
    private static final LabelIndex<Province> INDEX = LabelIndex.of(values(), Province::code, v -> v.labels,
            LabelIndex::withoutDashes);

    Province(String... labels) {
        this.labels = List.of(labels);
    }

    /** The name used in inputs and outputs, e.g. {@code north_hamgyong}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual Korean name, e.g. 함경북도. */
    public String koreanLabel() {
        return labels.get(0);
    }

    /**
     * The province of a label: its code or a Korean name, matched without regard to case, spaces, '-' and '_'
     * ({@code North Hamgyong}, {@code 함경 북도}).
     */
    public static Optional<Province> ofLabel(String label) {
        return INDEX.find(label);
    }

    /** All codes with their Korean names, for messages about an unknown label. */
    public static String labels() {
        return INDEX.listed();
    }
}
