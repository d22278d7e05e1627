package org.depotkin.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;

/**
 * The exact path of a {@link CompiledModel}: the linear part (absorption, distribution, elimination,
 * metabolite formation, effect sites, and the eliminated amount as one more linear state) is solved in
 * closed form between events ({@link Modes}, {@link LinearPanel}), with the depot and infusion input
 * fitted panel by panel ({@link InputFit}); only the kinetic receptor binding, which does not act back
 * on the concentrations, is integrated on top (Dormand–Prince 8(5,3) on the occupancy states alone,
 * driven by the exact concentrations). No step limit comes from the fast rates of the linear part. The
 * occupancies are fractions: their absolute tolerance is 1e-6 of the relative one, so that an occupancy
 * down to 1e-6 keeps the relative accuracy.
 *
 * <p>It applies when the linear part has real rates ({@link Modes}: single, or nearly equal ones in coupled pairs)
 * and no depot's release rate is singular at its dose; {@link CompiledModel#simulate()} uses the general integrator
 * ({@link Integration}) otherwise.
 */
final class ModalSolver {
    /** Pieces of a run without binding states are at most this many fastest time constants long. */
    static final double PIECE_TIMES_TAU = 2.0;
    /** The input fit's relative tolerance as a multiple of the scenario's rtol (see {@link #inputTol}). */
    static final double INPUT_TOL_TIMES_RTOL = 0.1;
    /** Most pieces per panel. */
    static final int MAX_PIECES = 10_000;
    /** The binding integrator's largest step, in time constants of binding (1/(Σ kon·C + koff)). */
    static final double BINDING_STEP_TIMES_TAU = 3.0;
    private static final double EVENT_GAP = InputPanels.EVENT_GAP;

    private final CompiledModel m;
    /** Model state of each linear coordinate. */
    private final int[] stateOf;
    /** Linear coordinate of each model state, −1 for an occupancy state. */
    private final int[] coordinateOf;
    private final Modes modes;
    private final double[] beta;
    private final int[] kinetic;
    private final double pieceSpan;
    /**
     * Relative accuracy of the input fit: {@link #INPUT_TOL_TIMES_RTOL} times the scenario's rtol. At 0.1 the worst
     * error against the integrator at rtol 1e-12 that the input causes is 5.4e-10 (bench-w2, rtol 1e-8); at 1 it
     * is 1.8e-8, over the 1e-8 the exact path promises (ExactPathAccuracyTest).
     */
    private final double inputTol;
    private final double inputAmount;
    private final double bindingAbsTol;

    private ModalSolver(CompiledModel m, int[] stateOf, int[] coordinateOf, Modes modes, int[] kinetic) {
        this.m = m;
        this.stateOf = stateOf;
        this.coordinateOf = coordinateOf;
        this.modes = modes;
        this.kinetic = kinetic;
        int n = modes.size;
        int input = coordinateOf[m.parentCentral];
        this.beta = new double[n];
        for (int j = 0; j < n; j++) {
            beta[j] = modes.w[j * n + input];
        }
        this.pieceSpan = PIECE_TIMES_TAU / Math.max(modes.fastestRate(), 1e-9);
        this.inputTol = Math.max(INPUT_TOL_TIMES_RTOL * m.scenario.solver().relTol(), 1e-14);
        this.inputAmount = 0.01 * m.scenario.solver().absTol();
        this.bindingAbsTol = Math.min(m.scenario.solver().absTol(), 1e-6 * m.scenario.solver().relTol());
    }

    /** The exact path for this model, or null when it does not apply. */
    static ModalSolver of(CompiledModel m) {
        for (DepotDose d : m.depots) {
            if (d.release().rateExponentAtZero() < 0) {
                return null;
            }
        }
        boolean[] bound = new boolean[m.size];
        List<Integer> kinetic = new ArrayList<>();
        for (int i = 0; i < m.ligandState.length; i++) {
            if (m.ligandState[i] >= 0) {
                bound[m.ligandState[i]] = true;
                kinetic.add(i);
            }
        }
        int[] coordinateOf = new int[m.size];
        List<Integer> states = new ArrayList<>();
        for (int s = 0; s < m.size; s++) {
            coordinateOf[s] = bound[s] ? -1 : states.size();
            if (!bound[s]) {
                states.add(s);
            }
        }
        int n = states.size();
        double[][] full = m.linearMatrix();
        double[][] a = new double[n][n];
        double[] elimination = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = full[states.get(i)][states.get(j)];
            }
            elimination[i] = m.elimCoef[states.get(i)];
        }
        Modes modes = Modes.of(a, elimination);
        if (modes == null) {
            return null;
        }
        return new ModalSolver(m, CompiledModel.ints(states), coordinateOf, modes, CompiledModel.ints(kinetic));
    }

    /** Runs the model from a state over [start time, duration]. */
    Trajectory run(RunState start) {
        List<Piece> pieces = new ArrayList<>();
        double[] y = start.states();
        double[][] theta = {new double[kinetic.length]};
        for (int k = 0; k < kinetic.length; k++) {
            theta[0][k] = y[m.ligandState[kinetic[k]]];
        }
        march(panel -> {
            if (kinetic.length > 0) {
                theta[0] = bind(panel, theta[0], pieces);
            } else {
                cover(panel, pieces);
            }
        }, null, start);
        return new Trajectory(m, pieces);
    }

    /** Whether the model has occupancy states that must be integrated on top of the exact solution. */
    boolean hasKineticBinding() {
        return kinetic.length > 0;
    }

    Modes modes() {
        return modes;
    }

    /** β = V⁻¹·b, the input's weight in each mode (shared, not to be changed). */
    double[] beta() {
        return beta;
    }

    /** Model state of each linear coordinate. */
    int[] stateOf() {
        return stateOf;
    }

    /**
     * Hands the exact solution from {@code start} to the scenario's end to {@code sink} panel by panel, in time
     * order: panels are contiguous, a dose at a panel's start is in its initial state, and the input fit of each
     * holds to the tolerance. The input fit comes from {@code cache} when it holds this model's input schedule
     * (null: fit it).
     */
    void march(Consumer<LinearPanel> sink, InputCache cache, RunState start) {
        march(sink, cache, start, () -> false);
    }

    /** As {@link #march(Consumer, InputCache, RunState)}, ending early once {@code done} says, after a panel, that nothing more can happen. */
    void march(Consumer<LinearPanel> sink, InputCache cache, RunState start, java.util.function.BooleanSupplier done) {
        double from = start.time();
        InputPanels input = cache == null ? InputPanels.of(m, inputTol, inputAmount, from)
                : cache.get(m, inputTol, inputAmount, from);
        int n = modes.size;
        double[] z = modal(start.states());
        double eliminated = start.eliminated();
        int nextJump = applyJumps(input.jumpsAtStart(), z, m.firstJumpAt(from));
        LinearPanel previous = null;
        for (InputPanels.Panel p : input.panels()) {
            LinearPanel panel = new LinearPanel(p.t0(), p.t1(), modes, beta, z.clone(), previous, eliminated, p.d());
            sink.accept(panel);
            if (done.getAsBoolean()) {
                return;
            }
            System.arraycopy(panel.z1(), 0, z, 0, n);
            previous = panel;
            if (!Double.isNaN(p.jumpsUntil())) {
                nextJump = applyJumps(p.jumpsUntil(), z, nextJump);
            }
        }
    }

    /** The modal coordinates z = W·y of the linear states of a model state. */
    private double[] modal(double[] y) {
        int n = modes.size;
        double[] z = new double[n];
        for (int c = 0; c < n; c++) {
            double yc = y[stateOf[c]];
            if (yc != 0) {
                for (int i = 0; i < n; i++) {
                    z[i] += modes.w[i * n + c] * yc;
                }
            }
        }
        return z;
    }

    private int applyJumps(double t, double[] z, int from) {
        int n = modes.size;
        int k = from;
        while (k < m.jumps.size() && m.jumps.get(k).time() <= t + EVENT_GAP) {
            CompiledModel.Jump j = m.jumps.get(k++);
            int c = coordinateOf[j.state()];
            for (int i = 0; i < n; i++) {
                z[i] += modes.w[i * n + c] * j.amount();
            }
        }
        return k;
    }

    /**
     * Pieces of a panel without binding states: short enough for the crossing search and quadrature, at most
     * {@link #MAX_PIECES} of them (a rate of 1e9 /h decays within the first one; it must not make billions).
     */
    private void cover(LinearPanel panel, List<Piece> pieces) {
        int count = (int) Math.min(MAX_PIECES, Math.ceil((panel.t1 - panel.t0) / pieceSpan));
        for (int i = 0; i < count; i++) {
            double a = i == 0 ? panel.t0 : panel.t0 + (panel.t1 - panel.t0) * i / count;
            double e = i == count - 1 ? panel.t1 : panel.t0 + (panel.t1 - panel.t0) * (i + 1) / count;
            pieces.add(new Exact(panel, a, e, null));
        }
    }

    /** Integrates the occupancy states over the panel, driven by its exact concentrations. */
    private double[] bind(LinearPanel panel, double[] theta, List<Piece> pieces) {
        Binding ode = new Binding(panel);
        double rel = m.scenario.solver().relTol();
        double abs = bindingAbsTol;
        double span = panel.t1 - panel.t0;
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12 * Math.max(1, panel.t1),
                Math.min(span, BINDING_STEP_TIMES_TAU / ode.fastestRate()), abs, rel);
        integrator.addStepHandler(step -> pieces.add(new Exact(panel, time(step, true), time(step, false), step)));
        ODEStateAndDerivative end;
        try {
            end = integrator.integrate(ode, new ODEState(panel.t0, theta.clone()), panel.t1);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new SolverException("the receptor binding could not be integrated between t = " + panel.t0
                    + " h and " + panel.t1 + " h (" + e.getMessage() + "); check kon and koff of the binding", e);
        }
        return end.getPrimaryState();
    }

    private static double time(ODEStateInterpolator step, boolean previous) {
        return (previous ? step.getPreviousState() : step.getCurrentState()).getTime();
    }

    /** dθ_k/dt of the kinetic ligands, with the concentrations of the panel's exact solution. */
    private final class Binding implements OrdinaryDifferentialEquation {
        private final LinearPanel panel;
        private final double[] z = new double[modes.size];
        private final double[] phi = new double[LinearPanel.PHI_SIZE];
        private final double[] conc = new double[m.binding.size()];
        private final double[] all = new double[m.binding.size()];
        private final double[] occ = new double[m.binding.size()];

        Binding(LinearPanel panel) {
            this.panel = panel;
        }

        @Override
        public int getDimension() {
            return kinetic.length;
        }

        @Override
        public double[] computeDerivatives(double t, double[] theta) {
            concentrations(t);
            for (int k = 0; k < kinetic.length; k++) {
                all[kinetic[k]] = theta[k];
            }
            double free = m.binding.occupancies(conc, all, occ);
            double[] dot = new double[kinetic.length];
            for (int k = 0; k < kinetic.length; k++) {
                int i = kinetic[k];
                dot[k] = m.binding.derivative(i, conc[i], theta[k], free);
            }
            return dot;
        }

        private void concentrations(double t) {
            panel.modal(t, z, phi);
            for (int i = 0; i < conc.length; i++) {
                conc[i] = m.ligandScale[i] * panel.row(z, coordinateOf[m.ligandSource[i]]);
            }
        }

        /** A bound on the binding's fastest rate over the panel, Σ kon·C + max koff, from 9 sample times. */
        double fastestRate() {
            double max = 1e-9;
            for (int q = 0; q <= 8; q++) {
                concentrations(panel.t0 + (panel.t1 - panel.t0) * q / 8);
                double rate = 0;
                double koff = 0;
                for (int k : kinetic) {
                    rate += m.binding.ligand(k).kon() * Math.max(conc[k], 0);
                    koff = Math.max(koff, m.binding.ligand(k).koff());
                }
                max = Math.max(max, rate + koff);
            }
            return max;
        }
    }

    /** A stretch of a panel, with the binding integrator's step over it when there are occupancy states. */
    private final class Exact extends Piece {
        private final LinearPanel panel;
        private final ODEStateInterpolator step;

        Exact(LinearPanel panel, double start, double end, ODEStateInterpolator step) {
            super(start, end);
            this.panel = panel;
            this.step = step;
        }

        @Override
        double[] at(double t) {
            double[] y = new double[m.size];
            panel.state(clamp(t), stateOf, new double[modes.size], new double[LinearPanel.PHI_SIZE], y);
            if (step != null) {
                double[] theta = t >= end() ? step.getCurrentState().getPrimaryState()
                        : t <= start() ? step.getPreviousState().getPrimaryState()
                        : step.getInterpolatedState(t).getPrimaryState();
                for (int k = 0; k < kinetic.length; k++) {
                    y[m.ligandState[kinetic[k]]] = theta[k];
                }
            }
            return y;
        }

        @Override
        double eliminated(double t) {
            return panel.eliminated(clamp(t), new double[LinearPanel.PHI_SIZE]);
        }

        private double clamp(double t) {
            return Math.min(Math.max(t, start()), end());
        }
    }
}
