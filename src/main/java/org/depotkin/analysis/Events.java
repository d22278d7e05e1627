package org.depotkin.analysis;

import java.util.TreeSet;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Event;
import org.depotkin.model.Dose;
import org.depotkin.model.Scenario;

/**
 * The times at which a run's curves jump or kink, read from the engine's events schedule (each dose, an
 * oral dose's absorption start (dose + lag), an infusion's start and end, a depot's release-law breakpoints,
 * failure onsets and removal), with the dose times, and whether dosing is dense. Between two consecutive
 * events every output is smooth.
 */
public final class Events {
    private Events() {
    }

    /**
     * Every time within [0, end] (h) where a run's curves may jump or kink ({@link CompiledModel#events()},
     * the engine's one schedule) and every dose time, ascending and without repeats.
     */
    public static double[] of(CompiledModel model, double end) {
        TreeSet<Double> times = new TreeSet<>();
        for (Event e : model.events()) {
            if (e.time() >= 0 && e.time() <= end) {
                times.add(e.time());
            }
        }
        for (double t : doses(model.scenario(), end)) {
            times.add(t);
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
}
