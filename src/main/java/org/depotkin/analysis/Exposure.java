package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Crossing;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Criterion;
import org.depotkin.model.Dose;

/**
 * Exposure metrics of one output of a simulated run, read off the solution, never off an output
 * grid (so none changes with {@code --step}): Cmax, Tmax and Cmin from {@link Extrema}, AUC over
 * the run (Gauss–Legendre on every integrator step), the value just before each dose, and for each
 * threshold the time at or above it and the first time it is lost (both from the root-found
 * crossings).
 *
 * @param output     the output's name
 * @param unit       its unit
 * @param cmax       maximum value
 * @param tmax       time of the maximum (h)
 * @param cmin       lowest level after the first dose once the curve has risen ({@link Extrema#trough()})
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

    /** Metrics of {@code output}; {@code doses} in time order. */
    public static Exposure of(Trajectory tr, Output output, List<Dose> doses, List<Criterion> criteria) {
        double end = tr.endTime();
        Extrema extrema = Extrema.of(tr, output);
        Map<Double, Double> troughs = new TreeMap<>();
        for (int k = 1; k < doses.size(); k++) {
            double t = doses.get(k).time();
            if (t <= end && t > doses.get(k - 1).time()) {
                troughs.put(t, tr.valueBefore(output, t));
            }
        }
        List<ThresholdTime> times = new ArrayList<>();
        for (Criterion c : criteria) {
            double level = thresholdFor(tr.model(), c, output);
            if (Double.isNaN(level)) {
                continue;
            }
            List<Crossing> crossings = tr.crossings(output, level);
            boolean startsAbove = tr.value(output, 0) >= level;
            double firstBelow = Crossing.firstFailure(crossings, startsAbove);
            times.add(new ThresholdTime(level, c.describe(), tr.timeAbove(crossings, startsAbove),
                    Double.isInfinite(firstBelow) || !reached(crossings, startsAbove) ? Double.NaN : firstBelow));
        }
        return new Exposure(output.name(), output.unit(), extrema.max().value(), extrema.max().time(),
                extrema.trough().value(), tr.integral(output, 0, end), troughs, times);
    }

    private static boolean reached(List<Crossing> crossings, boolean startsAbove) {
        return startsAbove || crossings.stream().anyMatch(Crossing::rising);
    }

    /** The threshold a criterion puts on this output, NaN when it does not concern it. */
    static double thresholdFor(CompiledModel model, Criterion c, Output output) {
        return c instanceof Criterion.Challenge || model.output(c) != output ? Double.NaN : model.level(c);
    }
}
