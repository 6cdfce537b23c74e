package org.defstats.stocks;

/**
 * A column of a published table: its name (a stable code), whether it is part of the key that identifies a
 * row, and the unit of its figures.
 */
public record TableColumn(String name, boolean key, Unit unit) {

    /** What the cells of a column hold. */
    public enum Unit {
        /** a code or a month, not a figure */
        NONE,
        /** a whole number of persons */
        PERSONS,
        /** a percentage with one decimal */
        PERCENT
    }

    static TableColumn key(String name) {
        return new TableColumn(name, true, Unit.NONE);
    }

    static TableColumn persons(String name) {
        return new TableColumn(name, false, Unit.PERSONS);
    }

    static TableColumn percent(String name) {
        return new TableColumn(name, false, Unit.PERCENT);
    }
}
