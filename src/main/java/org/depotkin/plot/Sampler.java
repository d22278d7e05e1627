package org.depotkin.plot;

import java.util.Arrays;
import java.util.TreeSet;
import org.depotkin.analysis.Events;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Scenario;

/**
 * Chooses the times at which a trajectory is drawn, so that a 1200 px figure shows every peak,
 * trough and jump at its true height without carrying needless points. The rule:
 * <ol>
 *   <li>a uniform grid of step {@code h = clamp(outputStep, T/4000, T/1000)} over [0, T]: between
 *       1000 and 4000 points, never coarser than the scenario's output step unless that would exceed
 *       4000 points (14 d of daily oral dosing at a 1 h output step: 0.34 h; 28 d: 0.67 h; 180 d:
 *       1.08 h; 365 d of an implant: 2.2 h);</li>
 *   <li>every event time where a curve jumps or kinks ({@link Events}: dose, oral dose + lag,
 *       infusion end, depot removal and release-law breakpoints), together with the instant 1e-6 h
 *       before it, so that troughs are exact and jumps are drawn vertical;</li>
 *   <li>every local maximum of the sampled series is located by golden-section search between its
 *       neighbours and the true peak inserted, so no Cmax is clipped by the grid;</li>
 *   <li>each interval is bisected while the curve's midpoint lies more than 0.1 % of the series'
 *       maximum (about half a pixel) off the straight chord, down to T/4800 (a quarter pixel in x),
 *       so that steep absorption and distribution phases are drawn as curves, not polylines.</li>
 * </ol>
 * Slow curves (implants) keep about the base grid; daily oral dosing over 14 d gets about 25 % more
 * points (1026 → 1296). Values come from {@link Trajectory#value(Output, double)} (the integrator's dense
 * output), so no point is interpolated by the plot.
 */
public final class Sampler {
    /** Fewest points of the uniform grid. */
    public static final int MIN_POINTS = 1000;
    /** Most points of the uniform grid. */
    public static final int MAX_POINTS = 4000;
    /** How far before an event the value before it is sampled (h). */
    static final double BEFORE = 1e-6;
    /** Bisect where the midpoint is off the chord by more than this fraction of the series' largest value. */
    static final double BEND = 1e-3;
    /** Bisection stops at intervals of duration / FINEST (a quarter pixel across a 1200 px figure). */
    static final int FINEST = 4800;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private Sampler() {
    }

    /** Step of the uniform grid (h) for a run of {@code duration} h with this output step. */
    public static double step(double duration, double outputStep) {
        return Math.min(Math.max(outputStep, duration / MAX_POINTS), duration / MIN_POINTS);
    }

    /** Uniform grid plus event times (rules 1 and 2), ascending, within [0, end]. */
    public static double[] grid(Trajectory trajectory) {
        double end = trajectory.endTime();
        Scenario s = trajectory.model().scenario();
        double h = step(end, s.outputStep());
        TreeSet<Double> times = new TreeSet<>();
        int n = (int) Math.ceil(end / h - 1e-9);
        for (int i = 0; i < n; i++) {
            times.add(i * h);
        }
        times.add(end);
        for (double t : Events.of(trajectory.model(), end)) {
            if (t > 0) {
                times.add(t);
                times.add(Math.max(0, t - BEFORE));
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Samples one output of a trajectory by the rule above. */
    public static Curve sample(Trajectory trajectory, Output output) {
        double[] t = grid(trajectory);
        double[] y = trajectory.sample(output, t);
        double scale = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double tol = scale * BEND;
        double dtMin = trajectory.endTime() / FINEST;
        Points out = new Points(2 * t.length);
        out.add(t[0], y[0]);
        for (int i = 1; i < t.length; i++) {
            if (i + 1 < t.length && y[i] > y[i - 1] && y[i] >= y[i + 1]) {
                // a local maximum: insert the true peak between the neighbours
                double tp = argMax(trajectory, output, t[i - 1], t[i + 1]);
                double yp = trajectory.value(output, tp);
                if (yp > y[i] && tp > t[i - 1] && tp < t[i + 1] && tp != t[i]) {
                    if (tp < t[i]) {
                        refine(trajectory, output, t[i - 1], y[i - 1], tp, yp, tol, dtMin, out);
                        refine(trajectory, output, tp, yp, t[i], y[i], tol, dtMin, out);
                    } else {
                        refine(trajectory, output, t[i - 1], y[i - 1], t[i], y[i], tol, dtMin, out);
                        refine(trajectory, output, t[i], y[i], tp, yp, tol, dtMin, out);
                        t[i] = tp; // the next interval starts at the peak
                        y[i] = yp;
                    }
                    continue;
                }
            }
            refine(trajectory, output, t[i - 1], y[i - 1], t[i], y[i], tol, dtMin, out);
        }
        return out.curve();
    }

    /**
     * Adds the points of (t0, t1] to {@code out}, bisecting while the curve's midpoint is more than
     * {@code tol} off the chord and the halves are at least {@code dtMin} long.
     */
    private static void refine(Trajectory tr, Output out, double t0, double y0, double t1, double y1, double tol,
                               double dtMin, Points points) {
        double tm = 0.5 * (t0 + t1);
        if (t1 - t0 >= 2 * dtMin && tm > t0 && tm < t1) {
            double ym = tr.value(out, tm);
            if (Math.abs(ym - 0.5 * (y0 + y1)) > tol) {
                refine(tr, out, t0, y0, tm, ym, tol, dtMin, points);
                refine(tr, out, tm, ym, t1, y1, tol, dtMin, points);
                return;
            }
        }
        points.add(t1, y1);
    }

    /** A growable list of points. */
    private static final class Points {
        private double[] t;
        private double[] y;
        private int n;

        Points(int capacity) {
            t = new double[capacity];
            y = new double[capacity];
        }

        void add(double time, double value) {
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
            }
            t[n] = time;
            y[n++] = value;
        }

        Curve curve() {
            return new Curve(Arrays.copyOf(t, n), Arrays.copyOf(y, n));
        }
    }

    /** Golden-section search for the maximum of the output on [a, b]. */
    private static double argMax(Trajectory tr, Output out, double a, double b) {
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = tr.value(out, c);
        double fd = tr.value(out, d);
        for (int k = 0; k < 60 && b - a > 1e-9 * Math.max(1, b); k++) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = tr.value(out, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = tr.value(out, d);
            }
        }
        return fc >= fd ? c : d;
    }

}
