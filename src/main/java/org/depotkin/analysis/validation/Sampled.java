package org.depotkin.analysis.validation;

import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.analysis.ConsoleTable;
import org.depotkin.model.Unit;

/** Helpers of the measures: peaks from dense samples, output units, and readable times (package-private). */
final class Sampled {
    /** Samples per peak search; the peak is then refined by a parabola through the best three. */
    static final int POINTS = 20_000;

    private Sampled() {
    }

    /** {value, time} of the largest value over [from, to] (h). */
    static double[] peak(Trajectory tr, Output o, double from, double to) {
        double[] t = new double[POINTS + 1];
        for (int i = 0; i <= POINTS; i++) {
            t[i] = from + (to - from) * i / POINTS;
        }
        double[] v = tr.sample(o, t);
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        if (best == 0 || best == POINTS) {
            return new double[] {v[best], t[best]};
        }
        double h = t[1] - t[0];
        double denom = v[best - 1] - 2 * v[best] + v[best + 1];
        double shift = denom < 0 ? 0.5 * (v[best - 1] - v[best + 1]) / denom : 0;
        double at = t[best] + shift * h;
        return new double[] {Math.max(v[best], tr.value(o, at)), at};
    }

    /** Occupancy outputs are fractions shown in %; analytes are in ng/mL. */
    static boolean isOccupancy(String output) {
        return output.startsWith("occupancy");
    }

    static Unit unit(String output) {
        return isOccupancy(output) ? Unit.PERCENT : Unit.NG_PER_ML;
    }

    static double scale(String output) {
        return isOccupancy(output) ? 100 : 1;
    }

    static String time(double h) {
        return ConsoleTable.time(h);
    }

    static String span(double from, double to) {
        return time(from) + " - " + time(to);
    }
}
