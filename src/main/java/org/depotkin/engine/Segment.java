package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The integrator's steps between two breakpoints, kept for dense output. When the segment starts
 * at a dose whose release rate is singular (rate ~ s^a, a &lt; 0) it is integrated in the variable
 * u with t = t0 + u^p, p = 1/(1 + a), which makes the input regular; {@link #variable(double)} maps
 * back.
 */
final class Segment implements ODEStepHandler {
    final double t0;
    final double t1;
    final double p;
    private final List<ODEStateInterpolator> steps = new ArrayList<>();
    private double[] ends = new double[16];

    Segment(double t0, double t1, double p) {
        this.t0 = t0;
        this.t1 = t1;
        this.p = p;
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
        if (steps.size() == ends.length) {
            ends = java.util.Arrays.copyOf(ends, 2 * ends.length);
        }
        ends[steps.size()] = interpolator.getCurrentState().getTime();
        steps.add(interpolator);
    }

    int stepCount() {
        return steps.size();
    }

    ODEStateInterpolator step(int k) {
        return steps.get(k);
    }

    /** State at time t in [t0, t1]. */
    ODEStateAndDerivative at(double t) {
        double x = variable(t);
        int lo = 0;
        int hi = steps.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        ODEStateInterpolator s = steps.get(lo);
        if (x >= s.getCurrentState().getTime()) {
            return s.getCurrentState();
        }
        if (x <= s.getPreviousState().getTime()) {
            return s.getPreviousState();
        }
        return s.getInterpolatedState(x);
    }
}
