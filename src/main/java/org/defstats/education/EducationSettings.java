package org.defstats.education;

import java.util.List;

/**
 * Settings of an education job: the years it covers (null: no limit), the groups of levels whose shares it
 * publishes, and by how many persons a year's education total may differ from its arrivals total.
 */
public record EducationSettings(Integer fromYear, Integer toYear, List<LevelGroup> groups, long arrivalsTolerance) {
}
