package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Criterion;
import org.depotkin.model.Dose;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Exposure metrics of one output of a simulated run, read off the dense trajectory (no grid
 * interpolation): Cmax and Tmax (grid search refined by Brent's method), AUC over the run
 * (Gauss–Legendre on every integrator step), Cmin, the trough before each dose, and for each
 * threshold the time at or above it and the first time it is lost.
 *
 * @param output     the output's name
 * @param unit       its unit
 * @param cmax       maximum value
 * @param tmax       time of the maximum (h)
 * @param cmin       minimum value after the first dose
 * @param auc        ∫ value dt over the run (unit·h)
 * @param troughs    value just before each dose after the first (time h → value)
 * @param thresholds per threshold: time above and first time below
 */
public record Exposure(String output, String unit, double cmax, double tmax, double cmin, double auc,
                       Map<Double, Double> troughs, List<ThresholdTime> thresholds) {

    /**
     * Time at or above a threshold.
     *
     * @param threshold      the level, in the output's unit
     * @param label          e.g. {@code naltrexone >= 2 ng/mL}
     * @param hoursAbove     total time at or above it (h)
     * @param firstTimeBelow first time it falls below after having been reached (h), NaN if never
     */
    public record ThresholdTime(double threshold, String label, double hoursAbove, double firstTimeBelow) {
    }

    /** Metrics of {@code output}; {@code step} is the grid used to locate the maximum (h). */
    public static Exposure of(Trajectory tr, Output output, List<Dose> doses, List<Criterion> criteria, double step) {
        double end = tr.endTime();
        int n = (int) Math.ceil(end / step);
        double best = Double.NEGATIVE_INFINITY;
        double bestT = 0;
        double min = Double.POSITIVE_INFINITY;
        double firstDose = doses.isEmpty() ? 0 : doses.get(0).time();
        double[] grid = new double[n + 1];
        double[] values = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = Math.min(i * step, end);
            values[i] = tr.value(output, grid[i]);
            if (values[i] > best) {
                best = values[i];
                bestT = grid[i];
            }
        }
        for (Dose d : doses) {
            // peaks can hide between grid points right after a dose: probe there too
            for (double dt : new double[] {0.25, 0.5, 1, 2, 4}) {
                double t = d.time() + dt;
                if (t <= end) {
                    double v = tr.value(output, t);
                    if (v > best) {
                        best = v;
                        bestT = t;
                    }
                }
            }
        }
        double lo = Math.max(0, bestT - step);
        double hi = Math.min(end, bestT + step);
        if (hi > lo) {
            UnivariatePointValuePair p = new BrentOptimizer(1e-12, 1e-10).optimize(new MaxEval(500),
                    new UnivariateObjectiveFunction(t -> tr.value(output, t)), GoalType.MAXIMIZE,
                    new SearchInterval(lo, hi, bestT));
            if (p.getValue() > best) {
                best = p.getValue();
                bestT = p.getPoint();
            }
        }
        for (int i = 0; i <= n; i++) {
            if (grid[i] > firstDose) {
                min = Math.min(min, values[i]);
            }
        }
        Map<Double, Double> troughs = new TreeMap<>();
        for (int k = 1; k < doses.size(); k++) {
            double t = doses.get(k).time();
            if (t <= end && t > doses.get(k - 1).time()) {
                double v = tr.valueBefore(output, t);
                troughs.put(t, v);
                min = Math.min(min, v);
            }
        }
        List<ThresholdTime> times = new ArrayList<>();
        for (Criterion c : criteria) {
            double level = thresholdFor(c, output);
            if (Double.isNaN(level)) {
                continue;
            }
            double firstBelow = Double.NaN;
            boolean reached = tr.value(output, 0) >= level;
            for (Crossing x : tr.crossings(output, level)) {
                if (x.rising()) {
                    reached = true;
                } else if (reached) {
                    firstBelow = x.time();
                    break;
                }
            }
            times.add(new ThresholdTime(level, c.describe(), tr.timeAbove(output, level), firstBelow));
        }
        return new Exposure(output.name(), output.unit(), best, bestT, min == Double.POSITIVE_INFINITY ? Double.NaN
                : min, tr.integral(output, 0, end), troughs, times);
    }

    /** The threshold a criterion puts on this output, NaN when it does not concern it. */
    static double thresholdFor(Criterion c, Output output) {
        if (c instanceof Criterion.Concentration cc && output.kind() == Output.Kind.CONCENTRATION
                && cc.analyte().equals(output.name())) {
            return cc.threshold();
        }
        if (c instanceof Criterion.Occupancy oc && output.name().equals("occupancy")) {
            return oc.threshold();
        }
        return Double.NaN;
    }
}
