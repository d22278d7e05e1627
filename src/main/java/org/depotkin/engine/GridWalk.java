package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
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
 * whose factors are computed once for the grid step, so a grid step costs a few multiplications per mode
 * instead of the φ-functions of a fresh time ({@link LinearPanel}). The input's Taylor coefficients a_m at
 * each node come from the panel's polynomial by a Taylor shift. This is the same solution as the panel's
 * closed form, evaluated by another sum (the two agree to rounding, GridWalkTest).
 *
 * <p>Crossings of the watched thresholds are found between nodes: where the values at both ends lie on
 * opposite sides, by Brent's method on the closed form (to 1e-9 h); where they lie on the same side but
 * the slopes show an extremum in between, the extremum is estimated from the cubic Hermite interpolant of
 * the end values and slopes, and when that estimate with its bulge doubled reaches the threshold the
 * extremum is located on the closed form and, if it crosses, both crossings are solved for. A dose that
 * carries the output across a threshold gives a crossing at its time, as in {@link Trajectory#crossings}.
 */
final class GridWalk implements Consumer<LinearPanel> {
    /** Half-width (h) of the central difference along the flow that gives an output's slope. */
    private static final double SLOPE_STEP = 1e-3;
    private static final int HERMITE_SAMPLES = 16;
    private static final int TERMS = InputFit.DEGREE + 1;

    private final CompiledModel model;
    private final Modes modes;
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
    /** e^(λ_j·Δ) and m!·Δ^(m+1)·φ_(m+1)(λ_j·Δ) (row j, stride TERMS) for the grid step Δ. */
    private final double step;
    private final double[] decay;
    private final double[] response;
    private final double[] otherDecay;
    private final double[] otherResponse;
    private final double[] z;
    private final double[] taylor;
    /** The panel's forced increment of a grid step as a polynomial in r: row j, Σ_p forcing[j·TERMS + p]·r^p. */
    private final double[] forcing;
    private final double[] phi = new double[LinearPanel.PHI_SIZE];
    private final double[] y;
    private final double[] yDot;
    private final double[] probe;
    private final double[] zAt;
    private final double[] yAt;
    private double[] f0;
    private double[] s0;
    private double[] f1;
    private double[] s1;
    private int next;
    private boolean started;
    private final BracketingNthOrderBrentSolver roots = new BracketingNthOrderBrentSolver(1e-12, 1e-9, 1e-300, 5);
    private final BrentOptimizer peaks = new BrentOptimizer(1e-10, 1e-9);

    /**
     * @param grid    grid times (h), ascending; steps equal to the first one share its one-step factors, others
     *                get their own
     * @param kept    outputs whose values are kept at the grid times
     * @param watched outputs whose crossings of {@code levels} are found
     */
    GridWalk(CompiledModel model, ModalSolver solver, double[] grid, List<Output> kept, List<Output> watched,
             double[] levels) {
        this.model = model;
        this.modes = solver.modes();
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
        this.step = grid.length > 1 && grid[1] > grid[0] ? grid[1] - grid[0] : 1;
        this.decay = new double[n];
        this.response = new double[n * TERMS];
        this.otherDecay = new double[n];
        this.otherResponse = new double[n * TERMS];
        constants(step, decay, response);
        this.z = new double[n];
        this.taylor = new double[TERMS];
        this.forcing = new double[n * TERMS];
        this.y = new double[model.size];
        this.yDot = new double[model.size];
        this.probe = new double[model.size];
        this.zAt = new double[n];
        this.yAt = new double[model.size];
        int w = watched.size();
        this.f0 = new double[w];
        this.s0 = new double[w];
        this.f1 = new double[w];
        this.s1 = new double[w];
    }

    /** The one-step factors of every mode for a step δ. */
    private void constants(double delta, double[] e, double[] q) {
        for (int j = 0; j < modes.size; j++) {
            Phi.of(modes.lambda[j] * delta, phi, TERMS);
            e[j] = phi[0];
            double power = delta;
            for (int m = 0; m < TERMS; m++) {
                q[j * TERMS + m] = Phi.factorial(m) * power * phi[m + 1];
                power *= delta;
            }
        }
    }

    @Override
    public void accept(LinearPanel panel) {
        if (panel.d != null) {
            forcing(panel);
        }
        System.arraycopy(panel.z0, 0, z, 0, z.length);
        double t = panel.t0;
        observe(panel, t);
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
            double tn = next < grid.length && grid[next] < panel.t1 ? grid[next] : panel.t1;
            advance(panel, t, tn);
            observe(panel, tn);
            detect(panel, t, tn);
            if (tn < panel.t1) {
                keep(next++, tn);
            }
            swap();
            t = tn;
        }
    }

    /** The result, once the march is over: grid times at the very end take the run's last state. */
    GridResult result() {
        while (next < grid.length) {
            keep(next++, model.scenario.duration());
        }
        return new GridResult(grid.clone(), values, crossings, startsAbove, model.scenario.duration());
    }

    private void keep(int g, double t) {
        for (int i = 0; i < values.length; i++) {
            values[i][g] = kept.get(i).value().at(t, y);
        }
    }

    /** Carries z from t to tn within the panel. */
    private void advance(LinearPanel panel, double t, double tn) {
        double delta = tn - t;
        double[] e = decay;
        double[] q = response;
        if (Math.abs(delta - step) > 1e-12 * step) {
            constants(delta, otherDecay, otherResponse);
            e = otherDecay;
            q = otherResponse;
        }
        if (panel.d == null) {
            for (int j = 0; j < z.length; j++) {
                z[j] *= e[j];
            }
            return;
        }
        if (e == decay) {
            double r = (t - panel.t0) / panel.h;
            int top = panel.d.length - 1;
            for (int j = 0; j < z.length; j++) {
                int row = j * TERMS;
                double forced = forcing[row + top];
                for (int p = top - 1; p >= 0; p--) {
                    forced = forced * r + forcing[row + p];
                }
                z[j] = e[j] * z[j] + panel.beta[j] * forced;
            }
            return;
        }
        int terms = shift(panel, t);
        for (int j = 0; j < z.length; j++) {
            double forced = 0;
            int row = j * TERMS;
            for (int m = 0; m < terms; m++) {
                forced += taylor[m] * q[row + m];
            }
            z[j] = e[j] * z[j] + panel.beta[j] * forced;
        }
    }

    /**
     * The forced increment of a grid step from r = (t − t0)/h as a polynomial in r: with the input
     * Σ_k d_k·r^k, its Taylor coefficients at r are a_m = h^(−m)·Σ_p C(m + p, m)·d_(m+p)·r^p, so
     * Σ_m a_m·q_(j,m) = Σ_p r^p·Σ_m C(m + p, m)·d_(m+p)·h^(−m)·q_(j,m). Worked out once per panel, a grid step
     * then costs one Horner sum per mode instead of a Taylor shift.
     */
    private void forcing(LinearPanel panel) {
        double[] d = panel.d;
        int terms = d.length;
        java.util.Arrays.fill(forcing, 0);
        double scale = 1;
        for (int m = 0; m < terms; m++) {
            for (int p = 0; m + p < terms; p++) {
                double coefficient = BINOMIAL[m + p][m] * d[m + p] * scale;
                for (int j = 0; j < z.length; j++) {
                    forcing[j * TERMS + p] += coefficient * response[j * TERMS + m];
                }
            }
            scale /= panel.h;
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

    /** The state at t from z into y, and the watched outputs' values and slopes into f1, s1. */
    private void observe(LinearPanel panel, double t) {
        int n = z.length;
        boolean slopes = f1.length > 0;
        double u = !slopes || panel.d == null ? 0 : InputFit.value(panel.d, (t - panel.t0) / panel.h);
        for (int i = 0; i < n; i++) {
            double x = 0;
            double xDot = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double v = modes.v[row + j];
                x += v * z[j];
                if (slopes) {
                    xDot += v * (modes.lambda[j] * z[j] + panel.beta[j] * u);
                }
            }
            y[stateOf[i]] = x;
            yDot[stateOf[i]] = xDot;
        }
        for (int k = 0; k < f1.length; k++) {
            int same = firstOfOutput[k];
            if (same < k) {
                f1[k] = f1[same];
                s1[k] = s1[same];
                continue;
            }
            Output.Evaluator f = watched.get(k).value();
            f1[k] = f.at(t, y);
            s1[k] = (along(f, t, SLOPE_STEP) - along(f, t, -SLOPE_STEP)) / (2 * SLOPE_STEP);
        }
    }

    /** An output at y + ε·y' (time t + ε): a point on the tangent of the flow. */
    private double along(Output.Evaluator f, double t, double eps) {
        for (int i = 0; i < y.length; i++) {
            probe[i] = y[i] + eps * yDot[i];
        }
        return f.at(t + eps, probe);
    }

    private void swap() {
        double[] f = f0;
        f0 = f1;
        f1 = f;
        double[] s = s0;
        s0 = s1;
        s1 = s;
    }

    /** Crossings of every watched pair between the nodes t and tn (f0, s0 at t; f1, s1 at tn). */
    private void detect(LinearPanel panel, double t, double tn) {
        for (int k = 0; k < levels.length; k++) {
            int pair = k;
            double level = levels[k];
            boolean below0 = f0[k] < level;
            boolean below1 = f1[k] < level;
            if (below0 != below1) {
                crossings.get(k).add(new Crossing(root(panel, k, t, tn, f1[k]), !below1));
                continue;
            }
            if (!(s0[k] * s1[k] < 0)) {
                continue;
            }
            boolean peak = s0[k] > 0;
            if (peak != below0) {
                continue;
            }
            double estimate = hermiteExtremum(f0[k], s0[k], f1[k], s1[k], tn - t, peak);
            double nearer = peak ? Math.max(f0[k], f1[k]) : Math.min(f0[k], f1[k]);
            double reach = 2 * estimate - nearer;
            if (peak ? reach < level : reach >= level) {
                continue;
            }
            UnivariateFunction f = s -> exact(panel, pair, s);
            double te = peaks.optimize(new MaxEval(200), new UnivariateObjectiveFunction(f),
                    peak ? GoalType.MAXIMIZE : GoalType.MINIMIZE, new SearchInterval(t, tn)).getPoint();
            double fe = exact(panel, k, te);
            if (peak ? fe >= level : fe < level) {
                crossings.get(k).add(new Crossing(root(panel, k, t, te, fe), peak));
                crossings.get(k).add(new Crossing(root(panel, k, te, tn, f1[k]), !peak));
            }
        }
    }

    /** The time in [a, b] where watched output k crosses its level; {@code atB} is its value at b. */
    private double root(LinearPanel panel, int k, double a, double b, double atB) {
        if (atB == levels[k]) {
            return b;
        }
        return roots.solve(200, s -> exact(panel, k, s) - levels[k], a, b);
    }

    /** Watched output k at t from the panel's closed form. */
    private double exact(LinearPanel panel, int k, double t) {
        panel.state(t, stateOf, zAt, phi, yAt);
        return watched.get(k).value().at(t, yAt);
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
