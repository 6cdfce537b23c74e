package org.defstats.education;

/** The number of arrivals of a year with one education level, and the line it came from. */
record LevelCount(int year, Level level, long count, long line) {

    LevelCount(int year, Level level, long count) {
        this(year, level, count, 0);
    }
}
