package org.defstats.education;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;

/**
 * The {@code education} job type: education levels at arrival per year ({@code levels}), checked against the
 * yearly arrivals ({@code arrivals}, optional); its settings are {@code from-year}, {@code to-year},
 * {@code groups} (name: [levels]) and {@code arrivals-tolerance} (persons, default 0).
 */
public final class EducationJobType implements JobType {

    static final String NAME = "education";
    static final String LEVELS = "levels";
    static final String ARRIVALS = "arrivals";
    private static final Pattern GROUP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final List<LevelGroup> DEFAULT_GROUPS =
            List.of(new LevelGroup("university-or-higher", EnumSet.of(Level.UNIVERSITY)));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> inputRoles() {
        return List.of(LEVELS, ARRIVALS);
    }

    @Override
    public Set<String> optionalInputRoles() {
        return Set.of(ARRIVALS);
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of("from-year", "to-year", "groups", "arrivals-tolerance");
    }

    @Override
    public EducationSettings readSettings(JobFileSection section) {
        Integer from = year(section, "from-year");
        Integer to = year(section, "to-year");
        if (from != null && to != null && to < from) {
            throw section.error("to-year", "is " + to + ", before from-year " + from);
        }
        Optional<JobFileSection> groups = section.section("groups");
        long tolerance = section.wholeNumber("arrivals-tolerance", 0L);
        if (tolerance < 0) {
            throw section.error("arrivals-tolerance", "must be 0 or more persons, not " + tolerance);
        }
        return new EducationSettings(from, to, groups.map(EducationJobType::groups).orElse(DEFAULT_GROUPS),
                tolerance);
    }

    @Override
    public Class<EducationSettings> settingsType() {
        return EducationSettings.class;
    }

    private static Integer year(JobFileSection section, String key) {
        Long year = section.wholeNumber(key, null);
        if (year != null && (year < 1945 || year > 9999)) {
            throw section.error(key, "must be a year such as 2012, not " + year);
        }
        return year == null ? null : year.intValue();
    }

    private static List<LevelGroup> groups(JobFileSection section) {
        List<LevelGroup> groups = new ArrayList<>();
        if (section.keys().isEmpty()) {
            throw section.error("needs at least one group, for example university-or-higher: [university]");
        }
        for (String name : section.keys()) {
            if (!GROUP_NAME.matcher(name).matches() || name.equals(LEVELS)) {
                throw section.keyError(name, "is not a usable group name: it names an output file, so use lower-case "
                        + "letters, digits and '-', and not 'levels'");
            }
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (String code : section.texts(name)) {
                levels.add(Level.ofCode(code).orElseThrow(() -> section.error(name, "names the level '" + code
                        + "', which is not one of " + Level.codes())));
            }
            if (levels.isEmpty()) {
                throw section.error(name, "names no level");
            }
            groups.add(new LevelGroup(name, levels));
        }
        return List.copyOf(groups);
    }
}
