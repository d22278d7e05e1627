package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;

/**
 * The dense result of one run: any output at any time in [0, duration], exact threshold
 * crossings, and the mass balance. Values come from the integrator's own continuous output
 * (7th-order Dormand–Prince interpolant, error-controlled at the step ends).
 *
 * <p>At a dose time the value after the dose is reported.
 */
public final class Trajectory {
    private static final int SUBSAMPLES = 4;

    private final CompiledModel model;
    private final List<Segment> segments;
    private final double[] starts;

    Trajectory(CompiledModel model, List<Segment> segments) {
        this.model = model;
        this.segments = List.copyOf(segments);
        this.starts = segments.stream().mapToDouble(s -> s.t0).toArray();
    }

    public CompiledModel model() {
        return model;
    }

    public double endTime() {
        return segments.get(segments.size() - 1).t1;
    }

    /** The output with this name, e.g. {@code naltrexone} or {@code occupancy}. */
    public Output output(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no output '" + name + "'; available: "
                + String.join(", ", model.outputs.stream().map(Output::name).toList())));
    }

    public Optional<Output> find(String name) {
        return model.outputs.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** Value of an output at t (h). */
    public double value(Output output, double t) {
        return output.value().at(t, state(t));
    }

    /** Value of the named output at t (h). */
    public double value(String output, double t) {
        return value(output(output), t);
    }

    /** Plasma concentration of an analyte at t (ng/mL). */
    public double concentration(String analyte, double t) {
        return value(analyte, t);
    }

    /** Primary state at t (amounts in mg, effect sites in ng/mL, occupancies as fractions). */
    public double[] state(double t) {
        return segmentAt(t).at(t).getPrimaryState();
    }

    /** Amount eliminated by t (mg parent equivalents). */
    public double eliminated(double t) {
        return segmentAt(t).at(t).getSecondaryState(1)[0];
    }

    /** Where the drug is at t. */
    public MassBalance massBalance(double t) {
        double[] y = state(t);
        double inBody = 0;
        for (int j = 0; j < y.length; j++) {
            inBody += model.parentEquivalent[j] * y[j];
        }
        double administered = 0;
        for (CompiledModel.Jump j : model.jumps) {
            if (j.time() <= t && !j.fromDepot()) {
                administered += j.amount();
            }
        }
        for (CompiledModel.Infusion inf : model.infusions) {
            administered += inf.rate() * Math.max(0, Math.min(t, inf.end()) - inf.start());
        }
        double load = 0;
        double released = 0;
        double remaining = 0;
        double removed = 0;
        for (DepotDose d : model.depots) {
            if (d.time() <= t) {
                load += d.load();
                released += d.released(t);
                remaining += d.remaining(t);
                removed += d.removed(t);
            }
        }
        administered += released;
        return new MassBalance(administered, inBody, eliminated(t), load, released, remaining, removed);
    }

    /** Samples an output on a grid. */
    public double[] sample(Output output, double[] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            out[i] = value(output, times[i]);
        }
        return out;
    }

    /**
     * Every time the output crosses {@code threshold}, found by Brent root-finding on the
     * integrator's continuous output (to 1e-9 h), plus crossings made by a jump at a dose.
     */
    public List<Crossing> crossings(Output output, double threshold) {
        return crossings(List.of(output), new double[] {threshold}).get(0);
    }

    /**
     * The crossings of several (output, threshold) pairs in one pass: element k is
     * {@code crossings(outputs.get(k), thresholds[k])}, identically, but the continuous output is
     * interpolated once per sample point for all pairs instead of once per pair.
     */
    public List<List<Crossing>> crossings(List<Output> outputs, double[] thresholds) {
        int n = outputs.size();
        if (thresholds.length != n) {
            throw new IllegalArgumentException(n + " outputs but " + thresholds.length + " thresholds");
        }
        List<List<Crossing>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new ArrayList<>());
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, 1e-9, 1e-300, 5);
        double[] previous = null;
        double[] ga = new double[n];
        double[] gb = new double[n];
        for (Segment seg : segments) {
            for (int s = 0; s < seg.stepCount(); s++) {
                ODEStateInterpolator step = seg.step(s);
                double x0 = step.getPreviousState().getTime();
                double x1 = step.getCurrentState().getTime();
                double xa = x0;
                exceedances(outputs, thresholds, seg.time(x0), stateAt(step, x0), ga);
                for (int k = 0; k < n; k++) {
                    if (previous != null && (previous[k] < 0) != (ga[k] < 0)) {
                        out.get(k).add(new Crossing(seg.time(x0), ga[k] >= 0));
                    }
                }
                for (int q = 1; q <= SUBSAMPLES; q++) {
                    double xb = q == SUBSAMPLES ? x1 : x0 + (x1 - x0) * q / SUBSAMPLES;
                    exceedances(outputs, thresholds, seg.time(xb), stateAt(step, xb), gb);
                    for (int k = 0; k < n; k++) {
                        if ((ga[k] < 0) != (gb[k] < 0)) {
                            Output.Evaluator f = outputs.get(k).value();
                            double level = thresholds[k];
                            UnivariateFunction g = x -> f.at(seg.time(x), stateAt(step, x)) - level;
                            double root = gb[k] == 0 ? xb : solver.solve(200, g, xa, xb);
                            out.get(k).add(new Crossing(seg.time(root), gb[k] >= 0));
                        }
                    }
                    xa = xb;
                    double[] swap = ga;
                    ga = gb;
                    gb = swap;
                }
                previous = previous == null ? new double[n] : previous;
                System.arraycopy(ga, 0, previous, 0, n);
            }
        }
        return out;
    }

    /** g[k] = output k at (t, y) minus threshold k. */
    private static void exceedances(List<Output> outputs, double[] thresholds, double t, double[] y, double[] g) {
        for (int k = 0; k < g.length; k++) {
            g[k] = outputs.get(k).value().at(t, y) - thresholds[k];
        }
    }

    /** Gauss–Legendre nodes and weights on [0, 1], 5 points (exact for polynomials of degree 9). */
    private static final double[] GL_X = {0.04691007703066800, 0.23076534494715845, 0.5, 0.76923465505284155,
        0.95308992296933200};
    private static final double[] GL_W = {0.11846344252809454, 0.23931433524968324, 0.28444444444444444,
        0.23931433524968324, 0.11846344252809454};

    /**
     * ∫ output dt over [a, b] (output unit × h), by 5-point Gauss–Legendre on every integrator step
     * (the continuous output is a polynomial of degree 7 on each step, so this is exact for it).
     */
    public double integral(Output output, double a, double b) {
        double sum = 0;
        for (Segment seg : segments) {
            if (seg.t1 <= a || seg.t0 >= b) {
                continue;
            }
            double xa = seg.variable(Math.max(a, seg.t0));
            double xb = seg.variable(Math.min(b, seg.t1));
            for (int k = 0; k < seg.stepCount(); k++) {
                ODEStateInterpolator step = seg.step(k);
                double lo = Math.max(xa, step.getPreviousState().getTime());
                double hi = Math.min(xb, step.getCurrentState().getTime());
                if (hi <= lo) {
                    continue;
                }
                for (int q = 0; q < GL_X.length; q++) {
                    double x = lo + (hi - lo) * GL_X[q];
                    double t = seg.time(x);
                    double jac = seg.p == 1 ? 1 : seg.p * Math.pow(x, seg.p - 1);
                    sum += GL_W[q] * (hi - lo) * jac * output.value().at(t, stateAt(step, x));
                }
            }
        }
        return sum;
    }

    /** Value just before t (the left limit at a dose time: a trough). */
    public double valueBefore(Output output, double t) {
        if (t <= 0) {
            return value(output, 0);
        }
        Segment seg = segmentAt(Math.nextDown(t));
        if (seg.t0 >= t) {
            return value(output, t);
        }
        return output.value().at(t, seg.at(t).getPrimaryState());
    }

    /** Total time (h) during which the output is at or above the threshold. */
    public double timeAbove(Output output, double threshold) {
        return timeAbove(crossings(output, threshold), value(output, 0) >= threshold);
    }

    /** Total time (h) at or above a threshold, from its crossings and whether the run starts above it. */
    public double timeAbove(List<Crossing> crossings, boolean startsAbove) {
        boolean above = startsAbove;
        double since = 0;
        double total = 0;
        for (Crossing c : crossings) {
            if (c.rising() && !above) {
                since = c.time();
                above = true;
            } else if (!c.rising() && above) {
                total += c.time() - since;
                above = false;
            }
        }
        return above ? total + endTime() - since : total;
    }

    /**
     * The first time the output falls below the threshold after having reached it (h): +infinity if
     * it never does, 0 if it is never reached.
     */
    public static double firstFailure(List<Crossing> crossings, boolean startsAbove) {
        boolean reached = startsAbove;
        for (Crossing x : crossings) {
            if (x.rising()) {
                reached = true;
            } else if (reached) {
                return x.time();
            }
        }
        return reached ? Double.POSITIVE_INFINITY : 0;
    }

    private static double[] stateAt(ODEStateInterpolator step, double x) {
        ODEStateAndDerivative s = x >= step.getCurrentState().getTime() ? step.getCurrentState()
                : x <= step.getPreviousState().getTime() ? step.getPreviousState() : step.getInterpolatedState(x);
        return s.getPrimaryState();
    }

    private Segment segmentAt(double t) {
        if (t < 0 || t > endTime() + 1e-9) {
            throw new IllegalArgumentException("t = " + t + " h is outside the simulated span [0, " + endTime() + "] h");
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.get(lo);
    }
}
