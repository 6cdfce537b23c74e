package org.defstats.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.defstats.jobs.JobFileSection;

/**
 * Reads the settings of a register job file: {@code tables} (each a list of one to three dimensions),
 * {@code age-bands} (lower bounds, default the MOU's) and {@code disclosure} ({@code threshold}, default 3;
 * {@code protection}, default the threshold; {@code zeros}, {@code safe} or {@code unsafe}, default safe).
 */
final class RegisterSettingsReader {

    static final Set<String> KEYS = Set.of("tables", "age-bands", "disclosure");
    private static final Set<String> DISCLOSURE_KEYS = Set.of("threshold", "protection", "zeros");

    private RegisterSettingsReader() {
    }

    static RegisterSettings read(JobFileSection root) {
        if (!root.has("tables")) {
            throw root.error("tables", "is missing; list the tables to publish, each a list of dimensions, for "
                    + "example [[arrival_year, sex], [age_band, sex]]");
        }
        List<List<String>> tables = root.textLists("tables", List.of());
        if (tables.isEmpty()) {
            throw root.error("tables", "is empty; list at least one table");
        }
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            List<String> table = tables.get(i);
            if (table.isEmpty() || table.size() > RegisterTables.MAX_DIMENSIONS) {
                throw root.itemError("tables", i, "has a table of " + table.size() + " dimensions; a table has 1 to "
                        + RegisterTables.MAX_DIMENSIONS);
            }
            for (String dimension : table) {
                if (Dimension.ofCode(dimension).isEmpty()) {
                    throw root.itemError("tables", i, "has '" + dimension + "', which is not a dimension; the "
                            + "dimensions are " + Dimension.codes());
                }
            }
            if (new HashSet<>(table).size() < table.size()) {
                throw root.itemError("tables", i, "has a dimension twice in " + table);
            }
            if (!seen.add(table)) {
                throw root.itemError("tables", i, "has the table " + table + " twice");
            }
        }
        List<Long> bands = root.wholeNumbers("age-bands", AgeBands.MOU);
        try {
            new AgeBands(bands);
        }
        catch (IllegalArgumentException e) {
            throw root.error("age-bands", e.getMessage());
        }
        long threshold = 3;
        Long protection = null;
        boolean zerosUnsafe = false;
        if (root.has("disclosure")) {
            JobFileSection disclosure = root.section("disclosure").orElseThrow();
            for (String key : disclosure.keys()) {
                if (!DISCLOSURE_KEYS.contains(key)) {
                    throw disclosure.keyError(key, "is not a key of disclosure; the keys are threshold, protection, "
                            + "zeros");
                }
            }
            threshold = disclosure.wholeNumber("threshold", 3L);
            if (threshold < 1) {
                throw disclosure.error("threshold", "must be 1 or more (1 suppresses nothing), not " + threshold);
            }
            protection = disclosure.wholeNumber("protection", null);
            // 0 would pass a suppressed cell that the published margins give back exactly
            if (protection != null && protection < 1) {
                throw disclosure.error("protection", "must be 1 or more (the least a suppressed count must be "
                        + "uncertain by), not " + protection);
            }
            String zeros = disclosure.text("zeros", "safe");
            if (!zeros.equals("safe") && !zeros.equals("unsafe")) {
                throw disclosure.error("zeros", "must be 'safe' (a count of 0 is published) or 'unsafe' (it is "
                        + "suppressed too), not '" + zeros + "'");
            }
            zerosUnsafe = zeros.equals("unsafe");
        }
        long protect = protection == null ? threshold : protection;
        return new RegisterSettings(new ArrayList<>(tables), bands, threshold, protect, zerosUnsafe,
                org.defstats.disclosure.DisclosureControl.method(
                        new org.defstats.disclosure.SuppressionRules(threshold, protect, zerosUnsafe)));
    }
}
