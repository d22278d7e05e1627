package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Format;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.SecondaryODE;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * One run of a {@link CompiledModel}: integrates from breakpoint to breakpoint with a fresh
 * Dormand–Prince 8(5,3) integrator (not shared: Hipparchus integrators are not thread-safe),
 * applying dose jumps at the breakpoints. Never smooths a discontinuity.
 */
final class Integration {
    /** Inputs are evaluated this far inside a segment so that a rate that switches at an end is seen from inside (h). */
    private static final double INSIDE = 1e-9;
    private static final double TINY = 1e-30;

    private final CompiledModel m;
    private final double[] conc;
    private final double[] theta;
    private final double[] occ;

    Integration(CompiledModel model) {
        this.m = model;
        int n = model.binding.size();
        this.conc = new double[n];
        this.theta = new double[n];
        this.occ = new double[n];
    }

    /** Runs from a state (its doses at the start time applied here) to the scenario's end. */
    Trajectory run(RunState from) {
        double duration = m.scenario.duration();
        double rel = m.scenario.solver().relTol();
        double abs = m.scenario.solver().absTol();
        double t = from.time();
        double[] y = from.states();
        double eliminated = from.eliminated();
        int nextJump = applyJumps(t, y, m.firstJumpAt(t));
        List<Piece> pieces = new ArrayList<>();
        double[] bps = m.breakpoints;
        int b = 0;
        while (b < bps.length && bps[b] <= t) {
            b++;
        }
        while (t < duration) {
            double t1 = b < bps.length ? bps[b++] : duration;
            if (t1 - t < 1e-9) {
                nextJump = applyJumps(t1, y, nextJump);
                continue;
            }
            DepotDose warped = singularDepotAt(t);
            Segment seg = new Segment(t, t1, warped == null ? 1 : 1 / (1 + warped.release().rateExponentAtZero()),
                    Segment.MAX_STEPS - pieces.size());
            double[][] secondary = {{eliminated}};
            ODEState start = new ODEState(seg.variable(t), y.clone(), secondary);
            double span = seg.variable(t1) - seg.variable(t);
            DormandPrince853Integrator integrator = new DormandPrince853Integrator(
                    1e-12 * Math.max(1, seg.variable(t1)), warped == null ? Math.min(span, m.maxStep) : span, abs, rel);
            integrator.addStepHandler(seg);
            ExpandableODE ode = new ExpandableODE(new Primary(seg, warped));
            ode.addSecondaryEquations(new Eliminated(seg));
            ODEStateAndDerivative end;
            try {
                end = integrator.integrate(ode, start, seg.variable(t1));
            } catch (Segment.TooManySteps e) {
                throw new SolverException("the integrator needed more than " + Format.number(Segment.MAX_STEPS)
                        + " steps to reach t = " + Format.number(e.t) + " h: some rate is far faster than the rest (a "
                        + "stiff model): " + equationsCulprit(t, y) + culprit(t, t1), e);
            } catch (MathIllegalArgumentException | MathIllegalStateException e) {
                throw new SolverException("the integrator failed between t = " + t + " h and " + t1 + " h ("
                        + e.getMessage() + "): " + equationsCulprit(t, y) + culprit(t, t1), e);
            }
            pieces.addAll(seg.pieces());
            y = end.getPrimaryState();
            eliminated = end.getSecondaryState(1)[0];
            t = t1;
            nextJump = applyJumps(t, y, nextJump);
        }
        return new Trajectory(m, pieces);
    }

    /**
     * For a model with equations, the compartment whose rate the equations make not finite at the segment's
     * start (t0, y0), or a reminder that they may be the cause; empty otherwise.
     */
    String equationsCulprit(double t0, double[] y0) {
        if (m.rateTerms == null) {
            return "";
        }
        double[] dy = new double[m.size];
        m.rateTerms.addRates(t0, y0, dy);
        for (int i = 0; i < dy.length; i++) {
            if (!Double.isFinite(dy[i])) {
                return "the compound's equations give a rate of " + m.stateNames[i] + " that is not finite at t = "
                        + Format.number(t0) + " h (a log or sqrt of a negative number, a division by zero?): check "
                        + "them; otherwise ";
            }
        }
        return "the compound's equations may give a value that is not finite or a rate too fast to integrate; "
                + "otherwise ";
    }

    /**
     * What most likely made the step fail, named by the model's parameters: a depot whose release rate is not
     * finite in the span, else the fastest rate of the linear part and the parameters that set it.
     */
    String culprit(double t0, double t1) {
        for (DepotDose d : m.depots) {
            for (int q = 0; q <= 8; q++) {
                double t = t0 + (t1 - t0) * q / 8;
                if (!Double.isFinite(d.rate(t))) {
                    return "depot " + d.index() + "'s release rate is not finite at t = " + t + " h: check the release "
                            + "law's parameters (" + d.release().describe() + ")";
                }
            }
        }
        double[][] a = m.linearMatrix();
        int fastest = 0;
        for (int i = 1; i < a.length; i++) {
            if (Math.abs(a[i][i]) > Math.abs(a[fastest][fastest])) {
                fastest = i;
            }
        }
        String state = m.stateNames[fastest];
        String analyte = state.substring(0, Math.max(0, state.indexOf('.')));
        String parameters = state.startsWith("gut") ? "oral ka"
                : state.endsWith(".effect") ? analyte + " ke0"
                : state.endsWith(".occupancy") ? analyte + " kon and koff"
                : state.contains(".peripheral") ? analyte + " Q and V of that peripheral compartment"
                : analyte + " CL, V and Q";
        return "the fastest rate is " + Format.number(Math.abs(a[fastest][fastest])) + " /h in " + state + " (set by "
                + parameters + "); a rate that large or not finite makes the system too stiff to integrate: check "
                + "those parameters";
    }

    /** The depot given at t whose release rate is singular there, if any. */
    private DepotDose singularDepotAt(double t) {
        for (DepotDose d : m.depots) {
            if (d.time() == t && d.release().rateExponentAtZero() < 0) {
                return d;
            }
        }
        return null;
    }

    private int applyJumps(double t, double[] y, int from) {
        int k = from;
        while (k < m.jumps.size() && m.jumps.get(k).time() <= t + 1e-9) {
            CompiledModel.Jump j = m.jumps.get(k++);
            y[j.state()] += j.amount();
        }
        return k;
    }

    /** dy/dt at time t, without the warped depot. */
    private void derivatives(Segment seg, DepotDose warped, double t, double[] y, double[] yDot) {
        m.linear(y, yDot);
        double mid = 0.5 * (seg.t0 + seg.t1);
        for (DepotDose d : m.depots) {
            if (d == warped || d.time() > mid) {
                continue;
            }
            double tIn = Math.min(Math.max(t, seg.t0 + INSIDE), seg.t1 - INSIDE);
            yDot[m.parentCentral] += d.rate(tIn);
        }
        for (CompiledModel.Infusion inf : m.infusions) {
            if (inf.start() <= mid && mid < inf.end()) {
                yDot[inf.state()] += inf.rate();
            }
        }
        if (m.binding.size() > 0) {
            for (int i = 0; i < conc.length; i++) {
                conc[i] = m.ligandConcentration(i, y);
                theta[i] = m.ligandState[i] >= 0 ? y[m.ligandState[i]] : 0;
            }
            double free = m.binding.occupancies(conc, theta, occ);
            for (int i = 0; i < conc.length; i++) {
                if (m.ligandState[i] >= 0) {
                    yDot[m.ligandState[i]] = m.binding.derivative(i, conc[i], theta[i], free);
                }
            }
        }
        if (m.rateTerms != null) {
            m.rateTerms.addRates(t, y, yDot);
        }
    }

    /** The main equations in the segment's integration variable. */
    private final class Primary implements OrdinaryDifferentialEquation {
        private final Segment seg;
        private final DepotDose warped;

        Primary(Segment seg, DepotDose warped) {
            this.seg = seg;
            this.warped = warped;
        }

        @Override
        public int getDimension() {
            return m.size;
        }

        @Override
        public double[] computeDerivatives(double x, double[] y) {
            double[] yDot = new double[m.size];
            derivatives(seg, warped, seg.time(x), y, yDot);
            if (warped != null) {
                // dt/du = p u^(p-1); the depot term p u^(p-1) rate(u^p) is regular at u = 0
                double p = seg.p;
                double jac = p * Math.pow(x, p - 1);
                for (int j = 0; j < yDot.length; j++) {
                    yDot[j] *= jac;
                }
                double u = Math.max(x, TINY);
                yDot[m.parentCentral] += p * Math.pow(u, p - 1) * warped.load() * warped.release().rate(Math.pow(u, p));
            }
            return yDot;
        }
    }

    /** The eliminated amount, integrated alongside but outside error control. */
    private final class Eliminated implements SecondaryODE {
        private final Segment seg;

        Eliminated(Segment seg) {
            this.seg = seg;
        }

        @Override
        public int getDimension() {
            return 1;
        }

        @Override
        public double[] computeDerivatives(double x, double[] primary, double[] primaryDot, double[] secondary) {
            double rate = m.eliminationRate(seg.time(x), primary);
            if (seg.p != 1) {
                rate *= seg.p * Math.pow(x, seg.p - 1);
            }
            return new double[] {rate};
        }
    }
}
