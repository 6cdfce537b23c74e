package org.defstats.csv;

import java.util.List;
import java.util.Locale;

/**
 * A column a job reads, with the names exports give it in English and Korean. Header cells are matched
 * after {@link #normalize}: without regard to case, spacing, full-width letters or a unit in brackets,
 * so that {@code 합계 (명)}, {@code Total} and {@code TOTAL} are all the total column.
 *
 * @param name     the canonical name, used in messages and by the job's rules
 * @param aliases  the other names of the column
 * @param required whether a file without this column is refused
 */
public record Column(String name, List<String> aliases, boolean required) {

    public static Column required(String name, String... aliases) {
        return new Column(name, List.of(aliases), true);
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, List.of(aliases), false);
    }

    /** Whether a header cell names this column. */
    public boolean matches(String headerCell) {
        String cell = normalize(headerCell);
        return cell.equals(normalize(name)) || aliases.stream().anyMatch(a -> normalize(a).equals(cell));
    }

    /** How messages show this column: {@code total (합계, 계, 총계)}. */
    public String described() {
        return aliases.isEmpty() ? name : name + " (" + String.join(", ", aliases) + ")";
    }

    /** Lower case, full-width letters folded, spaces and a trailing unit such as {@code (명)} removed. */
    public static String normalize(String text) {
        String s = fold(text).replace("\uFEFF", "");
        s = SPACES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return UNIT.matcher(s).replaceFirst("$1");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern UNIT =
            java.util.regex.Pattern.compile("^(.+?)\\((?:명|persons?|people|number)\\)$");

    /**
     * Full-width ASCII (as Korean input methods type it: {@code １，４１８}) folded to ASCII, and the ideographic
     * and no-break spaces that spreadsheets export to a space. Nothing else is folded: a superscript footnote mark such as {@code 1,418¹} must stay a
     * bad count rather than become the number 14181.
     */
    public static String fold(String text) {
        int plain = 0;
        while (plain < text.length() && text.charAt(plain) < '\u00A0') {
            plain++;
        }
        if (plain == text.length()) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : space ? ' ' : c);
        }
        return folded.toString();
    }
}
