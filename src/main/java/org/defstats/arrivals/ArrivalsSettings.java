package org.defstats.arrivals;

import java.util.List;

/** Settings of an arrivals job: the cumulative totals whose first year (and month) it reports. */
public record ArrivalsSettings(List<Long> milestones) {
}
