package org.defstats.education;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.defstats.arrivals.ArrivalColumns;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.jobs.StagedRows;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.output.TableTexts;
import org.defstats.text.Language;
import org.defstats.text.Messages;

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

    /**
     * A skipped level row would silently change the shares of its year; a skipped arrivals row only leaves its
     * year unchecked, which education-total refuses.
     */
    static final InputRole<StagedLevelCount> LEVELS_INPUT = new InputRole<>(LEVELS, LevelLineRules.COLUMNS, false,
            false, StagedLevelCount.class, LevelLineRules::new);
    static final InputRole<StagedLevelCount> ARRIVALS_INPUT = new InputRole<>(ARRIVALS, ArrivalColumns.ALL, true,
            true, StagedLevelCount.class, ArrivalTotalLineRules::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<InputRole<?>> inputs() {
        return List.of(LEVELS_INPUT, ARRIVALS_INPUT);
    }

    @Override
    public List<TableSpec> tables() {
        return EducationTables.SPECS;
    }

    /** A group's table takes the words of every group's table, with the group's name and levels. */
    @Override
    public TableText tableText(String table, TableSpec spec, Record settings, Language language) {
        if (!spec.equals(EducationTables.SPECS.get(1))) {
            return JobType.super.tableText(table, spec, settings, language);
        }
        Messages text = Messages.of(EducationJobType.class, language);
        LevelGroup group = ((EducationSettings) settings).groups().stream()
                .filter(g -> (g.name() + ".csv").equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table + " is not the table of a group of the job"));
        return TableTexts.of(text, "group", spec, group.name(), EducationCharts.groupLevels(group, text));
    }

    @Override
    public Set<String> rulesNeedingEveryRow() {
        return Set.of("no-data", "total-row", "levels-missing", "education-total", "shares");
    }

    @Override
    public List<RoleProblem> checkRows(StagedRows rows, Record settings) {
        List<LevelCount> levels = levelCounts(rows);
        List<RoleProblem> problems = new ArrayList<>(EducationChecks.levels(levels, totalRows(rows)).stream()
                .map(p -> new RoleProblem(LEVELS, p)).toList());
        if (rows.given(ARRIVALS_INPUT)) {
            List<EducationChecks.ArrivalsTotal> arrivals = rows.rows(ARRIVALS_INPUT).stream()
                    .filter(s -> s.arrivalYear() != null)
                    .map(s -> new EducationChecks.ArrivalsTotal(s.arrivalYear(), s.persons(), s.line()))
                    .toList();
            EducationChecks.againstArrivals(levels, arrivals, ((EducationSettings) settings).arrivalsTolerance())
                    .forEach(p -> problems.add(new RoleProblem(LEVELS, p)));
        }
        return problems;
    }

    @Override
    public Publication publish(StagedRows staged, Record settingsRecord, PublishContext context) {
        EducationSettings settings = (EducationSettings) settingsRecord;
        List<LevelCount> rows = EducationStatistics.between(levelCounts(staged),
                settings.fromYear() == null ? Integer.MIN_VALUE : settings.fromYear(),
                settings.toYear() == null ? Integer.MAX_VALUE : settings.toYear());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(context.file(LEVELS)
                    + ": has no rows in the years the job file asks for; check from-year and to-year");
        }
        List<LevelShare> shares = context.computedFrom(LEVELS, () -> EducationStatistics.levelShares(rows));
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.table(EducationTables.levels(shares)));
        files.addAll(OutputFile.charts("levels", context.languages(),
                language -> EducationCharts.levelSharesChart(shares, context.source(), messages(language))));
        for (LevelGroup group : settings.groups()) {
            List<GroupFigure> figures = EducationStatistics.group(rows, group);
            files.add(OutputFile.table(EducationTables.group(group, figures)));
            files.addAll(OutputFile.charts(group.name(), context.languages(), language ->
                    EducationCharts.groupShareChart(figures, group, context.source(), messages(language))));
        }
        return new Publication(files);
    }

    /** The education message catalogue in {@code language}. */
    static Messages messages(Language language) {
        return Messages.of(EducationJobType.class, language);
    }

    private static List<LevelCount> levelCounts(StagedRows rows) {
        return rows.rows(LEVELS_INPUT).stream()
                .map(s -> new LevelCount(s.arrivalYear(), s.level(), s.persons(), s.line()))
                .toList();
    }

    private static List<EducationChecks.TotalRow> totalRows(StagedRows rows) {
        return rows.totalRows(LEVELS_INPUT).stream()
                .map(s -> new EducationChecks.TotalRow(s.arrivalYear(), s.level(), s.persons(), s.line()))
                .toList();
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
