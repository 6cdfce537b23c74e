package org.defstats.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.defstats.csv.Column;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineRules;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.jobs.StagedRows;
import org.defstats.output.OutputFile;
import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.defstats.stats.Percentages;
import org.defstats.stats.RowProblem;

/**
 * A job type that exists only in the test sources, to prove that a type is one package and a line in
 * {@code META-INF/services}: counts per group ({@code counts} input), published with their shares.
 */
public final class TallyJobType implements JobType {

    private static final InputRole<TallyRow> COUNTS = new InputRole<>("counts",
            List.of(Column.required("group", "집단"), Column.required("count", "인원")), false, false, TallyRow.class,
            Rules::new);
    private static final TableSpec TALLY = new TableSpec("tally.csv", List.of(new TableSpec.Column("group", "code"),
            new TableSpec.Column("count", "persons"), new TableSpec.Column("share_pct", "percent")), List.of("group"));

    /** The setting of a tally job: none. */
    public record Settings() {
    }

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public List<InputRole<?>> inputs() {
        return List.of(COUNTS);
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of();
    }

    @Override
    public Record readSettings(JobFileSection section) {
        return new Settings();
    }

    @Override
    public Class<? extends Record> settingsType() {
        return Settings.class;
    }

    @Override
    public List<TableSpec> tables() {
        return List.of(TALLY);
    }

    @Override
    public Set<String> rulesNeedingEveryRow() {
        return Set.of();
    }

    @Override
    public List<RoleProblem> checkRows(StagedRows rows, Record settings) {
        List<RoleProblem> problems = new ArrayList<>();
        Map<String, TallyRow> seen = new HashMap<>();
        for (TallyRow row : rows.rows(COUNTS)) {
            TallyRow first = seen.putIfAbsent(row.group(), row);
            if (first != null) {
                problems.add(new RoleProblem("counts", new RowProblem(row.line(), "group", row.group(), "duplicate",
                        "group " + row.group() + " is also on line " + first.line() + "; keep one of them")));
            }
        }
        return problems;
    }

    @Override
    public Publication publish(StagedRows rows, Record settings, PublishContext context) {
        long total = rows.rows(COUNTS).stream().mapToLong(TallyRow::count).sum();
        List<List<String>> cells = rows.rows(COUNTS).stream().map(r -> List.of(r.group(), Table.cell(r.count()),
                Table.cell(Percentages.share(r.count(), total)))).toList();
        return new Publication(List.of(OutputFile.table(new Table(TALLY.name(), TALLY.columnNames(), cells))));
    }

    /** A group must be named and its count a count. */
    private static final class Rules implements LineRules<TallyRow> {

        @Override
        public TallyRow apply(LineCheck check) {
            String group = check.text("group");
            if (group.isEmpty()) {
                check.problem("group", "required", "group is empty; every row needs its group");
            }
            Long count = check.requiredCount("count");
            return check.failed() ? null : new TallyRow(group, count, check.line().line());
        }

        @Override
        public boolean isTotalRow(CsvLine line) {
            return false;
        }
    }
}
