package org.depotkin.analysis;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BrentSolver;

/** Brent root-finding on a bracket whose ends have opposite signs. */
final class Roots {
    private Roots() {
    }

    /** The root of f in [a, b] to absolute accuracy {@code tol}. */
    static double brent(DoubleUnaryOperator f, double a, double b, double tol) {
        return new BrentSolver(1e-14, tol, 1e-300).solve(500, f::applyAsDouble, Math.min(a, b), Math.max(a, b));
    }
}
