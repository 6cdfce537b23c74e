package org.defstats.stocks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.defstats.csv.Column;

/** Bands of age at entry, youngest first, as MOU tables give them ({@code 0~9세} … {@code 60세 이상}). */
public enum AgeBand {
    AGE_0_9("0-9", "0~9세", "10세 미만"),
    AGE_10_19("10-19", "10~19세", "10대"),
    AGE_20_29("20-29", "20~29세", "20대"),
    AGE_30_39("30-39", "30~39세", "30대"),
    AGE_40_49("40-49", "40~49세", "40대"),
    AGE_50_59("50-59", "50~59세", "50대"),
    AGE_60_PLUS("60+", "60세 이상", "60대 이상", "60~");

    private final String code;
    private final List<String> labels;

    AgeBand(String code, String... labels) {
        this.code = code;
        this.labels = List.of(labels);
    }

    /** The name used in inputs and outputs, e.g. {@code 20-29} or {@code 60+}. */
    public String code() {
        return code;
    }

    /** The Korean labels of MOU tables for this band, the usual one first. */
    public List<String> koreanLabels() {
        return labels;
    }

    /**
     * The band of a label in an input: its code or a Korean label, matched without regard to spaces, '~' for
     * '-' and the suffix 세 ({@code 20~29세}, {@code 20 - 29}, {@code 60세이상}).
     */
    public static Optional<AgeBand> ofLabel(String label) {
        String wanted = normalize(label);
        return Arrays.stream(values())
                .filter(band -> normalize(band.code).equals(wanted)
                        || band.labels.stream().anyMatch(l -> normalize(l).equals(wanted)))
                .findFirst();
    }

    /** All codes with their Korean labels, for messages about an unknown label. */
    public static String labels() {
        return Arrays.stream(values()).map(b -> b.code + " (" + String.join(", ", b.labels) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String normalize(String text) {
        return Column.normalize(text).replace('~', '-').replace('–', '-').replace("세", "");
    }
}
