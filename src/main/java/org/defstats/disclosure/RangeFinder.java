package org.defstats.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The range of each suppressed cell given everything published: the smallest and largest value it can take in a
 * table of non-negative whole counts that satisfies every additivity equation and agrees with every published cell.
 * <p>
 * The suppressed cells fall into components (cells linked by an equation that holds two of them); each component is
 * one linear programme (ojAlgo's {@link ExpressionsBasedModel}), solved once to minimise and once to maximise each
 * of its cells. The solver works in doubles, so its answer is not trusted as it stands: the solution is rounded to
 * whole counts and checked in exact {@code long} arithmetic against every equation of the component. A bound is
 * only ever taken from such a checked table (a witness), so it can be narrower than the true bound, never wider,
 * and a pattern passed by it is safe regardless of rounding. Where the rounded solution fails the check (a
 * fractional vertex, possible for tables of three or more dimensions and for linked tables) the component is solved
 * again with whole-number variables; where that fails too, the true table is the witness, and the range shrinks to
 * the cell's value, which fails closed.
 * <p>
 * A finder that is not {@code exact} skips the witnesses and takes the programme's optimum, rounded to whole
 * persons past a small tolerance: quicker (no integer programmes), for steering secondary suppression only; only an
 * exact finder passes a pattern.
 */
final class RangeFinder {

    private final CellSpace space;
    private final boolean[] suppressed;
    private final int[] local;
    private final int[] componentOf;
    private final List<int[]> componentCells = new ArrayList<>();
    private final List<List<int[]>> componentLines = new ArrayList<>();
    /** How far a relaxed optimum may miss a whole number and still be taken for it. */
    private static final double WHOLE = 1e-6;

    private final boolean exact;
    private final List<long[]> bounds = new ArrayList<>();
    private final Memory memory;

    /**
     * Bounds already found, by component: a component's programme depends only on its cells (every other cell of
     * its equations is published), so while a pattern grows, the components it did not touch keep their bounds.
     */
    static final class Memory {
        private final java.util.Map<List<Integer>, long[]> bounds = new java.util.HashMap<>();
    }

    RangeFinder(CellSpace space, boolean[] suppressed) {
        this(space, suppressed, true, new Memory());
    }

    /** A finder that remembers in {@code memory}, which must only ever serve finders of the same exactness. */
    RangeFinder(CellSpace space, boolean[] suppressed, boolean exact, Memory memory) {
        this.space = space;
        this.suppressed = suppressed.clone();
        int n = space.size();
        this.local = new int[n];
        this.componentOf = new int[n];
        this.exact = exact;
        this.memory = memory;
        group();
    }

    private void group() {
        int n = space.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int[] line : space.lines()) {
            int first = -1;
            for (int id : line) {
                if (suppressed[id]) {
                    if (first < 0) {
                        first = id;
                    } else {
                        parent[find(parent, id)] = find(parent, first);
                    }
                }
            }
        }
        int[] componentOfRoot = new int[n];
        java.util.Arrays.fill(componentOfRoot, -1);
        List<List<Integer>> cells = new ArrayList<>();
        java.util.Arrays.fill(componentOf, -1);
        for (int i = 0; i < n; i++) {
            if (!suppressed[i]) {
                continue;
            }
            int root = find(parent, i);
            if (componentOfRoot[root] < 0) {
                componentOfRoot[root] = cells.size();
                cells.add(new ArrayList<>());
                componentLines.add(new ArrayList<>());
            }
            componentOf[i] = componentOfRoot[root];
            local[i] = cells.get(componentOf[i]).size();
            cells.get(componentOf[i]).add(i);
        }
        for (List<Integer> c : cells) {
            componentCells.add(c.stream().mapToInt(Integer::intValue).toArray());
            bounds.add(memory.bounds.computeIfAbsent(List.copyOf(c), key -> unknown(2 * key.size())));
        }
        for (int[] line : space.lines()) {
            for (int id : line) {
                if (suppressed[id]) {
                    componentLines.get(componentOf[id]).add(line);
                    break;
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static long[] unknown(int size) {
        long[] bounds = new long[size];
        java.util.Arrays.fill(bounds, -1);
        return bounds;
    }

    /** The smallest value the suppressed cell can take, as witnessed by a checked table. */
    long lower(int cell) {
        return bound(cell, false);
    }

    /** The largest value the suppressed cell can take, as witnessed by a checked table. */
    long upper(int cell) {
        return bound(cell, true);
    }

    private long bound(int cell, boolean maximise) {
        if (!suppressed[cell]) {
            throw new IllegalArgumentException(space.name(cell) + " is published; it has no range");
        }
        long[] known = bounds.get(componentOf[cell]);
        int slot = 2 * local[cell] + (maximise ? 1 : 0);
        if (known[slot] < 0) {
            long found = exact ? witness(cell, maximise) : optimum(cell, maximise);
            // the true table is a witness too: a solver that stops short never narrows a range past the value
            known[slot] = maximise ? Math.max(space.value(cell), found) : Math.min(space.value(cell), found);
        }
        return known[slot];
    }

    private long witness(int cell, boolean maximise) {
        double[] relaxed = solve(cell, maximise, false);
        long[] table = relaxed == null ? null : checked(componentOf[cell], relaxed);
        if (table == null) {
            double[] whole = solve(cell, maximise, true);
            table = whole == null ? null : checked(componentOf[cell], whole);
        }
        return table == null ? space.value(cell) : table[local[cell]];
    }

    private long optimum(int cell, boolean maximise) {
        double[] relaxed = solve(cell, maximise, false);
        if (relaxed == null) {
            return space.value(cell);
        }
        double x = relaxed[local[cell]];
        return (long) (maximise ? Math.floor(x + WHOLE) : Math.ceil(x - WHOLE));
    }

    /** The component's cells in an optimal table, or null when the solver found none. */
    private double[] solve(int cell, boolean maximise, boolean integer) {
        int component = componentOf[cell];
        int[] cells = componentCells.get(component);
        ExpressionsBasedModel model = LinearProgrammes.model();
        Variable[] variables = new Variable[cells.length];
        for (int i = 0; i < cells.length; i++) {
            variables[i] = model.addVariable("x" + cells[i]).lower(0).integer(integer);
        }
        for (int[] line : componentLines.get(component)) {
            Expression equation = model.addExpression();
            long level = 0;
            for (int position = 0; position < line.length; position++) {
                long coefficient = position == 0 ? 1 : -1;
                int id = line[position];
                if (suppressed[id]) {
                    equation.set(variables[local[id]], coefficient);
                } else {
                    level = Math.subtractExact(level, Math.multiplyExact(coefficient, space.value(id)));
                }
            }
            equation.level(level);
        }
        variables[local[cell]].weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (!result.getState().isFeasible() || result.size() < cells.length) {
            return null;
        }
        double[] table = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            table[i] = result.doubleValue(i);
            if (!Double.isFinite(table[i]) || Math.abs(table[i]) > Long.MAX_VALUE / 4) {
                return null;
            }
        }
        return table;
    }

    /** The solution rounded to whole counts, if that satisfies the component's equations exactly; else null. */
    private long[] checked(int component, double[] solution) {
        long[] table = new long[solution.length];
        for (int i = 0; i < solution.length; i++) {
            table[i] = Math.round(solution[i]);
        }
        return holds(component, table) ? table : null;
    }

    /** Whether the whole counts satisfy, exactly, every equation of the component and are non-negative. */
    private boolean holds(int component, long[] table) {
        for (long x : table) {
            if (x < 0) {
                return false;
            }
        }
        for (int[] line : componentLines.get(component)) {
            long sum = 0;
            for (int position = 0; position < line.length; position++) {
                int id = line[position];
                long x = suppressed[id] ? table[local[id]] : space.value(id);
                sum = position == 0 ? Math.addExact(sum, x) : Math.subtractExact(sum, x);
            }
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }
}
