package org.defstats.register;

import java.util.List;

import org.defstats.disclosure.SuppressionRules;

/**
 * The settings of a register job: its tables, each a list of dimension codes; the bands of age at entry by their
 * lower bounds; and the rules of disclosure control with the name of its method, so that both are in the
 * fingerprint and the manifest.
 *
 * @param zerosUnsafe whether a count of 0 is suppressed too ({@code zeros: unsafe})
 * @param method      {@link org.defstats.disclosure.DisclosureControl#method}: the rules and the names of the
 *                    secondary suppression and audit of this build, so that a build with another method does
 *                    not find an earlier run current
 */
public record RegisterSettings(List<List<String>> tables, List<Long> ageBands, long threshold, long protection,
        boolean zerosUnsafe, String method) {

    public RegisterSettings {
        tables = tables.stream().map(List::copyOf).toList();
        ageBands = List.copyOf(ageBands);
    }

    public AgeBands bands() {
        return new AgeBands(ageBands);
    }

    public SuppressionRules rules() {
        return new SuppressionRules(threshold, protection, zerosUnsafe);
    }

    /** The tables' dimensions. */
    public List<List<Dimension>> dimensions() {
        return tables.stream().map(t -> t.stream().map(d -> Dimension.ofCode(d).orElseThrow()).toList()).toList();
    }
}
