package org.depotkin.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * Follows the exact solution ({@link ModalSolver}) along a grid without keeping it: the modal state is
 * carried from node to node (grid times and panel ends) by the one-step map of each mode,
 * <pre>
 *   z_j(t + δ) = e^(λ_j·δ)·z_j(t) + β_j·Σ_m a_m·m!·δ^(m+1)·φ_(m+1)(λ_j·δ),   u(t + τ) = Σ_m a_m·τ^m
 * </pre>
 * plus, for the first mode of a coupled pair ({@link Modes}), c_j·δ·(φ_0[λ_j·δ, λ_(j+1)·δ]·z_(j+1)(t) +
 * β_(j+1)·Σ_m a_m·m!·δ^(m+1)·φ_(m+1)[λ_j·δ, λ_(j+1)·δ]) ({@link Phi#divided}). The factors are computed once for
 * the grid step, so a grid step costs a few multiplications per mode instead of the φ-functions of a fresh time
 * ({@link LinearPanel}). The input's Taylor coefficients a_m at each node come from the panel's polynomial by a
 * Taylor shift. This is the same solution as the panel's closed form, evaluated by another sum (the two agree to
 * rounding, GridWalkTest).
 *
 * <p>Crossings of the watched thresholds are found between nodes: where the values at both ends lie on
 * opposite sides, by Newton's method on the closed form kept inside the bracket (to 1e-10 h), started where the
 * cubic Hermite interpolant of the end values and slopes crosses and stopped as soon as a Newton step is below the
 * tolerance (3.1 evaluations per crossing on the oral population scenario, 14.5 from the secant when a converged
 * step landing on the bracket's end bisected on); where they lie
 * on the same side but the slopes show an extremum in between, the extremum is estimated from the cubic
 * Hermite interpolant of the end values and slopes, and when that estimate with its bulge doubled reaches
 * the threshold the extremum is located on the closed form and, if it crosses, both crossings are solved
 * for. A dose that carries the output across a threshold gives a crossing at its time, as in
 * {@link Trajectory#crossings}.
 *
 * <p>The largest value of the first kept output (the peak concentration of a population's subject) is located the
 * same way: the node values, at panel ends the value before the next event, and between nodes where the slope turns
 * from rising to falling, the turn solved for on the closed form (the slope's root, by secant steps kept in the
 * bracket from the Hermite interpolant's turn, to {@link #peakTolerance}). Every turn is solved: at steady state
 * the peaks differ by less than a Hermite estimate's error, so no estimate can tell which one is highest. The same
 * values give the largest and lowest in each window of a given length (a subject's daily peaks and troughs; with
 * windows, the troughs between nodes are solved for as the peaks are): the windows' ends are nodes, so a window's
 * extremes are at nodes or turns.
 */
final class GridWalk implements Consumer<LinearPanel> {
    /** Half-width (h) of the central difference along the flow that gives an output's slope. */
    private static final double SLOPE_STEP = 1e-3;
    private static final int HERMITE_SAMPLES = 16;
    private static final int HERMITE_NEWTON_STEPS = 4;
    /**
     * Longest node spacing in time constants of the fastest mode. With nodes this far apart (a grid of the start
     * alone), every crossing of the dense trajectory at 2, 10, 50 and 90 % of each output's peak is found on every
     * bundled scenario (GridWalkTest); at 10 one is missed (an oral peak between nodes).
     */
    static final double NODE_TIMES_TAU = 6.0;
    /**
     * Most nodes over a run: a mode whose {@link #NODE_TIMES_TAU} time constants are shorter than the run's
     * 1/MAX_NODES (a clearance of 1e9 L/h) settles within one node spacing of each event and then follows its input;
     * it must not make billions of nodes (as {@link ModalSolver#MAX_PIECES} for the dense solution).
     */
    static final double MAX_NODES = 100_000;
    /** Crossing times are solved to this (h). */
    static final double ROOT_TOLERANCE = 1e-10;
    private static final int ROOT_ITERATIONS = 100;
    /**
     * A peak's time is solved to this (h): the value is then within ½·|f''|·(1e-7 h)² of the peak, below 1e-13 of it
     * for an oral absorption peak.
     */
    static final double PEAK_TOLERANCE = 1e-7;
    /** Rates up to this (1/h) keep {@link #PEAK_TOLERANCE}; a faster one narrows it in proportion. */
    private static final double PEAK_TOLERANCE_RATE = 10;
    private static final int TERMS = InputFit.DEGREE + 1;

    static {
        if (TERMS != 13) {
            throw new ExceptionInInitializerError("GridWalk.estrin sums 13 terms; InputFit.DEGREE is " + InputFit.DEGREE);
        }
    }

    private final CompiledModel model;
    private final Modes modes;
    /** β = V⁻¹·b, the input's weight in each mode. */
    private final double[] beta;
    private final int[] stateOf;
    private final double[] grid;
    private final List<Output> kept;
    private final List<Output> watched;
    private final double[] levels;
    /** For each watched pair, the first pair watching the same output (its value and slope serve both). */
    private final int[] firstOfOutput;
    private final double[][] values;
    private final List<List<Crossing>> crossings = new ArrayList<>();
    private final boolean[] startsAbove;
    /**
     * The node spacing Δ: the grid step, divided into equal parts when it is longer than {@link #NODE_TIMES_TAU}
     * time constants of the fastest mode, so that between two nodes the cubic Hermite estimate of an extremum
     * holds (a coarse grid, or none, still finds every crossing).
     */
    private final double step;
    /**
     * The one-step factors for the node spacing Δ: e^(λ_j·Δ); the weight of the partner's state c_j·Δ·φ_0[λ_j·Δ,
     * λ_(j+1)·Δ] (0 for a single mode); the response to the input's m-th Taylor coefficient,
     * β_j·m!·Δ^(m+1)·φ_(m+1)(λ_j·Δ) plus the partner's share (at j·TERMS + m: the terms of one mode next to each
     * other).
     */
    private final double[] decay;
    private final double[] link;
    private final double[] response;
    private final double[] otherDecay;
    private final double[] otherLink;
    private final double[] otherResponse;
    private final double[] z;
    private final double[] taylor;
    /**
     * The panel's forced increment of a grid step as a polynomial in r, Σ_p forcing[j·TERMS + p]·r^p for mode j;
     * worked out at the panel's first grid step and summed by {@link #estrin} mode by mode, padded with zeros to
     * {@link #TERMS} so that the sum has no loop ({@link #forcingOf} is the panel it holds, null for none).
     */
    private final double[] forcing;
    /** C(m + p, m)·d_(m+p)·h^(−m) at p·TERMS + m: the panel's input and its derivatives' Taylor coefficients. */
    private final double[] shifted;
    /** The input's coefficients on panel {@link #inputOf}, padded with zeros to {@link #TERMS}. */
    private final double[] input;
    private LinearPanel inputOf;
    private LinearPanel forcingOf;
    private final double[] phi = new double[LinearPanel.PHI_SIZE];
    private final double[] divided = new double[LinearPanel.PHI_SIZE];
    private final double[] scratch = new double[LinearPanel.PHI_SIZE];
    /**
     * For each coordinate in {@link #sloped}, in that order: its slope's weights on the modal state, row i of V·M
     * (M the modal matrix, eigenvalues with the coupled pairs' links), and on the input, (V·β)_i, so x_i' = Σ_j
     * W_ij·z_j + w_i·u without the modes' own slopes.
     */
    private final double[] slopeRows;
    private final double[] slopeInput;
    private final double[] y;
    private final double[] yDot;
    private final double[] probe;
    private final double[] zAt;
    private final double[] yAt;
    private final double[] yDotAt;
    /** The last {@link #exact(LinearPanel, int, double, boolean)} evaluation: value and slope. */
    private double valueAt;
    private double slopeAt;
    /** The linear coordinates whose states the kept and watched outputs read (all when one may read any). */
    private final int[] coordinates;
    /**
     * Those whose slopes are needed: the states the watched outputs and the peaked one read (an output that is only
     * kept, such as occupancy from the effect sites, needs no slope).
     */
    private final int[] sloped;
    private double[] f0;
    private double[] s0;
    private double[] f1;
    private double[] s1;
    private int next;
    private boolean started;
    /**
     * A turn's time is solved to this (h): {@link #PEAK_TOLERANCE}, narrowed for a mode faster than
     * {@link #PEAK_TOLERANCE_RATE} so that λ·δ, and so the value's relative error ½·(λ·δ)², stays as small.
     */
    private final double peakTolerance;
    /** The output whose largest value is located (the first kept one), null when none is. */
    private final Output peaked;
    /** The watched pair whose output is the peaked one (its value and slope serve both), −1 for none. */
    private final int peakedWatched;
    /** Its value and slope at the last two nodes. */
    private double p0;
    private double q0;
    private double p1;
    private double q1;
    /** Its largest value over the run and in each window ({@link GridResult#windowMax}). */
    private final Extremes extremes;
    private final BrentOptimizer peaks = new BrentOptimizer(1e-10, 1e-9);
    /**
     * When only crossings are asked for (nothing kept, no peak): the bound that ends the walk once none is left
     * ({@link #settled}); null otherwise.
     */
    private final Ceiling ceiling;
    /** Parent equivalents in the body per unit of each mode: Σ_i peq_i·V_ij. */
    private final double[] inBody;
    /** End of the last panel walked (h). */
    private double walked;

    /**
     * @param grid    grid times (h), ascending; steps equal to the first one share its one-step factors, others
     *                get their own
     * @param kept    outputs whose values are kept at the grid times
     * @param watched outputs whose crossings of {@code levels} are found
     * @param peakWindow the largest value of the first kept output is located in each window of this length (h),
     *                   +∞ for the whole run only; NaN: not located ({@link GridResult#windowMax})
     */
    GridWalk(CompiledModel model, ModalSolver solver, double[] grid, List<Output> kept, List<Output> watched,
             double[] levels, double peakWindow) {
        this.model = model;
        this.modes = solver.modes();
        this.beta = solver.beta();
        this.stateOf = solver.stateOf();
        this.grid = grid.clone();
        this.kept = List.copyOf(kept);
        this.watched = List.copyOf(watched);
        this.levels = levels.clone();
        this.firstOfOutput = new int[watched.size()];
        for (int k = 0; k < firstOfOutput.length; k++) {
            firstOfOutput[k] = watched.indexOf(watched.get(k));
        }
        this.values = new double[kept.size()][grid.length];
        this.startsAbove = new boolean[watched.size()];
        for (int k = 0; k < watched.size(); k++) {
            crossings.add(new ArrayList<>());
        }
        int n = modes.size;
        double longest = Math.max(NODE_TIMES_TAU / Math.max(modes.fastestRate(), 1e-9),
                model.scenario.duration() / MAX_NODES);
        double gridStep = grid.length > 1 && grid[1] > grid[0] ? grid[1] - grid[0] : longest;
        this.step = gridStep / Math.ceil(gridStep / longest - 1e-9);
        this.peakTolerance = PEAK_TOLERANCE * Math.min(1, PEAK_TOLERANCE_RATE / modes.fastestRate());
        this.decay = new double[n];
        this.link = new double[n];
        this.response = new double[n * TERMS];
        this.otherDecay = new double[n];
        this.otherLink = new double[n];
        this.otherResponse = new double[n * TERMS];
        constants(step, decay, link, response);
        this.z = new double[n];
        this.taylor = new double[TERMS];
        this.forcing = new double[n * TERMS];
        this.shifted = new double[TERMS * TERMS];
        this.input = new double[TERMS];
        this.y = new double[model.size];
        this.yDot = new double[model.size];
        this.probe = new double[model.size];
        this.zAt = new double[n];
        this.yAt = new double[model.size];
        this.yDotAt = new double[model.size];
        this.coordinates = readCoordinates(model, stateOf, kept, watched);
        this.peaked = !Double.isNaN(peakWindow) && !kept.isEmpty() ? kept.get(0) : null;
        this.extremes = new Extremes(peaked == null ? Double.NaN : peakWindow, model.scenario.duration());
        this.peakedWatched = peaked == null ? -1 : watched.indexOf(peaked);
        this.sloped = readCoordinates(model, stateOf, peaked == null ? List.of() : List.of(peaked), watched);
        this.slopeRows = new double[sloped.length * n];
        this.slopeInput = new double[sloped.length];
        for (int k = 0; k < sloped.length; k++) {
            int row = sloped[k] * n;
            for (int j = 0; j < n; j++) {
                double v = modes.v[row + j];
                slopeRows[k * n + j] += v * modes.lambda[j];
                if (modes.coupling[j] != 0) {
                    slopeRows[k * n + j + 1] += v * modes.coupling[j];
                }
                slopeInput[k] += v * beta[j];
            }
        }
        this.ceiling = kept.isEmpty() && peaked == null ? Ceiling.of(model) : null;
        this.inBody = new double[ceiling == null ? 0 : n];
        for (int i = 0; i < inBody.length; i++) {
            double weight = model.parentEquivalent[stateOf[i]];
            for (int j = 0; j < n; j++) {
                inBody[j] += weight * modes.v[i * n + j];
            }
        }
        int w = watched.size();
        this.f0 = new double[w];
        this.s0 = new double[w];
        this.f1 = new double[w];
        this.s1 = new double[w];
    }

    /** The linear coordinates (indices into {@code stateOf}) of the states that some of the outputs read. */
    private static int[] readCoordinates(CompiledModel model, int[] stateOf, List<Output> kept, List<Output> watched) {
        boolean[] read = new boolean[model.size];
        for (List<Output> outputs : List.of(kept, watched)) {
            for (Output o : outputs) {
                if (o.reads() == null) {
                    Arrays.fill(read, true);
                }
                for (int state : o.reads() == null ? new int[0] : o.reads()) {
                    read[state] = true;
                }
            }
        }
        int[] out = new int[stateOf.length];
        int n = 0;
        for (int i = 0; i < stateOf.length; i++) {
            if (read[stateOf[i]]) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The one-step factors of every mode for a step δ (see {@link #decay}). */
    private void constants(double delta, double[] e, double[] l, double[] q) {
        for (int j = 0; j < modes.size; j++) {
            Phi.of(modes.lambda[j] * delta, phi, TERMS);
            e[j] = phi[0];
            responses(beta[j], delta, phi, q, j, false);
            l[j] = 0;
            double c = modes.coupling[j];
            if (c != 0) {
                Phi.divided(modes.lambda[j] * delta, modes.lambda[j + 1] * delta, divided, TERMS, scratch);
                l[j] = c * delta * divided[0];
                responses(c * delta * beta[j + 1], delta, divided, q, j, true);
            }
        }
    }

    /** Sets (or adds) weight·m!·δ^(m+1)·f_(m+1) as mode j's response to term m of q, for m &lt; TERMS. */
    private void responses(double weight, double delta, double[] f, double[] q, int j, boolean add) {
        double power = delta;
        for (int m = 0; m < TERMS; m++) {
            double value = weight * Phi.factorial(m) * power * f[m + 1];
            q[j * TERMS + m] = add ? q[j * TERMS + m] + value : value;
            power *= delta;
        }
    }

    @Override
    public void accept(LinearPanel panel) {
        System.arraycopy(panel.z0, 0, z, 0, z.length);
        double t = panel.t0;
        observe(panel, t);
        if (peaked != null) {
            extremes.enter(t);
            extremes.offer(t, p1);
        }
        for (int k = 0; k < levels.length; k++) {
            if (!started) {
                startsAbove[k] = f1[k] >= levels[k];
            } else if ((f0[k] < levels[k]) != (f1[k] < levels[k])) {
                crossings.get(k).add(new Crossing(t, f1[k] >= levels[k]));
            }
        }
        started = true;
        while (next < grid.length && grid[next] <= t) {
            keep(next++, t);
        }
        swap();
        while (t < panel.t1) {
            double target = Math.min(next < grid.length && grid[next] < panel.t1 ? grid[next] : panel.t1,
                    extremes.windowEnd());
            double tn = target - t > step * (1 + 1e-9) ? t + step : target;
            advance(panel, t, tn);
            observe(panel, tn);
            detect(panel, t, tn);
            if (peaked != null) {
                turn(panel, t, tn);
                extremes.close(tn, p1, tn < panel.t1);
            }
            if (tn < panel.t1 && next < grid.length && tn == grid[next]) {
                keep(next++, tn);
            }
            swap();
            t = tn;
        }
        walked = panel.t1;
    }

    /** The end of the last panel walked (h): the run's end, or earlier when the walk {@link #settled}. */
    double walkedUntil() {
        return walked;
    }

    /**
     * Whether nothing more can happen after the last panel: only crossings are asked for, and every watched output
     * is below its level at the panel's end and can never reach it again ({@link Ceiling}), so the walk may stop.
     */
    boolean settled() {
        if (ceiling == null) {
            return false;
        }
        for (int k = 0; k < levels.length; k++) {
            if (f0[k] >= levels[k]) {
                return false;
            }
        }
        double body = 0;
        for (int j = 0; j < z.length; j++) {
            body += inBody[j] * z[j];
        }
        // amounts summed from modes carry rounding of the order of 1e-15 of the largest: a margin above it
        double toCome = ceiling.toCome(walked, body) * (1 + 1e-9);
        for (int k = 0; k < levels.length; k++) {
            if (!(ceiling.of(watched.get(k), toCome, y) < levels[k])) {
                return false;
            }
        }
        return true;
    }

    /** The result, once the march is over: grid times at the very end take the run's last state. */
    GridResult result() {
        while (next < grid.length) {
            keep(next++, model.scenario.duration());
        }
        return new GridResult(grid.clone(), values, crossings, startsAbove, model.scenario.duration(), extremes.max(),
                extremes.maxTime(), extremes.length(), extremes.highest(), extremes.lowest());
    }

    private void keep(int g, double t) {
        for (int i = 0; i < values.length; i++) {
            values[i][g] = kept.get(i).at(t, y);
        }
    }


    /**
     * Carries z from t to tn within the panel by the one-step map; a full step that ends the panel hands its state to
     * the panel ({@link LinearPanel#reached}: the next panel starts from it, the closed form at the end is not worked
     * out), a shorter one takes the panel's closed form there.
     */
    private void advance(LinearPanel panel, double t, double tn) {
        boolean full = Math.abs(tn - t - step) <= 1e-12 * step;
        if (tn == panel.t1 && !full) {
            System.arraycopy(panel.z1(), 0, z, 0, z.length);
            return;
        }
        if (panel.d == null || !full) {
            advanceOtherwise(panel, t, tn);
        } else {
            advanceFull(panel, t);
        }
        if (tn == panel.t1) {
            panel.reached(z);
        }
    }

    /** {@link #advance} by a full node spacing on a panel with input: the panel's forcing polynomial at t. */
    private void advanceFull(LinearPanel panel, double t) {
        if (forcingOf != panel) {
            forcing(panel);
            forcingOf = panel;
        }
        double r = (t - panel.t0) / panel.h;
        double r2 = r * r;
        double r4 = r2 * r2;
        double r8 = r4 * r4;
        for (int j = 0; j < z.length; j++) {
            double next = decay[j] * z[j] + estrin(forcing, j * TERMS, r, r2, r4, r8);
            if (link[j] != 0) {
                next += link[j] * z[j + 1];
            }
            z[j] = next;
        }
    }

    /**
     * {@link #advance} without the panel's forcing polynomial: a step without input, or one of another length than
     * the node spacing (its own one-step factors, and the input's Taylor coefficients at t).
     */
    private void advanceOtherwise(LinearPanel panel, double t, double tn) {
        double delta = tn - t;
        double[] e = decay;
        double[] l = link;
        double[] q = response;
        if (Math.abs(delta - step) > 1e-12 * step) {
            constants(delta, otherDecay, otherLink, otherResponse);
            e = otherDecay;
            l = otherLink;
            q = otherResponse;
        }
        int n = z.length;
        int terms = panel.d == null ? 0 : shift(panel, t);
        for (int j = 0; j < n; j++) {
            double next = e[j] * z[j];
            for (int m = 0; m < terms; m++) {
                next += taylor[m] * q[j * TERMS + m];
            }
            if (l[j] != 0) {
                next += l[j] * z[j + 1];
            }
            z[j] = next;
        }
    }

    /**
     * Σ_(p&lt;13) c[at + p]·r^p ({@link #TERMS} = 13) by Estrin's scheme (pairs, then pairs of pairs with r², r⁴, r⁸):
     * four dependent multiply-adds instead of Horner's twelve and no loop, so the sums of the modes overlap in the
     * processor (measured on the XR-NTX population step: a fixed length instead of each panel's own took 6 % off, this
     * order another 4 %).
     */
    private static double estrin(double[] c, int at, double r, double r2, double r4, double r8) {
        double p01 = c[at] + c[at + 1] * r;
        double p23 = c[at + 2] + c[at + 3] * r;
        double p45 = c[at + 4] + c[at + 5] * r;
        double p67 = c[at + 6] + c[at + 7] * r;
        double p89 = c[at + 8] + c[at + 9] * r;
        double p1011 = c[at + 10] + c[at + 11] * r;
        double q0 = p01 + p23 * r2;
        double q1 = p45 + p67 * r2;
        double q2 = p89 + p1011 * r2;
        return q0 + q1 * r4 + (q2 + c[at + 12] * r4) * r8;
    }

    /**
     * The forced increment of a grid step from r = (t − t0)/h as a polynomial in r: with the input
     * Σ_k d_k·r^k, its Taylor coefficients at r are a_m = h^(−m)·Σ_p C(m + p, m)·d_(m+p)·r^p, so
     * Σ_m a_m·q_(j,m) = Σ_p r^p·Σ_m C(m + p, m)·d_(m+p)·h^(−m)·q_(j,m). Worked out once per panel, a grid step
     * then costs one polynomial sum per mode instead of a Taylor shift.
     */
    private void forcing(LinearPanel panel) {
        double[] d = panel.d;
        int terms = d.length;
        int n = z.length;
        double scale = 1;
        for (int m = 0; m < terms; m++) {
            for (int p = 0; m + p < terms; p++) {
                shifted[p * TERMS + m] = BINOMIAL[m + p][m] * d[m + p] * scale;
            }
            scale /= panel.h;
        }
        for (int j = 0; j < n; j++) {
            int row = j * TERMS;
            for (int p = 0; p < terms; p++) {
                int column = p * TERMS;
                double sum = 0;
                for (int m = 0; m + p < terms; m++) {
                    sum += shifted[column + m] * response[row + m];
                }
                forcing[row + p] = sum;
            }
            Arrays.fill(forcing, row + terms, row + TERMS, 0);
        }
    }

    /** C(n, k) for n &lt; TERMS. */
    private static final double[][] BINOMIAL = new double[TERMS][TERMS];

    static {
        for (int n = 0; n < TERMS; n++) {
            BINOMIAL[n][0] = 1;
            for (int k = 1; k <= n; k++) {
                BINOMIAL[n][k] = BINOMIAL[n - 1][k - 1] + (k < n ? BINOMIAL[n - 1][k] : 0);
            }
        }
    }

    /**
     * The input's Taylor coefficients at t (u(t + τ) = Σ a_m·τ^m, τ in h) into {@link #taylor}, by the
     * Taylor shift of the panel's polynomial in r = (t − t0)/h; returns their count.
     */
    private int shift(LinearPanel panel, double t) {
        double[] d = panel.d;
        int terms = d.length;
        System.arraycopy(d, 0, taylor, 0, terms);
        double r = (t - panel.t0) / panel.h;
        for (int i = 0; i < terms - 1; i++) {
            for (int k = terms - 2; k >= i; k--) {
                taylor[k] += r * taylor[k + 1];
            }
        }
        double scale = 1;
        for (int m = 1; m < terms; m++) {
            scale /= panel.h;
            taylor[m] *= scale;
        }
        return terms;
    }

    /**
     * The states the outputs read at t from z into y (and their slopes into y'), and the watched outputs' values and
     * slopes into f1, s1.
     */
    private void observe(LinearPanel panel, double t) {
        boolean slopes = f1.length > 0 || peaked != null;
        states(panel, t, z, y, slopes ? yDot : null);
        for (int k = 0; k < f1.length; k++) {
            int same = firstOfOutput[k];
            if (same < k) {
                f1[k] = f1[same];
                s1[k] = s1[same];
                continue;
            }
            Output out = watched.get(k);
            f1[k] = out.at(t, y);
            s1[k] = slope(out, t, y, yDot);
        }
        if (peakedWatched >= 0) {
            p1 = f1[peakedWatched];
            q1 = s1[peakedWatched];
        } else if (peaked != null) {
            p1 = peaked.at(t, y);
            q1 = slope(peaked, t, y, yDot);
        }
    }

    /**
     * The states the outputs read, from the modal state zz at t, into yy, and the slopes of those the watched and peaked
     * outputs read ({@link #sloped}) into yyDot (unless null).
     */
    private void states(LinearPanel panel, double t, double[] zz, double[] yy, double[] yyDot) {
        int n = zz.length;
        for (int i : coordinates) {
            yy[stateOf[i]] = coordinate(i, zz);
        }
        if (yyDot == null) {
            return;
        }
        double u = 0;
        if (panel.d != null) {
            if (inputOf != panel) {
                Arrays.fill(input, 0);
                System.arraycopy(panel.d, 0, input, 0, panel.d.length);
                inputOf = panel;
            }
            double r = (t - panel.t0) / panel.h;
            double r2 = r * r;
            double r4 = r2 * r2;
            u = estrin(input, 0, r, r2, r4, r4 * r4);
        }
        for (int k = 0; k < sloped.length; k++) {
            int row = k * n;
            double slope = slopeInput[k] * u;
            for (int j = 0; j < n; j++) {
                slope += slopeRows[row + j] * zz[j];
            }
            yyDot[stateOf[sloped[k]]] = slope;
        }
    }

    /** Linear coordinate i from modal values: x_i = Σ_j V_ij·z_j (or its slope from the modes' slopes). */
    private double coordinate(int i, double[] zz) {
        int n = zz.length;
        int row = i * n;
        double x = 0;
        for (int j = 0; j < n; j++) {
            x += modes.v[row + j] * zz[j];
        }
        return x;
    }

    /**
     * The slope of an output at t (per h) from the states and their slopes: a linear output's from y', any other's
     * by a central difference along the flow.
     */
    private double slope(Output out, double t, double[] yy, double[] yyDot) {
        if (out.value() instanceof Output.Linear linear) {
            return linear.slope(yy, yyDot);
        }
        return (along(out.value(), t, yy, yyDot, SLOPE_STEP) - along(out.value(), t, yy, yyDot, -SLOPE_STEP))
                / (2 * SLOPE_STEP);
    }

    /** An output at y + ε·y' (time t + ε): a point on the tangent of the flow. */
    private double along(Output.Evaluator f, double t, double[] yy, double[] yyDot, double eps) {
        for (int i : sloped) {
            int state = stateOf[i];
            probe[state] = yy[state] + eps * yyDot[state];
        }
        return f.at(t + eps, probe);
    }

    private void swap() {
        p0 = p1;
        q0 = q1;
        double[] f = f0;
        f0 = f1;
        f1 = f;
        double[] s = s0;
        s0 = s1;
        s1 = s;
    }

    /**
     * A peak of the peaked output between the nodes t and tn (p0, q0 at t; p1, q1 at tn): where the slope turns
     * from rising to falling, the slope's root on the closed form, by secant steps kept inside the bracket that
     * each step narrows (regula falsi on the bracket's ends where a secant step would leave it, bisection where the
     * bracket has not halved in two steps), from the turn of the cubic Hermite interpolant, to {@link #peakTolerance};
     * with windows, a
     * trough (falling to rising) the same way, for the windows' lowest values.
     */
    private void turn(LinearPanel panel, double t, double tn) {
        double sign;
        if (q0 > 0 && q1 < 0) {
            sign = 1;
        } else if (q0 < 0 && q1 > 0 && extremes.windowed()) {
            sign = -1;
        } else {
            return;
        }
        double lo = t;
        double hi = tn;
        double at = t + (tn - t) * hermiteTurn(sign * p0, sign * q0, sign * p1, sign * q1, tn - t);
        double before = Double.NaN;
        double slopeBefore = Double.NaN;
        // the bracket's width one and two iterations ago: secant steps that keep landing on one side of a turn far
        // sharper than the nodes' spacing (a clearance of 1e9 L/h) shrink it by next to nothing; it must halve
        double width = hi - lo;
        double widthBefore = Double.POSITIVE_INFINITY;
        double slopeLo = sign * q0;
        double slopeHi = sign * q1;
        for (int i = 0; i < ROOT_ITERATIONS; i++) {
            exact(panel, peaked, at, true);
            double g = sign * slopeAt;
            if (g == 0) {
                break;
            }
            if (g > 0) {
                lo = at;
                slopeLo = g;
            } else {
                hi = at;
                slopeHi = g;
            }
            double next = Double.isNaN(before) || g == slopeBefore ? Double.NaN
                    : at - g * (at - before) / (g - slopeBefore);
            if (!(next > lo && next < hi)) {
                next = lo + (hi - lo) * slopeLo / (slopeLo - slopeHi);
                if (!(next > lo && next < hi)) {
                    next = 0.5 * (lo + hi);
                }
            }
            if (hi - lo > 0.5 * widthBefore) {
                next = 0.5 * (lo + hi);
            }
            widthBefore = width;
            width = hi - lo;
            if (Math.abs(next - at) < peakTolerance || hi - lo < peakTolerance) {
                break;
            }
            before = at;
            slopeBefore = g;
            at = next;
        }
        extremes.offer(at, valueAt);
    }

    /**
     * Where the cubic Hermite interpolant of (f0, s0) and (f1, s1) on [0, δ] turns, as a fraction r of δ: the root in
     * (0, 1) of its derivative a·r² + b·r + c, which is δ·s0 &gt; 0 at 0 and δ·s1 &lt; 0 at 1.
     */
    static double hermiteTurn(double f0, double s0, double f1, double s1, double delta) {
        double a = 6 * (f0 - f1) + 3 * delta * (s0 + s1);
        double b = 6 * (f1 - f0) - delta * (4 * s0 + 2 * s1);
        double c = delta * s0;
        if (Math.abs(a) < 1e-12 * (Math.abs(b) + Math.abs(c))) {
            return -c / b;
        }
        double root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
        double q = -0.5 * (b + Math.copySign(root, b));
        double r1 = q / a;
        double r2 = c / q;
        return r1 > 0 && r1 < 1 ? r1 : r2;
    }

    /** Crossings of every watched pair between the nodes t and tn (f0, s0 at t; f1, s1 at tn). */
    private void detect(LinearPanel panel, double t, double tn) {
        for (int k = 0; k < levels.length; k++) {
            double level = levels[k];
            boolean below0 = f0[k] < level;
            if (below0 != (f1[k] < level)) {
                cross(panel, k, t, tn);
            } else if (s0[k] * s1[k] < 0 && (s0[k] > 0) == below0) {
                extremum(panel, k, t, tn);
            }
        }
    }

    /** The crossing of watched pair k between the nodes t and tn, whose values lie on either side of its level. */
    private void cross(LinearPanel panel, int k, double t, double tn) {
        double start = t + (tn - t) * hermiteRoot(f0[k], s0[k], f1[k], s1[k], tn - t, levels[k]);
        crossings.get(k).add(new Crossing(root(panel, k, t, f0[k], tn, f1[k], start), f1[k] >= levels[k]));
    }

    /**
     * A peak below the level of watched pair k or a trough above it between the nodes t and tn (values on the same
     * side, slopes turning towards the level): when the Hermite estimate with its bulge doubled reaches the level,
     * the extremum is located on the closed form and, if it crosses, both crossings are solved for.
     */
    private void extremum(LinearPanel panel, int k, double t, double tn) {
        double level = levels[k];
        boolean peak = s0[k] > 0;
        double estimate = hermiteExtremum(f0[k], s0[k], f1[k], s1[k], tn - t, peak);
        double nearer = peak ? Math.max(f0[k], f1[k]) : Math.min(f0[k], f1[k]);
        double reach = 2 * estimate - nearer;
        if (peak ? reach < level : reach >= level) {
            return;
        }
        UnivariateFunction f = s -> exact(panel, k, s);
        double te = peaks.optimize(new MaxEval(200), new UnivariateObjectiveFunction(f),
                peak ? GoalType.MAXIMIZE : GoalType.MINIMIZE, new SearchInterval(t, tn)).getPoint();
        double fe = exact(panel, k, te);
        if (peak ? fe >= level : fe < level) {
            crossings.get(k).add(new Crossing(root(panel, k, t, f0[k], te, fe, Double.NaN), peak));
            crossings.get(k).add(new Crossing(root(panel, k, te, fe, tn, f1[k], Double.NaN), !peak));
        }
    }

    /**
     * The time in [a, b] where watched output k crosses its level, given its values at a and b on either side:
     * Newton's method on the closed form with the output's slope, kept inside the bracket that each step narrows
     * (a step that would leave it bisects instead), from {@code start} (NaN: the secant's estimate), until a step is
     * below {@link #ROOT_TOLERANCE}.
     */
    private double root(LinearPanel panel, int k, double a, double atA, double b, double atB, double start) {
        double level = levels[k];
        if (atB == level) {
            return b;
        }
        boolean belowAtA = atA < level;
        double lo = a;
        double hi = b;
        double t = start >= a && start <= b ? start : a + (b - a) * (level - atA) / (atB - atA);
        for (int i = 0; i < ROOT_ITERATIONS; i++) {
            t = Math.min(Math.max(t, lo), hi);
            exact(panel, k, t, true);
            double g = valueAt - level;
            if (g == 0) {
                return t;
            }
            if ((g < 0) == belowAtA) {
                lo = t;
            } else {
                hi = t;
            }
            double next = slopeAt != 0 ? t - g / slopeAt : Double.NaN;
            if (Math.abs(next - t) < ROOT_TOLERANCE) {
                return Math.min(Math.max(next, lo), hi);
            }
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (hi - lo < ROOT_TOLERANCE) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /** Watched output k at t from the panel's closed form into {@link #valueAt} (and its slope into {@link #slopeAt}). */
    private void exact(LinearPanel panel, int k, double t, boolean withSlope) {
        exact(panel, watched.get(k), t, withSlope);
    }

    /** An output at t from the panel's closed form into {@link #valueAt} (and its slope into {@link #slopeAt}). */
    private void exact(LinearPanel panel, Output out, double t, boolean withSlope) {
        panel.modal(t, zAt, phi);
        states(panel, t, zAt, yAt, withSlope ? yDotAt : null);
        valueAt = out.at(t, yAt);
        slopeAt = withSlope ? slope(out, t, yAt, yDotAt) : 0;
    }

    /** Watched output k at t from the panel's closed form. */
    private double exact(LinearPanel panel, int k, double t) {
        exact(panel, k, t, false);
        return valueAt;
    }

    /**
     * Where in [0, 1] (as a fraction of δ) the cubic Hermite interpolant of the end values and slopes reaches the
     * level, given end values on either side of it: a few Newton steps on the cubic from the secant's estimate, kept
     * in [0, 1] (the secant's estimate when they fail). A start for {@link #root} that is off by the cubic's error
     * (O(δ⁴)) instead of the secant's (O(δ²)).
     */
    private static double hermiteRoot(double f0, double s0, double f1, double s1, double delta, double level) {
        double secant = (level - f0) / (f1 - f0);
        double r = secant;
        for (int i = 0; i < HERMITE_NEWTON_STEPS; i++) {
            double r2 = r * r;
            double value = (1 + 2 * r) * (1 - r) * (1 - r) * f0 + r * (1 - r) * (1 - r) * delta * s0
                    + r2 * (3 - 2 * r) * f1 + r2 * (r - 1) * delta * s1 - level;
            double slope = 6 * (r2 - r) * (f0 - f1) + (3 * r2 - 4 * r + 1) * delta * s0 + (3 * r2 - 2 * r) * delta * s1;
            r -= value / slope;
            if (!(r >= 0 && r <= 1)) {
                return secant;
            }
        }
        return r;
    }

    /** The largest (peak) or smallest value of the cubic Hermite interpolant on [0, δ], sampled. */
    private static double hermiteExtremum(double f0, double s0, double f1, double s1, double delta, boolean peak) {
        double best = peak ? Math.max(f0, f1) : Math.min(f0, f1);
        for (int i = 1; i < HERMITE_SAMPLES; i++) {
            double r = (double) i / HERMITE_SAMPLES;
            double h00 = (1 + 2 * r) * (1 - r) * (1 - r);
            double h10 = r * (1 - r) * (1 - r);
            double h01 = r * r * (3 - 2 * r);
            double h11 = r * r * (r - 1);
            double v = h00 * f0 + h10 * delta * s0 + h01 * f1 + h11 * delta * s1;
            best = peak ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }
}
