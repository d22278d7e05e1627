package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact step against closed forms and against the 30-digit W1 golden values. */
class LinearPropagatorTest {

    /** dx/dt = −k·x + u(t), u(t) = c0 + c1·t + c2·t²: x(t) from the closed form of the convolution. */
    @ParameterizedTest(name = "step {0} h")
    @ValueSource(doubles = {0.25, 1, 6})
    void polynomialInputIsExact(double h) {
        double k = 0.8;
        double c0 = 2;
        double c1 = -0.3;
        double c2 = 0.05;
        LinearPropagator p = LinearPropagator.of(new double[][] {{-k}}, 0, 2, h);
        double[] x = {1.5};
        double[] work = new double[1];
        for (int n = 0; n < 10; n++) {
            double t = n * h;
            // u and its derivatives at the start of the step
            p.step(x, new double[] {c0 + c1 * t + c2 * t * t, c1 + 2 * c2 * t, 2 * c2}, work);
        }
        double t = 10 * h;
        // particular solution x_p = α + β t + γ t² with x_p' = −k x_p + u
        double gamma = c2 / k;
        double beta = (c1 - 2 * gamma) / k;
        double alpha = (c0 - beta) / k;
        double expected = alpha + beta * t + gamma * t * t + (1.5 - alpha) * Math.exp(-k * t);
        assertEquals(expected, x[0], 1e-13 * Math.abs(expected));
    }

    /** W1 with the compiled model's own matrix, doses as jumps of the gut, against golden.json. */
    @Test
    void oralRegimenMatchesGoldenValues() throws IOException {
        CompiledModel m = CompiledModel.compile(BenchGoldenTest.scenario("W1", SolverSettings.DEFAULT, true));
        double[][] a = m.linearMatrix();
        LinearPropagator p = LinearPropagator.of(a, 0, -1, 1.0);
        int gut = -1;
        for (int i = 0; i < m.stateNames().size(); i++) {
            gut = m.stateNames().get(i).startsWith("gut") ? i : gut;
        }
        int c = m.stateIndex("Cp.central");
        int met = m.stateIndex("Cm.central");
        int e = m.stateIndex("Cp.effect");
        double[] x = new double[a.length];
        double[] work = new double[a.length];
        double[][] rows = new double[4321][];
        for (int n = 0; n <= 4320; n++) {
            if (n % 24 == 0 && n < 4320) {
                x[gut] += 50;
            }
            rows[n] = new double[] {1000 * x[c] / 400, 1000 * x[met] / 700, x[e] / (x[e] + 0.3)};
            p.step(x, new double[0], work);
        }
        JsonNode g = BenchGoldenTest.golden().get("W1");
        for (String t : List.of("1", "24", "168", "720", "2160", "4320", "4298")) {
            for (int k = 0; k < 3; k++) {
                double expected = g.get("at").get(t).get(k).asDouble();
                assertEquals(expected, rows[Integer.parseInt(t)][k], 1e-12 * expected, "output " + k + " at " + t + " h");
            }
        }
        String[] sums = {"sumCp", "sumCm", "sumRO"};
        for (int k = 0; k < 3; k++) {
            double sum = 0;
            for (double[] r : rows) {
                sum += r[k];
            }
            double expected = g.get(sums[k]).asDouble();
            assertEquals(expected, sum, 1e-12 * expected, sums[k]);
        }
    }

    @Test
    void feedingFindsTheStatesThatReachTheTarget() {
        CompiledModel m = CompiledModel.compile(BenchGoldenTest.scenario("W1", SolverSettings.DEFAULT, true));
        double[][] a = m.linearMatrix();
        int[] states = LinearPropagator.feeding(a, m.stateIndex("Cp.central"));
        List<String> names = java.util.Arrays.stream(states).mapToObj(i -> m.stateNames().get(i)).sorted().toList();
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("Cp.central", "Cp.peripheral1")) && names.get(2).startsWith("gut"),
                names.toString());
        double[][] sub = LinearPropagator.restrict(a, states);
        assertEquals(a[states[1]][states[0]], sub[1][0]);
    }

    @Test
    void basisFoldsIntoTheInputTerms() {
        double[][] a = {{-0.5, 0.1}, {0.2, -0.3}};
        LinearPropagator p = LinearPropagator.of(a, 0, 1, 1.0);
        // u = 3·φ0 + φ1, u' = −φ1 for φ = (2, 5): u = 11, u' = −5
        LinearPropagator q = p.withInputBasis(new double[][] {{3, 1}, {0, -1}});
        double[] x1 = {1, 2};
        double[] x2 = {1, 2};
        double[] work = new double[2];
        p.step(x1, new double[] {11, -5}, work);
        q.step(x2, new double[] {2, 5}, work);
        assertArrayEquals(x1, x2, 1e-14 * Math.abs(x1[0]));
        assertThrows(IllegalArgumentException.class, () -> p.withInputBasis(new double[][] {{1}}));
    }
}
