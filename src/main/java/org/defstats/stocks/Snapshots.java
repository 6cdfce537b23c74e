package org.defstats.stocks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The rows of one stock table grouped by snapshot month and sex, each (snapshot, sex, category) once: the
 * first row of a key is kept and each later one is handed to {@code onDuplicate}.
 */
final class Snapshots {

    /** The rows of one snapshot and sex: its categories by code and its total row, if any. */
    record Group(YearMonth asOf, Sex sex, Map<String, StockRow> categories, StockRow totalRow) {

        /** The sum of the category rows. */
        long sum() {
            return categories.values().stream().mapToLong(StockRow::count).reduce(0, Math::addExact);
        }

        /** The first line of the group's rows, where problems of the whole group are placed. */
        long firstLine() {
            long line = categories.values().stream().mapToLong(StockRow::line).min().orElse(Long.MAX_VALUE);
            return totalRow == null ? line : Math.min(line, totalRow.line());
        }

        /** The count of a category, or of the total (null category), null when the group has no such row. */
        Long count(String category) {
            StockRow row = category == null ? totalRow : categories.get(category);
            return row == null ? null : row.count();
        }

        /** The row of a category, or the total row for a null category. */
        StockRow row(String category) {
            return category == null ? totalRow : categories.get(category);
        }
    }

    private Snapshots() {
    }

    /** Groups by month (ascending) and sex (male, female, all). */
    static SortedMap<YearMonth, Map<Sex, Group>> of(List<StockRow> rows, BiConsumer<StockRow, StockRow> onDuplicate) {
        SortedMap<YearMonth, Map<Sex, Map<String, StockRow>>> categories = new TreeMap<>();
        Map<YearMonth, Map<Sex, StockRow>> totals = new HashMap<>();
        for (StockRow row : rows) {
            StockRow first;
            Map<Sex, Map<String, StockRow>> sexes = categories.computeIfAbsent(row.asOf(), m -> new EnumMap<>(Sex.class));
            if (row.isTotal()) {
                sexes.computeIfAbsent(row.sex(), s -> new HashMap<>());
                first = totals.computeIfAbsent(row.asOf(), m -> new EnumMap<>(Sex.class)).putIfAbsent(row.sex(), row);
            }
            else {
                first = sexes.computeIfAbsent(row.sex(), s -> new HashMap<>()).putIfAbsent(row.category(), row);
            }
            if (first != null) {
                onDuplicate.accept(first, row);
            }
        }
        SortedMap<YearMonth, Map<Sex, Group>> groups = new TreeMap<>();
        categories.forEach((month, sexes) -> sexes.forEach((sex, byCategory) -> groups
                .computeIfAbsent(month, m -> new EnumMap<>(Sex.class))
                .put(sex, new Group(month, sex, Collections.unmodifiableMap(byCategory),
                        totals.getOrDefault(month, Map.of()).get(sex)))));
        return groups;
    }

    /**
     * Groups rows that the checks passed.
     *
     * @throws IllegalArgumentException when a key is there twice, or a group lacks a category that another has:
     *                                  it would shrink that group's total and read as a fall
     */
    static SortedMap<YearMonth, Map<Sex, Group>> checked(List<StockRow> rows) {
        SortedMap<YearMonth, Map<Sex, Group>> groups = of(rows, (first, again) -> {
            throw new IllegalArgumentException(again.asOf() + " " + again.sex().code() + " has "
                    + (again.isTotal() ? "a total row" : again.category()) + " twice");
        });
        Set<String> categories = new HashSet<>();
        all(groups).forEach(group -> categories.addAll(group.categories().keySet()));
        for (Group group : all(groups)) {
            if (!group.categories().isEmpty() && !group.categories().keySet().equals(categories)) {
                throw new IllegalArgumentException(group.asOf() + " " + group.sex().code() + " lacks a category "
                        + "that other snapshots or sexes have");
            }
        }
        return groups;
    }

    /** All groups in month and sex order. */
    static List<Group> all(SortedMap<YearMonth, Map<Sex, Group>> groups) {
        List<Group> all = new ArrayList<>();
        groups.values().forEach(sexes -> all.addAll(sexes.values()));
        return all;
    }
}
