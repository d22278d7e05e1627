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

    /** Most hours between doses for a regimen to count as dense (daily, or Monday-Wednesday-Friday). */
    public static final double DENSE_INTERVAL = 48;
    /** Fewest doses for a regimen to count as dense. */
    public static final int DENSE_DOSES = 14;

    /**
     * Whether the scenario doses densely within [0, end]: at least {@value #DENSE_DOSES} doses, half
     * of the intervals between them at most {@value #DENSE_INTERVAL} h (daily oral tablets; not a
     * monthly injection or an implant). Over weeks such curves are drawn as daily envelopes.
     */
    public static boolean dense(Scenario s, double end) {
        return dense(doses(s, end));
    }

    /** As {@link #dense(Scenario, double)}, from the dose times (h, ascending). */
    public static boolean dense(double[] d) {
        if (d.length < DENSE_DOSES) {
            return false;
        }
        double[] gaps = new double[d.length - 1];
        for (int i = 1; i < d.length; i++) {
            gaps[i - 1] = d[i] - d[i - 1];
        }
        java.util.Arrays.sort(gaps);
        return gaps[gaps.length / 2] <= DENSE_INTERVAL;
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
