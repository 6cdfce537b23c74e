package org.defstats.education;

/**
 * A checked row as the ingest steps stage it. For the levels input a null year or level marks a total row over
 * all years or all levels; for the arrivals input the level is null and the year is null for blocks of years,
 * which are not compared.
 */
record StagedLevelCount(Integer arrivalYear, Level level, long persons, long line) {
}
