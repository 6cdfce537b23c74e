package org.defstats.arrivals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;

/**
 * The {@code arrivals} job type: arrivals per year and by sex ({@code yearly}) and, optionally, year-to-date
 * and quarterly figures ({@code partial-periods}); its one setting is {@code milestones}.
 */
public final class ArrivalsJobType implements JobType {

    static final String NAME = "arrivals";
    static final String YEARLY = "yearly";
    static final String PARTIAL_PERIODS = "partial-periods";
    private static final List<Long> DEFAULT_MILESTONES = List.of(10_000L, 20_000L, 30_000L);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> inputRoles() {
        return List.of(YEARLY, PARTIAL_PERIODS);
    }

    @Override
    public Set<String> optionalInputRoles() {
        return Set.of(PARTIAL_PERIODS);
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of("milestones");
    }

    @Override
    public ArrivalsSettings readSettings(JobFileSection section) {
        List<Long> milestones = section.wholeNumbers("milestones", DEFAULT_MILESTONES);
        Set<Long> seen = new HashSet<>();
        for (Long milestone : milestones) {
            if (milestone <= 0) {
                throw section.error("milestones", "must be numbers of persons above 0, not " + milestone);
            }
            if (!seen.add(milestone)) {
                throw section.error("milestones", "has " + milestone + " twice");
            }
        }
        return new ArrivalsSettings(milestones);
    }

    @Override
    public Class<ArrivalsSettings> settingsType() {
        return ArrivalsSettings.class;
    }
}
