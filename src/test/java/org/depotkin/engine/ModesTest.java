package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The modal decomposition ({@link Modes}) against its definition: V·M·V⁻¹ gives back A and V⁻¹·V is the identity, to
 * rounding, with M block diagonal (single rates, and coupled pairs upper triangular), on a defective chain, nearly
 * equal rates, a double rate with two eigenvectors and the naltrexone model with the metabolite's fast rate on the
 * parent's; complex rates and a cluster of three give none.
 */
class ModesTest {
    static Stream<Arguments> matrices() {
        double k = 0.3125;
        Scenario oral = ModelFiles.scenario(Path.of("models", "oral-50mg-daily.yaml"));
        return Stream.of(
                Arguments.of("defective chain k1 = k2", new double[][] {{-k, 0}, {0.6 * k, -k}}, 1),
                Arguments.of("chain k2 = k1·(1 + 1e-9)", new double[][] {{-k, 0}, {0.6 * k, -k * (1 + 1e-9)}}, 1),
                Arguments.of("chain k2 = k1·(1 + 1e-2)", new double[][] {{-k, 0}, {0.6 * k, -k * (1 + 1e-2)}}, 0),
                Arguments.of("two effect sites with one ke0", new double[][] {{-2, 0, 0, 0}, {1, -0.5, 0, 0},
                    {0.1, 0, -0.03, 0}, {0, 0.2, 0, -0.03}}, -1),
                Arguments.of("naltrexone oral, 6β-naltrexol's fast rate on the parent's",
                        CompiledModel.compile(NearlyEqualRatesTest.forced(oral, "6b-naltrexol", 0)).linearMatrix(), 1),
                Arguments.of("naltrexone oral, ka on the parent's fast rate",
                        CompiledModel.compile(NearlyEqualRatesTest.forced(oral, "ka", 0)).linearMatrix(), 1));
    }

    /**
     * @param blocks the number of coupled blocks; −1 for a double rate with two eigenvectors, which may be one block
     *               whose coupling is then zero to rounding
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("matrices")
    void reproducesTheMatrix(String what, double[][] a, int blocks) {
        int n = a.length;
        Modes modes = Modes.of(a, new double[n]);
        assertNotNull(modes, what);
        assertTrue(modes.condition <= Modes.PAIR_CONDITION, what + ": κ(V) = " + modes.condition);
        double scale = 0;
        for (double[] row : a) {
            for (double x : row) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        if (blocks >= 0) {
            assertEquals(blocks, NearlyEqualRatesTest.blocks(modes), what + ": coupled blocks");
        } else {
            for (double c : modes.coupling) {
                assertEquals(0, c, 1e-14 * scale, what + ": coupling");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double vmw = 0;
                double wv = 0;
                for (int c = 0; c < n; c++) {
                    double mw = modes.lambda[c] * modes.w[c * n + j]
                            + (modes.coupling[c] != 0 ? modes.coupling[c] * modes.w[(c + 1) * n + j] : 0);
                    vmw += modes.v[i * n + c] * mw;
                    wv += modes.w[i * n + c] * modes.v[c * n + j];
                }
                assertEquals(a[i][j], vmw, 1e-14 * scale, what + ": (V·M·V⁻¹)_" + i + j);
                assertEquals(i == j ? 1 : 0, wv, 1e-13, what + ": (V⁻¹·V)_" + i + j);
            }
        }
    }

    @Test
    void complexRatesHaveNoModes() {
        assertNull(Modes.of(new double[][] {{-1, -2}, {2, -1}}, new double[2]));
    }

    @Test
    void threeEqualRatesInAChainHaveNoModes() {
        double k = 0.5;
        assertNull(Modes.of(new double[][] {{-k, 0, 0}, {k, -k, 0}, {0, k, -k}}, new double[3]),
                "a block of three would be needed: the integrator takes it");
    }
}
