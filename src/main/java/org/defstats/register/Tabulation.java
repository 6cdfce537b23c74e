package org.defstats.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.defstats.disclosure.CountTable;
import org.defstats.jobs.RowFold;

/**
 * Counts the persons of a register into the cells of every table of the job in one pass: a table of dimensions
 * d1 … dk is an array of counts indexed by the persons' categories in mixed radix, so memory follows the cells
 * of the tables, never the persons. {@link #countTables} turns the staged cells, of one pass or of several parts
 * of the file, into the tables with all their margins and the grand total. Pure: no I/O.
 */
public final class Tabulation implements RowFold<Person, Cell> {

    private final List<List<Dimension>> tables;
    private final AgeBands bands;
    private final long[][] counts;
    private final int[] category = new int[Dimension.values().length];

    public Tabulation(RegisterSettings settings) {
        this.tables = settings.dimensions();
        this.bands = settings.bands();
        this.counts = new long[tables.size()][];
        for (int t = 0; t < tables.size(); t++) {
            counts[t] = new long[cells(tables.get(t), bands)];
        }
    }

    private static int cells(List<Dimension> dimensions, AgeBands bands) {
        int cells = 1;
        for (Dimension d : dimensions) {
            cells *= d.size(bands);
        }
        return cells;
    }

    @Override
    public void add(Person person) {
        for (Dimension d : Dimension.values()) {
            category[d.ordinal()] = d.index(person, bands);
        }
        for (int t = 0; t < tables.size(); t++) {
            int index = 0;
            for (Dimension d : tables.get(t)) {
                index = index * d.size(bands) + category[d.ordinal()];
            }
            counts[t][index]++;
        }
    }

    @Override
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            for (int i = 0; i < counts[t].length; i++) {
                if (counts[t][i] != 0) {
                    cells.add(new Cell(t, i, counts[t][i]));
                }
            }
        }
        return cells;
    }

    /**
     * The tables of the job from the cells of one or more folds (summed): every combination of the dimensions'
     * categories, and every margin and the grand total with {@link CountTable#TOTAL} in place of a category.
     * Years run from the first year anyone arrived to the last; every other dimension shows all its categories,
     * zeros included.
     *
     * @throws IllegalArgumentException when the register holds nobody
     */
    public static List<CountTable> countTables(RegisterSettings settings, List<Cell> cells) {
        List<List<Dimension>> tables = settings.dimensions();
        AgeBands bands = settings.bands();
        long[][] counts = new long[tables.size()][];
        for (int t = 0; t < tables.size(); t++) {
            counts[t] = new long[cells(tables.get(t), bands)];
        }
        for (Cell cell : cells) {
            if (cell.table() < 0 || cell.table() >= counts.length || cell.index() < 0
                    || cell.index() >= counts[cell.table()].length || cell.count() < 0) {
                throw new IllegalStateException("a staged cell does not belong to the job's tables");
            }
            counts[cell.table()][cell.index()] += cell.count();
        }
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        long persons = 0;
        for (int t = 0; t < tables.size(); t++) {
            int position = tables.get(t).indexOf(Dimension.ARRIVAL_YEAR);
            long inTable = 0;
            for (int i = 0; i < counts[t].length; i++) {
                if (counts[t][i] > 0) {
                    inTable += counts[t][i];
                    if (position >= 0) {
                        int year = categories(tables.get(t), bands, i)[position];
                        firstYear = Math.min(firstYear, year);
                        lastYear = Math.max(lastYear, year);
                    }
                }
            }
            persons = Math.max(persons, inTable);
        }
        if (persons == 0) {
            throw new IllegalArgumentException("the register holds nobody; there is nothing to count");
        }
        List<CountTable> result = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            result.add(table(tables.get(t), bands, counts[t], firstYear, lastYear));
        }
        return result;
    }

    /** The category indices of a cell's array position. */
    private static int[] categories(List<Dimension> dimensions, AgeBands bands, int index) {
        int[] categories = new int[dimensions.size()];
        for (int k = dimensions.size() - 1; k >= 0; k--) {
            int size = dimensions.get(k).size(bands);
            categories[k] = index % size;
            index /= size;
        }
        return categories;
    }

    private static CountTable table(List<Dimension> dimensions, AgeBands bands, long[] counts, int firstYear,
            int lastYear) {
        Map<List<String>, Long> cells = new HashMap<>();
        List<List<Integer>> shown = dimensions.stream().map(d -> d.shown(bands, firstYear, lastYear)).toList();
        for (List<Integer> combination : combinations(shown)) {
            int index = 0;
            List<String> key = new ArrayList<>();
            for (int k = 0; k < dimensions.size(); k++) {
                index = index * dimensions.get(k).size(bands) + combination.get(k);
                key.add(dimensions.get(k).category(combination.get(k), bands));
            }
            long count = counts[index];
            // the cell itself and every margin it counts in: each subset of its dimensions replaced by the total
            for (int mask = 0; mask < 1 << key.size(); mask++) {
                List<String> margin = new ArrayList<>(key);
                for (int k = 0; k < key.size(); k++) {
                    if ((mask & 1 << k) != 0) {
                        margin.set(k, CountTable.TOTAL);
                    }
                }
                cells.merge(List.copyOf(margin), count, Long::sum);
            }
        }
        String name = String.join("-", dimensions.stream().map(Dimension::code).toList());
        return new CountTable(name, dimensions.stream().map(Dimension::code).toList(), cells);
    }

    private static List<List<Integer>> combinations(List<List<Integer>> shown) {
        List<List<Integer>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (List<Integer> categories : shown) {
            List<List<Integer>> longer = new ArrayList<>();
            for (List<Integer> prefix : combinations) {
                for (Integer category : categories) {
                    List<Integer> next = new ArrayList<>(prefix);
                    next.add(category);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        return combinations;
    }
}
