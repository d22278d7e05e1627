package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.depotkin.io.ModelFiles;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The step-cap rate bound against closed-form and numerically computed eigenvalues. */
class SpectralBoundTest {

    @Test
    void twoCompartmentBoundsTheClosedFormEigenvalue() {
        double k10 = 0.4;
        double k12 = 1.1;
        double k21 = 0.2;
        // λ1,2 = ½[(k10 + k12 + k21) ± √((k10 + k12 + k21)² − 4 k10 k21)]
        double s = k10 + k12 + k21;
        double fastest = 0.5 * (s + Math.sqrt(s * s - 4 * k10 * k21));
        double bound = SpectralBound.of(new double[][] {{-(k10 + k12), k21}, {k12, -k21}});
        assertTrue(bound >= fastest, bound + " < " + fastest);
        // one block: min(largest row sum k10 + k12 + k21, largest column sum k10 + 2 k12)
        assertEquals(Math.min(k10 + k12 + k21, k10 + 2 * k12), bound, 1e-15);
    }

    @Test
    void oneWayCouplingsDoNotCount() {
        // gut → central (absorption ka, bioavailability F), elimination k: eigenvalues −ka and −k exactly
        double ka = 1.5;
        double k = 0.3;
        double f = 0.9;
        assertEquals(ka, SpectralBound.of(new double[][] {{-ka, 0}, {f * ka, -k}}), 0);
        assertEquals(0.5, SpectralBound.of(new double[][] {{-0.5}}), 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void boundsTheSpectralRadiusAndBeatsGershgorin(long seed) {
        double[][] a = randomCompartmentalMatrix(new Random(seed));
        double rho = 0;
        for (Complex l : new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(a)).getEigenvalues()) {
            rho = Math.max(rho, l.norm());
        }
        double gershgorin = 0;
        for (double[] row : a) {
            double sum = 0;
            for (double v : row) {
                sum += Math.abs(v);
            }
            gershgorin = Math.max(gershgorin, sum);
        }
        double bound = SpectralBound.of(a);
        assertTrue(bound >= rho * (1 - 1e-12), "bound " + bound + " below ρ " + rho);
        assertTrue(bound <= gershgorin, "bound " + bound + " above Gershgorin " + gershgorin);
    }

    @Test
    void naltrexoneModelIsWithinThreePercentOfItsSpectralRadius() {
        CompiledModel m = CompiledModel.compile(ModelFiles.scenario(Path.of("models", "implant-3.4g.yaml")));
        double[][] a = m.linearMatrix();
        double rho = 0;
        for (Complex l : new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(a)).getEigenvalues()) {
            rho = Math.max(rho, l.norm());
        }
        double bound = SpectralBound.of(a);
        assertTrue(bound >= rho && bound <= 1.03 * rho, "bound " + bound + ", ρ " + rho);
        assertEquals(CompiledModel.STEP_TIMES_RATE / bound, m.maxStep, 1e-12);
    }

    /**
     * A chain of analytes, each a central compartment with 0–2 peripherals, the first fed by a gut;
     * each analyte is formed from the previous one (one-way couplings between blocks).
     */
    private static double[][] randomCompartmentalMatrix(Random r) {
        int analytes = 1 + r.nextInt(3);
        int[] periph = new int[analytes];
        int n = 1;
        for (int i = 0; i < analytes; i++) {
            periph[i] = r.nextInt(3);
            n += 1 + periph[i];
        }
        double[][] a = new double[n][n];
        double ka = 0.2 + 3 * r.nextDouble();
        a[0][0] = -ka;
        int previousCentral = 0;
        double outflow = ka;
        int next = 1;
        for (int i = 0; i < analytes; i++) {
            int c = next++;
            a[c][previousCentral] += outflow * (0.3 + 0.7 * r.nextDouble());
            double k10 = 0.05 + 2 * r.nextDouble();
            a[c][c] -= k10;
            for (int p = 0; p < periph[i]; p++) {
                int q = next++;
                double k12 = 0.05 + 2 * r.nextDouble();
                double k21 = 0.01 + r.nextDouble();
                a[c][c] -= k12;
                a[q][c] += k12;
                a[c][q] += k21;
                a[q][q] -= k21;
            }
            previousCentral = c;
            outflow = k10;
        }
        return a;
    }
}
