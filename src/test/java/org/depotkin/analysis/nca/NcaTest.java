package org.depotkin.analysis.nca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NcaTest {
    /**
     * Hand-worked example, 1 mg oral dose.
     * <pre>
     *   t (h)   0    0.5   1    2    4    6     8     12
     *   C       0    5     8    10   7    4.9   3.43  1.6807
     * </pre>
     * Cmax = 10 at 2 h. After Cmax every step multiplies C by 0.7 per 2 h, so every terminal fit is
     * exact (R²adj = 1) and the rule takes the most points: 4, 6, 8, 12 h (Cmax excluded).
     * λz = ln(1/0.7)/2 = 0.17833747 /h, t½ = ln 2/λz = 3.8867164 h.
     * AUC, linear up: 0–0.5: (0+5)/2·0.5 = 1.25; 0.5–1: (5+8)/2·0.5 = 3.25; 1–2: (8+10)/2·1 = 9 → 13.5.
     * Log down 2–12: each interval (C1 − C2)Δt/ln(C1/C2) = (C1 − C2)/λz, summing to
     * (10 − 1.6807)/λz = 46.649198 → AUC0–12 = 60.149198 ng·h/mL.
     * AUC0–∞ = 60.149198 + 1.6807/λz (9.4242673) = 69.573465; extrapolated 13.546 %.
     * CL/F = 1 mg/AUC∞ = 1000/69.573465 = 14.373296 L/h; Vz/F = CL/F / λz = 80.596051 L.
     * Time ≥ 5 ng/mL: from 0.5 h (C = 5) to the linear crossing between 4 h (7) and 6 h (4.9):
     * 4 + 2·(7 − 5)/(7 − 4.9) = 5.9047619 h → 5.4047619 h.
     * τ = 12 h from 0: AUCτ = 60.149198, Cavg = 5.0124331, Cmax,τ 10, Cmin,τ 0, Ctrough 1.6807,
     * fluctuation = 10/5.0124331 = 199.504 %.
     */
    static final double[] T = {0, 0.5, 1, 2, 4, 6, 8, 12};
    static final double[] C = {0, 5, 8, 10, 7, 4.9, 3.43, 1.6807};

    @Test
    void handWorkedExample() {
        Nca n = Nca.of(new Profile(T, C), 1, 0, 12, 1, 5);
        assertEquals(10, n.cmax());
        assertEquals(2, n.tmax());
        assertEquals(12, n.tlast());
        assertArrayEquals(new int[] {4, 5, 6, 7}, n.lambdaZ().points());
        assertEquals(0.17833747, n.lambdaZ().lambda(), 1e-8);
        assertEquals(3.8867164, n.halfLife(), 1e-6);
        assertEquals(60.149198, n.aucLast(), 1e-5);
        assertEquals(69.573465, n.aucInf(), 1e-5);
        assertEquals(0.13546, n.extrapolatedFraction(), 1e-5);
        assertEquals(14.373296, n.clearance(), 1e-5);
        assertEquals(80.596051, n.volume(), 1e-4);
        assertEquals(5.4047619, n.hoursAbove(), 1e-6);
        assertEquals(60.149198, n.interval().auc(), 1e-5);
        assertEquals(5.0124331, n.interval().cavg(), 1e-6);
        assertEquals(10, n.interval().cmax());
        assertEquals(0, n.interval().cmin());
        assertEquals(1.6807, n.interval().ctrough(), 1e-12);
        assertEquals(1.99504, n.interval().fluctuation(), 1e-5);
        assertEquals(1000 / 60.149198, n.steadyStateClearance(), 1e-6);
    }

    /**
     * A distribution phase at 4 h (C = 8 instead of 7) spoils the 4-point fit; the 3-point fit of
     * 6, 8, 12 h is exact (R²adj = 1), so the rule keeps 3 points and λz stays ln(1/0.7)/2.
     */
    @Test
    void ruleDropsAnEarlyDistributionPoint() {
        double[] c = C.clone();
        c[4] = 8;
        LambdaZ lz = LambdaZ.of(new Profile(T, c));
        assertArrayEquals(new int[] {5, 6, 7}, lz.points());
        assertEquals(0.17833747, lz.lambda(), 1e-8);
        assertEquals(1, lz.r2adj(), 1e-12);
    }

    @Test
    void noTerminalPhaseWithTooFewPointsAfterCmax() {
        Nca n = Nca.of(new Profile(new double[] {0, 1, 2, 3}, new double[] {0, 1, 3, 2}), 1, 0, Double.NaN, Double.NaN, Double.NaN);
        assertFalse(n.lambdaZ().estimated());
        assertEquals(Double.NaN, n.aucInf());
    }

    /**
     * One-compartment IV bolus, C = (1000·D/V) e^(−CL/V t): AUC0–∞ = 1000·D/CL and t½ = ln 2·V/CL.
     * Log-down areas are exact for an exponential, so only rounding remains.
     */
    @ParameterizedTest
    @CsvSource({"100, 10, 50, 0.5", "50, 140, 78.8, 0.25", "380, 3.5, 500, 6"})
    void ivBolusClosedForm(double dose, double cl, double v, double step) {
        double k = cl / v;
        int n = (int) Math.round(10 / k / step);
        double[] t = new double[n + 1];
        double[] c = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            t[i] = i * step;
            c[i] = 1000 * dose / v * Math.exp(-k * t[i]);
        }
        Nca r = Nca.of(new Profile(t, c), dose, 0, Double.NaN, Double.NaN, Double.NaN);
        assertEquals(1000 * dose / cl, r.aucInf(), 1e-9 * r.aucInf());
        assertEquals(Math.log(2) / k, r.halfLife(), 1e-9 * r.halfLife());
        assertEquals(cl, r.clearance(), 1e-9 * cl);
        assertEquals(v, r.volume(), 1e-9 * v);
    }
}
