package org.defstats.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The cheapest complementary cells that let one suppressed cell move far enough in one direction: a linear
 * programme over a change {@code y} of every cell (the incremental attacker problem of Fischetti and Salazar, as in
 * τ-ARGUS's optimal and network methods): every line's change adds up ({@code y[total] = sum of y[member]}), the
 * changed table stays non-negative ({@code y >= -value}), grand totals do not change, the cell changes by the
 * protection it needs, and the cost is the sum over published cells of {@code (value + 1) * |y|}, so that small
 * counts and few cells are taken first; already suppressed cells change for free. Every published cell that the
 * cheapest change moves is the complement: with those suppressed, the changed table is consistent with everything
 * published, which is what the audit asks.
 */
final class Complement {

    /** Changes smaller than this are the solver's noise, not a move of the cell. */
    private static final double MOVED = 1e-6;

    private Complement() {
    }

    /**
     * The published cells to suppress so that {@code cell} can change by {@code change} (positive: up); empty when
     * the suppressed cells already allow it; null when no pattern allows it (the grand totals pin it).
     */
    static int[] cheapest(CellSpace space, boolean[] suppressed, int cell, long change, boolean integer) {
        int n = space.size();
        ExpressionsBasedModel model = LinearProgrammes.model();
        Variable[] up = new Variable[n];
        Variable[] down = new Variable[n];
        for (int j = 0; j < n; j++) {
            if (space.isGrandTotal(j)) {
                continue;
            }
            long cost = suppressed[j] ? 0 : Math.addExact(space.value(j), 1);
            up[j] = model.addVariable("u" + j).lower(0).weight(cost).integer(integer);
            down[j] = model.addVariable("d" + j).lower(0).upper(space.value(j)).weight(cost).integer(integer);
        }
        for (int[] line : space.lines()) {
            Expression balance = model.addExpression();
            boolean any = false;
            for (int position = 0; position < line.length; position++) {
                int id = line[position];
                if (up[id] != null) {
                    long coefficient = position == 0 ? 1 : -1;
                    balance.set(up[id], coefficient);
                    balance.set(down[id], -coefficient);
                    any = true;
                }
            }
            if (any) {
                balance.level(0);
            }
        }
        Expression target = model.addExpression("target");
        target.set(up[cell], 1);
        target.set(down[cell], -1);
        target.level(change);
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        List<Integer> moved = new ArrayList<>();
        int index = 0;
        for (int j = 0; j < n; j++) {
            if (up[j] == null) {
                continue;
            }
            double y = result.doubleValue(index) - result.doubleValue(index + 1);
            index += 2;
            if (!suppressed[j] && Math.abs(y) > MOVED) {
                moved.add(j);
            }
        }
        return moved.stream().mapToInt(Integer::intValue).toArray();
    }
}
