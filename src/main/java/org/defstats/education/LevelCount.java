package org.defstats.education;

/** Arrivals of one year with one education level. */
public record LevelCount(int year, Level level, long count) {
}
