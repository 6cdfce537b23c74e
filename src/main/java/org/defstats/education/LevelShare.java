package org.defstats.education;

import java.math.BigDecimal;

/** The share of one level among the arrivals of a year. */
public record LevelShare(int year, Level level, long count, long yearTotal, BigDecimal sharePct) {
}
