package org.defstats.tally;

/** A group and its count, as the tally type's line rules stage it. */
record TallyRow(String group, long count, long line) {
}
