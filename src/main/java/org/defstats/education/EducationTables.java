package org.defstats.education;

import static org.defstats.output.Table.cell;

import java.util.List;

import org.defstats.output.Table;
import org.defstats.output.TableSpec;

/** The published tables of the education job, from its figures. */
final class EducationTables {

    /** The levels table, and a group's table, named after the group in the job file. */
    static final List<TableSpec> SPECS = List.of(
            new TableSpec("levels.csv", List.of(new TableSpec.Column("year", "year"),
                    new TableSpec.Column("level", "code"), new TableSpec.Column("count", "persons"),
                    new TableSpec.Column("year_total", "persons"), TableSpec.Column.share("share_pct", "percent", "year_total")),
                    List.of("year", "level")).shapedBy("fromYear", "toYear"),
            new TableSpec("[a-z0-9][a-z0-9-]{0,62}\\.csv", List.of(new TableSpec.Column("year", "year"),
                    new TableSpec.Column("count", "persons"), new TableSpec.Column("total", "persons"),
                    TableSpec.Column.share("share_pct", "percent", "total"), new TableSpec.Column("change_points", "points")),
                    List.of("year")).shapedBy("fromYear", "toYear", "groups"));

    private EducationTables() {
    }

    static Table levels(List<LevelShare> shares) {
        return new Table("levels.csv", SPECS.get(0).columnNames(),
                shares.stream().map(s -> List.of(Integer.toString(s.year()), s.level().code(), cell(s.count()),
                        cell(s.yearTotal()), cell(s.sharePct()))).toList());
    }

    static Table group(LevelGroup group, List<GroupFigure> figures) {
        return new Table(group.name() + ".csv", SPECS.get(1).columnNames(),
                figures.stream().map(f -> List.of(Integer.toString(f.year()), cell(f.count()), cell(f.total()),
                        cell(f.sharePct()), cell(f.changePoints()))).toList());
    }
}
