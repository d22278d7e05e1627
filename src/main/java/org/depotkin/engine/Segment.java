package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The integrator's steps between two breakpoints, each kept as a {@link Piece} of dense output. When the
 * segment starts at a dose whose release rate is singular (rate ~ s^a, a &lt; 0) it is integrated in
 * the variable u with t = t0 + u^p, p = 1/(1 + a), which makes the input regular;
 * {@link #variable(double)} maps back.
 */
final class Segment implements ODEStepHandler {
    final double t0;
    final double t1;
    final double p;
    private final List<Piece> steps = new ArrayList<>();
    private final int budget;

    /**
     * @param budget most steps this segment may take (what is left of the run's {@link #MAX_STEPS})
     */
    Segment(double t0, double t1, double p, int budget) {
        this.t0 = t0;
        this.t1 = t1;
        this.p = p;
        this.budget = budget;
    }

    /**
     * Most integrator steps a run keeps: a normal year-long run takes tens of thousands; a model with a rate far
     * faster than the rest (stiff, which an explicit integrator follows only by tiny steps) would otherwise fill
     * the memory before it ends.
     */
    static final int MAX_STEPS = 500_000;

    /** Thrown by the step handler when the run's step budget is spent, at time {@code t}. */
    static final class TooManySteps extends RuntimeException {
        final double t;

        TooManySteps(double t) {
            super(null, null, false, false);
            this.t = t;
        }
    }

    /** Integration variable for time t. */
    double variable(double t) {
        return p == 1 ? t : Math.pow(Math.max(t - t0, 0), 1 / p);
    }

    /** Time for integration variable x. */
    double time(double x) {
        return p == 1 ? x : t0 + Math.pow(x, p);
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
        if (steps.size() >= budget) {
            throw new TooManySteps(time(interpolator.getCurrentState().getTime()));
        }
        steps.add(new Step(interpolator));
    }

    /** The steps taken, in order. */
    List<Piece> pieces() {
        return steps;
    }

    /** One integrator step: the 7th-order Dormand–Prince interpolant, error-controlled at its ends. */
    private final class Step extends Piece {
        private final ODEStateInterpolator interpolator;

        Step(ODEStateInterpolator interpolator) {
            super(time(interpolator.getPreviousState().getTime()), time(interpolator.getCurrentState().getTime()));
            this.interpolator = interpolator;
        }

        @Override
        double[] at(double t) {
            return stateAt(t).getPrimaryState();
        }

        @Override
        double eliminated(double t) {
            return stateAt(t).getSecondaryState(1)[0];
        }

        private ODEStateAndDerivative stateAt(double t) {
            double x = variable(t);
            return x >= interpolator.getCurrentState().getTime() ? interpolator.getCurrentState()
                    : x <= interpolator.getPreviousState().getTime() ? interpolator.getPreviousState()
                    : interpolator.getInterpolatedState(x);
        }
    }
}
