package org.defstats.education;

import java.util.List;

/**
 * Settings of an education job: the years it covers (null: no limit) and the groups of levels whose
 * shares it publishes.
 */
public record EducationSettings(Integer fromYear, Integer toYear, List<LevelGroup> groups) {
}
