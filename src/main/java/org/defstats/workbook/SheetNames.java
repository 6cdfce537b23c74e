package org.defstats.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names sheets within Excel's rules: at most 31 characters, none of {@code [ ] : * ? / \}, no apostrophe at either
 * end, not empty, not {@code History}, and unique without regard to case. A name taken already gets {@code ~2},
 * {@code ~3}... (shortened to fit).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>(Set.of("history"));

    /** A name for a new sheet, as close to {@code wanted} as the rules allow, and unlike every name given before. */
    String name(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "sheet";
        }
        String name = shorten(base, "");
        for (int n = 2; taken.contains(key(name)); n++) {
            name = shorten(base, "~" + n);
        }
        taken.add(key(name));
        return name;
    }

    /** Names for several sheets in order. */
    List<String> names(List<String> wanted) {
        List<String> names = new ArrayList<>();
        wanted.forEach(w -> names.add(name(w)));
        return names;
    }

    private static String shorten(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        String head = base.codePointCount(0, base.length()) <= room ? base
                : base.substring(0, base.offsetByCodePoints(0, room));
        return head.replaceAll("'+$", "") + suffix;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
