package org.defstats.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A language charts can be published in, by the code a job file's {@code languages} names it with. */
public enum Language {
    EN("en", Locale.ENGLISH),
    KO("ko", Locale.KOREAN);

    /** What a job file without {@code languages} publishes in. */
    public static final List<Language> DEFAULT = List.of(EN);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code in job files, folder names and message catalogue names: {@code en}, {@code ko}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a code such as {@code ko}; empty when defstats has no catalogues for it. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    /** All codes, for messages that list them: "en, ko". */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }

    /** The codes of languages joined with ',' ("ko,en"), as run parameters and fingerprints carry them. */
    public static String joined(List<Language> languages) {
        return languages.stream().map(Language::code).collect(Collectors.joining(","));
    }

    /** The languages of {@link #joined} text; a blank text gives {@link #DEFAULT}. */
    public static List<Language> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(joined.split(",")).map(code -> ofCode(code.strip()).orElseThrow(
                () -> new IllegalArgumentException("'" + code + "' is not a language code; the codes are " + codes())))
                .toList();
    }
}
