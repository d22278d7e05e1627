package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * The dense result of one run: any output at any time in [0, duration], exact threshold
 * crossings, and the mass balance. Values come from the run's {@link Piece}s: the exact solution of the
 * linear part with the binding integrator's interpolant on top, or the general integrator's own
 * continuous output (7th-order Dormand–Prince interpolant, error-controlled at the step ends).
 *
 * <p>At a dose time the value after the dose is reported.
 */
public final class Trajectory {
    private final CompiledModel model;
    private final List<Piece> pieces;
    private final double[] starts;
    private double[][][] nodeStates;

    Trajectory(CompiledModel model, List<Piece> pieces) {
        this.model = model;
        this.pieces = List.copyOf(pieces);
        this.starts = pieces.stream().mapToDouble(Piece::start).toArray();
    }

    public CompiledModel model() {
        return model;
    }

    public double endTime() {
        return pieces.get(pieces.size() - 1).end();
    }

    /** The output with this name, e.g. {@code naltrexone} or {@code occupancy}. */
    public Output output(String name) {
        return model.output(name);
    }

    public Optional<Output> find(String name) {
        return model.find(name);
    }

    /** Value of an output at t (h). */
    public double value(Output output, double t) {
        return output.at(t, state(t));
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
        return pieceAt(t).at(t);
    }

    /** Where the run stands just before t (h): its states and eliminated amount, without a dose given at t. */
    public RunState stateBefore(double t) {
        Piece piece = t > startTime() ? pieceAt(Math.nextDown(t)) : pieceAt(t);
        double at = Math.min(Math.max(t, piece.start()), piece.end());
        return new RunState(t, piece.at(at), piece.eliminated(at));
    }

    /** Time (h) the run starts at: 0, or the time of the state it was started from. */
    public double startTime() {
        return starts[0];
    }

    /** Amount eliminated by t (mg parent equivalents). */
    public double eliminated(double t) {
        return pieceAt(t).eliminated(t);
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
        double[][][] nodes = nodes();
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            double t0 = piece.start();
            double ta = t0;
            exceedances(outputs, thresholds, t0, nodes[p][0], ga);
            for (int k = 0; k < n; k++) {
                if (previous != null && (previous[k] < 0) != (ga[k] < 0)) {
                    out.get(k).add(new Crossing(t0, ga[k] >= 0));
                }
            }
            for (int q = 1; q < NODES.length; q++) {
                double tb = nodeTime(piece, q);
                exceedances(outputs, thresholds, tb, nodes[p][q], gb);
                for (int k = 0; k < n; k++) {
                    if ((ga[k] < 0) != (gb[k] < 0)) {
                        Output.Evaluator f = outputs.get(k).value();
                        double level = thresholds[k];
                        UnivariateFunction g = x -> f.at(x, piece.at(x)) - level;
                        double root = gb[k] == 0 ? tb : solver.solve(200, g, ta, tb);
                        out.get(k).add(new Crossing(root, gb[k] >= 0));
                    }
                }
                ta = tb;
                double[] swap = ga;
                ga = gb;
                gb = swap;
            }
            previous = previous == null ? new double[n] : previous;
            System.arraycopy(ga, 0, previous, 0, n);
        }
        return out;
    }

    /** g[k] = output k at (t, y) minus threshold k. */
    private static void exceedances(List<Output> outputs, double[] thresholds, double t, double[] y, double[] g) {
        for (int k = 0; k < g.length; k++) {
            g[k] = outputs.get(k).at(t, y) - thresholds[k];
        }
    }

    /**
     * Where each piece is looked at by the crossing search and the quadrature, as fractions of the piece: its
     * start, the 5 Gauss–Legendre nodes on [0, 1] (exact for polynomials of degree 9) and its end.
     */
    private static final double[] NODES = {0, 0.04691007703066800, 0.23076534494715845, 0.5, 0.76923465505284155,
        0.95308992296933200, 1};
    /** Gauss–Legendre weights of NODES[1..5]. */
    private static final double[] GL_W = {0.11846344252809454, 0.23931433524968324, 0.28444444444444444,
        0.23931433524968324, 0.11846344252809454};

    /** Nodes within this fraction of the largest node value are refined into peaks ({@link #max}). */
    private static final double PEAK_SCREEN = 0.1;

    private static double nodeTime(Piece piece, int q) {
        return q == NODES.length - 1 ? piece.end() : piece.start() + (piece.end() - piece.start()) * NODES[q];
    }

    /**
     * The state at every piece's {@link #NODES}, worked out once for all outputs and thresholds: a summary of
     * several outputs then evaluates the solution once per node instead of once per node and output.
     */
    private synchronized double[][][] nodes() {
        if (nodeStates == null) {
            double[][][] states = new double[pieces.size()][NODES.length][];
            for (int p = 0; p < states.length; p++) {
                Piece piece = pieces.get(p);
                for (int q = 0; q < NODES.length; q++) {
                    states[p][q] = piece.at(nodeTime(piece, q));
                }
            }
            nodeStates = states;
        }
        return nodeStates;
    }

    /**
     * An output at the solution's own nodes ({@link #NODES}: each piece's start and its Gauss–Legendre nodes, and
     * the end of the run), from the states worked out once for all outputs: {times, values}, times
     * non-decreasing. At most a fifth of a piece apart.
     */
    public double[][] nodeValues(Output output) {
        double[][][] nodes = nodes();
        int last = NODES.length - 1;
        double[] times = new double[pieces.size() * last + 1];
        double[] values = new double[times.length];
        int i = 0;
        for (int p = 0; p < pieces.size(); p++) {
            for (int q = 0; q < last; q++) {
                times[i] = nodeTime(pieces.get(p), q);
                values[i++] = output.at(times[i - 1], nodes[p][q]);
            }
        }
        Piece end = pieces.get(pieces.size() - 1);
        times[i] = end.end();
        values[i] = output.at(end.end(), nodes[pieces.size() - 1][last]);
        return new double[][] {times, values};
    }

    /**
     * ∫ output dt over [a, b] (output unit × h), by 5-point Gauss–Legendre on every piece (exact for the
     * integrator's degree-7 interpolant; pieces of the exact solution are shorter than twice the
     * fastest time constant, where the rule's error is below 1e-9 of the integral).
     */
    public double integral(Output output, double a, double b) {
        double[][][] nodes = nodes();
        double sum = 0;
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            double lo = Math.max(a, piece.start());
            double hi = Math.min(b, piece.end());
            if (hi <= lo) {
                continue;
            }
            boolean whole = lo == piece.start() && hi == piece.end();
            for (int q = 1; q <= GL_W.length; q++) {
                double t = lo + (hi - lo) * NODES[q];
                sum += GL_W[q - 1] * (hi - lo) * output.at(t, whole ? nodes[p][q] : piece.at(t));
            }
        }
        return sum;
    }

    /** Value just before t (the left limit at a dose time: a trough). */
    public double valueBefore(Output output, double t) {
        if (t <= startTime()) {
            return value(output, t);
        }
        Piece piece = pieceAt(Math.nextDown(t));
        if (piece.start() >= t) {
            return value(output, t);
        }
        return output.at(t, piece.at(t));
    }

    /** Total time (h) during which the output is at or above the threshold. */
    public double timeAbove(Output output, double threshold) {
        return timeAbove(crossings(output, threshold), value(output, 0) >= threshold);
    }

    /** Total time (h) at or above a threshold, from its crossings and whether the run starts above it. */
    public double timeAbove(List<Crossing> crossings, boolean startsAbove) {
        return Crossing.timeAbove(crossings, startsAbove, endTime());
    }

    /**
     * The run on a grid: the kept outputs sampled at the grid times and the crossings of the watched
     * (output, threshold) pairs ({@link CompiledModel#onGrid}).
     */
    GridResult onGrid(double[] grid, List<Output> kept, List<Output> watched, double[] levels, double peakWindow) {
        double[][] values = new double[kept.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = sample(kept.get(i), grid);
        }
        boolean[] startsAbove = new boolean[watched.size()];
        for (int k = 0; k < startsAbove.length; k++) {
            startsAbove[k] = value(watched.get(k), 0) >= levels[k];
        }
        double window = kept.isEmpty() ? Double.NaN : peakWindow;
        double[] windowMax = new double[GridResult.windows(window, endTime())];
        double[] windowMin = new double[windowMax.length];
        double[] max = {Double.NEGATIVE_INFINITY, Double.NaN};
        if (windowMax.length > 0) {
            max = extremes(kept.get(0), window, windowMax, 1);
            extremes(kept.get(0), window, windowMin, -1);
        }
        return new GridResult(grid.clone(), values, crossings(watched, levels), startsAbove, endTime(), max[0], max[1],
                window, windowMax, windowMin);
    }

    /**
     * The largest ({@code sign} 1) or lowest (−1) value of an output over the run and the first time it is reached,
     * {value, time}, and the largest or lowest in each window of {@code window} h into {@code out}
     * ({@link GridResult#windowMax}, {@link GridResult#windowMin}): the values at every piece's nodes ({@link #NODES}:
     * its start, its Gauss–Legendre nodes and its end, the left limit before an event) and at the windows' ends (the
     * left limit closes a window, the right one opens the next), and where a node stands beyond its neighbours in the
     * piece (one neighbour at the piece's ends, where the extremum may lie just inside, as a trough just after a dose
     * whose release starts slowly) and within {@link #PEAK_SCREEN} of its window's extreme node, the extremum between
     * those neighbours by Brent's method on the piece (to 1e-10 h).
     */
    double[] extremes(Output output, double window, double[] out, double sign) {
        double[][][] nodes = nodes();
        int count = NODES.length;
        int windows = out.length;
        double[][] v = new double[pieces.size()][count];
        // sign·value throughout: the largest of it is the extreme sought
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int k = 1; k < windows; k++) {
            double edge = k * window;
            Piece before = pieceAt(Math.nextDown(edge));
            out[k - 1] = Math.max(out[k - 1], sign * output.at(edge, before.at(edge)));
            out[k] = Math.max(out[k], sign * value(output, edge));
        }
        for (int p = 0; p < pieces.size(); p++) {
            for (int q = 0; q < count; q++) {
                double t = nodeTime(pieces.get(p), q);
                v[p][q] = sign * output.at(t, nodes[p][q]);
                // a piece's end is the left limit: at a window's start, it belongs to the window before
                int k = GridResult.windowOf(q == count - 1 ? Math.nextDown(t) : t, window, windows);
                out[k] = Math.max(out[k], v[p][q]);
            }
        }
        double[] top = out.clone();
        double best = Double.NEGATIVE_INFINITY;
        double when = Double.NaN;
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-10);
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            double[] w = v[p];
            for (int q = 0; q < count; q++) {
                double value = w[q];
                double time = nodeTime(piece, q);
                double near = top[GridResult.windowOf(time, window, windows)];
                if ((q == 0 || w[q - 1] < value) && (q == count - 1 || value >= w[q + 1])
                        && value >= near - PEAK_SCREEN * Math.abs(near)) {
                    double a = nodeTime(piece, Math.max(q - 1, 0));
                    double b = nodeTime(piece, Math.min(q + 1, count - 1));
                    UnivariatePointValuePair turn = brent.optimize(new MaxEval(200), GoalType.MAXIMIZE,
                            new SearchInterval(a, b, 0.5 * (a + b)),
                            new UnivariateObjectiveFunction(x -> sign * output.at(x, piece.at(x))));
                    if (turn.getValue() > value) {
                        value = turn.getValue();
                        time = turn.getPoint();
                        int k = GridResult.windowOf(time, window, windows);
                        out[k] = Math.max(out[k], value);
                    }
                }
                if (value > best) {
                    best = value;
                    when = time;
                }
            }
        }
        for (int k = 0; k < windows; k++) {
            out[k] *= sign;
        }
        return new double[] {sign * best, when};
    }

    private Piece pieceAt(double t) {
        if (t < startTime() || t > endTime() + 1e-9) {
            throw new IllegalArgumentException("t = " + t + " h is outside the simulated span [" + startTime() + ", "
                    + endTime() + "] h");
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
        return pieces.get(lo);
    }
}
