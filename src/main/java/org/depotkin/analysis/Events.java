package org.depotkin.analysis;

import java.util.TreeSet;
import org.depotkin.model.Administration;
import org.depotkin.model.Dose;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;

/**
 * The times at which a scenario's curves jump or kink: each dose, an oral dose's absorption start
 * (dose + lag), an infusion's end, and a depot's release-law breakpoints (failure onsets, removal).
 * Between two consecutive events every output is smooth.
 */
public final class Events {
    private Events() {
    }

    /** Every event time within [0, end] (h), ascending and without repeats. */
    public static double[] of(Scenario s, double end) {
        TreeSet<Double> times = new TreeSet<>();
        for (Administration a : s.administrations()) {
            for (Dose d : a.regimen().doses()) {
                for (double t : of(a.formulation(), d.time())) {
                    if (t >= 0 && t <= end) {
                        times.add(t);
                    }
                }
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Dose times within [0, end] (h), ascending and without repeats. */
    public static double[] doses(Scenario s, double end) {
        return s.administrations().stream().flatMap(a -> a.regimen().doses().stream()).mapToDouble(Dose::time)
                .filter(t -> t <= end).distinct().sorted().toArray();
    }

    private static double[] of(Formulation f, double time) {
        if (f instanceof Formulation.Oral o) {
            return new double[] {time, time + o.lag()};
        }
        if (f instanceof Formulation.IvInfusion inf) {
            return new double[] {time, time + inf.duration()};
        }
        if (f instanceof Formulation.Depot dep) {
            double[] bp = dep.release().breakpoints();
            double[] out = new double[bp.length + 1];
            out[0] = time;
            for (int i = 0; i < bp.length; i++) {
                out[i + 1] = time + bp[i];
            }
            return out;
        }
        return new double[] {time};
    }
}
