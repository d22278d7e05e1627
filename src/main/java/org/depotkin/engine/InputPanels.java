package org.depotkin.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The input of a model (depot release and infusions into the parent's central compartment) fitted panel by panel
 * over [from, duration] (from 0 for a whole run) ({@link InputFit}), with the times where the doses' jumps are applied. It depends on the input
 * schedule alone (depots with their release, infusions, the events, the tolerances), not on the disposition: the
 * subjects of a trial that differ only in clearance or volume share one fit through a {@link Cache}, and get the
 * same numbers as with a fit of their own ({@link InputCache}).
 *
 * <p>Panel lengths: each panel is tried at twice the previous one's length (the rest of its segment when that is
 * nearly all of it) and halved until the fit holds, ending on the last whole hour it spans ({@link #end});
 * panels never straddle an event. A model without depots or infusions has no input: one panel per segment
 * between events, nothing fitted.
 *
 * @param jumpsAtStart jumps up to this time (h) are applied before the first panel
 * @param panels       the panels in time order
 */
record InputPanels(double jumpsAtStart, List<Panel> panels) {
    /** Panel lengths are tried from this multiple of the previous accepted one. */
    private static final double GROWTH = 2.0;
    /** Events closer than this (h) are one event. */
    static final double EVENT_GAP = 1e-9;

    /**
     * One panel.
     *
     * @param t0        start (h)
     * @param t1        end (h)
     * @param d         the input's coefficients in r = (t − t0)/(t1 − t0) ({@link InputFit}), null when it is zero
     * @param jumpsUntil after the panel, the jumps up to this time (h) are applied; NaN for none
     */
    record Panel(double t0, double t1, double[] d, double jumpsUntil) {
    }

    /** The input schedule that determines the fit (the breakpoints compared by value). */
    record Key(List<DepotDose> depots, List<CompiledModel.Infusion> infusions, double[] breakpoints,
               double from, double duration, double tol, double amount) {

        static Key of(CompiledModel m, double tol, double amount, double from) {
            return new Key(m.depots, m.infusions, m.breakpoints, from, m.scenario.duration(), tol, amount);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && depots.equals(k.depots) && infusions.equals(k.infusions)
                    && Arrays.equals(breakpoints, k.breakpoints) && Double.compare(from, k.from) == 0
                    && Double.compare(duration, k.duration) == 0 && Double.compare(tol, k.tol) == 0
                    && Double.compare(amount, k.amount) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(depots, infusions, Arrays.hashCode(breakpoints), from, duration, tol, amount);
        }
    }

    /** Fits the input of a model over [from, duration]. */
    static InputPanels of(CompiledModel m, double tol, double amount, double from) {
        double duration = m.scenario.duration();
        double[] bps = m.breakpoints;
        List<Panel> panels = new ArrayList<>();
        double jumpsAtStart = from;
        int b = 0;
        while (b < bps.length && bps[b] <= from) {
            b++;
        }
        double t = from;
        double hTry = Double.POSITIVE_INFINITY;
        while (t < duration) {
            double tNext = b < bps.length ? bps[b++] : duration;
            if (tNext - t < EVENT_GAP) {
                if (panels.isEmpty()) {
                    jumpsAtStart = tNext;
                } else {
                    Panel last = panels.remove(panels.size() - 1);
                    panels.add(new Panel(last.t0(), last.t1(), last.d(), tNext));
                }
                continue;
            }
            if (m.depots.isEmpty() && m.infusions.isEmpty()) {
                panels.add(new Panel(t, tNext, null, tNext));
                t = tNext;
                continue;
            }
            while (t < tNext) {
                double left = tNext - t;
                double h = Math.min(hTry, left);
                if (left - h < 0.25 * h) {
                    h = left;
                }
                double t1 = h == left ? tNext : end(t, h);
                double[] d = InputFit.fit(x -> input(m, x), t, t1 - t, tol, amount);
                while (d == null && h > 1e-12 * Math.max(1e3, t)) {
                    h *= 0.5;
                    t1 = end(t, h);
                    d = InputFit.fit(x -> input(m, x), t, t1 - t, tol, amount);
                }
                if (d == null) {
                    throw new SolverException("the depot input could not be followed at t = " + t + " h: its "
                            + "release rate is not smooth there; check the release law's parameters");
                }
                panels.add(new Panel(t, t1, isZero(d) ? null : d, t1 == tNext ? tNext : Double.NaN));
                hTry = GROWTH * h;
                t = t1;
            }
        }
        return new InputPanels(jumpsAtStart, List.copyOf(panels));
    }

    /**
     * The end of a panel tried from t with length h: the last whole hour it spans, when that keeps at least half of
     * it. Grid times are whole hours, so a {@link GridWalk} then reaches the panel's end by full grid steps, without
     * the φ-functions of a partial step of its own length.
     */
    private static double end(double t, double h) {
        double hour = Math.floor(t + h);
        return hour >= t + 0.5 * h ? hour : t + h;
    }

    /** The input into the parent's central compartment at t (mg/h): depot release and infusions. */
    static double input(CompiledModel m, double t) {
        double u = 0;
        for (DepotDose d : m.depots) {
            u += d.rate(t);
        }
        for (CompiledModel.Infusion inf : m.infusions) {
            if (inf.start() <= t && t < inf.end()) {
                u += inf.rate();
            }
        }
        return u;
    }

    private static boolean isZero(double[] d) {
        for (double x : d) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
