package org.defstats.education;

import java.util.Set;

/** A named set of levels whose combined share a job publishes, e.g. university-or-higher = [university]. */
public record LevelGroup(String name, Set<Level> levels) {
}
