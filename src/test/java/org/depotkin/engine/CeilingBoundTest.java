package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ceiling is never below the later trajectory of a positive system with a decreasing input. */
class CeilingBoundTest {

    @ParameterizedTest(name = "input decay {0} /h")
    @ValueSource(doubles = {0.0, 0.001, 0.05, 0.5})
    void boundsEveryLaterValue(double decay) {
        double[][] a = {{-(200.0 + 150) / 400, 150.0 / 900}, {150.0 / 400, -150.0 / 900}};
        LinearPropagator p = LinearPropagator.of(a, 0, 0, 0.25);
        CeilingBound bound = new CeilingBound(a, 0, 0);
        int steps = 4000;
        double[][] x = new double[steps + 1][];
        double[] u = new double[steps + 1];
        double[] state = {0, 0};
        double[] work = new double[2];
        for (int n = 0; n <= steps; n++) {
            x[n] = state.clone();
            // a piecewise-constant, non-increasing input, exact with degree 0
            u[n] = 5 * Math.exp(-decay * Math.floor(n / 8.0));
            p.step(state, new double[] {u[n]}, work);
        }
        double laterMax = 0;
        for (int n = steps; n >= 0; n--) {
            laterMax = Math.max(laterMax, x[n][0]);
            double c = bound.ceiling(x[n], u[n]);
            assertTrue(c >= laterMax * (1 - 1e-12), "at step " + n + ": ceiling " + c + " < later max " + laterMax);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"negative coupling", "unstable"})
    void rejectsSystemsItCannotBound(String what) {
        double[][] a = what.equals("unstable") ? new double[][] {{0.1, 0}, {0, -1}} : new double[][] {{-1, -0.2}, {0.1, -1}};
        assertThrows(IllegalArgumentException.class, () -> new CeilingBound(a, 0, 0));
    }
}
