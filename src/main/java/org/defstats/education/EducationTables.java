package org.defstats.education;

import static org.defstats.publish.Table.cell;

import java.util.List;

import org.defstats.publish.Table;

/** The published tables of the education job, from its figures. */
final class EducationTables {

    private EducationTables() {
    }

    static Table levels(List<LevelShare> shares) {
        return new Table("levels.csv", List.of("year", "level", "count", "year_total", "share_pct"),
                shares.stream().map(s -> List.of(Integer.toString(s.year()), s.level().code(), cell(s.count()),
                        cell(s.yearTotal()), cell(s.sharePct()))).toList());
    }

    static Table group(LevelGroup group, List<GroupFigure> figures) {
        return new Table(group.name() + ".csv", List.of("year", "count", "total", "share_pct", "change_points"),
                figures.stream().map(f -> List.of(Integer.toString(f.year()), cell(f.count()), cell(f.total()),
                        cell(f.sharePct()), cell(f.changePoints()))).toList());
    }
}
