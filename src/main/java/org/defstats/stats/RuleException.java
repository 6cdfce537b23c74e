package org.defstats.stats;

/** A value or a set of rows that breaks a named rule; the name appears in error messages and rejects.csv. */
public class RuleException extends IllegalArgumentException {

    private final String rule;

    public RuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
