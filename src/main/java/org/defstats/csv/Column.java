package org.defstats.csv;

import java.text.Normalizer;
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

    /** Lower case, compatibility forms folded, spaces and a trailing unit such as {@code (명)} removed. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\uFEFF", "");
        s = s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return s.replaceFirst("^(.+?)\\((?:명|persons?|people|number)\\)$", "$1");
    }
}
