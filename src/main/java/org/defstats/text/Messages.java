package org.defstats.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The message catalogue of one package in one language: the UTF-8 properties file {@code messages_LANG.properties}
 * beside the package's classes (e.g. org/defstats/stocks/messages_ko.properties). A catalogue never falls back
 * to another language or to the machine's locale, and a missing key is an error, never the key itself: a
 * chart either has all its text in its language or is not published. Placeholders {0}, {1}… are replaced as
 * they are, without {@link java.text.MessageFormat}'s quoting rules or number formats, so that apostrophes are
 * plain text and numbers are formatted by the charts.
 */
public final class Messages {

    private static final String NAME = "messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String file;
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(String file, Language language, ResourceBundle bundle) {
        this.file = file;
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * The catalogue of the package of {@code anchor} in {@code language}.
     *
     * @throws IllegalStateException when the package has no catalogue in that language
     */
    public static Messages of(Class<?> anchor, Language language) {
        String baseName = anchor.getPackageName() + "." + NAME;
        String file = baseName.replace('.', '/') + "_" + language.code() + ".properties";
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, language.locale(), anchor.getClassLoader(),
                    NO_FALLBACK);
            if (!bundle.getLocale().getLanguage().equals(language.code())) {
                throw new MissingResourceException(file, baseName, "");
            }
            return new Messages(file, language, bundle);
        }
        catch (MissingResourceException e) {
            throw new IllegalStateException("the message catalogue " + file + " is missing from the build", e);
        }
    }

    public Language language() {
        return language;
    }

    /**
     * The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments.
     *
     * @throws IllegalStateException when the catalogue has no such key
     */
    public String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        }
        catch (MissingResourceException e) {
            throw new IllegalStateException(file + " has no message '" + key + "'; add it to the catalogue of every "
                    + "language", e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** The text of {@code key} as {@link #get} gives it, empty when the catalogue has no such key. */
    public java.util.Optional<String> find(String key, Object... arguments) {
        return bundle.containsKey(key) ? java.util.Optional.of(get(key, arguments)) : java.util.Optional.empty();
    }

    /** The keys of this catalogue. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }

    /**
     * For each language whose catalogue of the package of {@code anchor} lacks keys another language has, those
     * keys; empty when every language has every key. A missing catalogue is an {@link IllegalStateException}.
     */
    public static Map<Language, List<String>> missingKeys(Class<?> anchor) {
        Set<String> all = new TreeSet<>();
        Map<Language, Set<String>> keys = new TreeMap<>();
        for (Language language : Language.values()) {
            Set<String> these = of(anchor, language).keys();
            keys.put(language, these);
            all.addAll(these);
        }
        Map<Language, List<String>> missing = new TreeMap<>();
        keys.forEach((language, these) -> {
            List<String> lacking = new ArrayList<>(all);
            lacking.removeAll(these);
            if (!lacking.isEmpty()) {
                missing.put(language, List.copyOf(lacking));
            }
        });
        return missing;
    }

    @Override
    public String toString() {
        return file + " (" + language.locale().getDisplayLanguage(Locale.ENGLISH) + ")";
    }
}
