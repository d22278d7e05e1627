package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.depotkin.release.Sequential.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SequentialTest {

    private static final double DAY = 24.0;

    /** XR-NTX 380 mg input, set X-1 (docs/sources.md §9.2). */
    static Sequential xrNtx() {
        return Sequential.of(
                new Phase(0.012, 0.0, new FirstOrder(0.3)),
                new Phase(0.20, 0.0, new Weibull(2.5 * DAY, 1.8, 0.0)),
                new Phase(0.788, 3 * DAY, new ZeroOrderTail(11 * DAY, 0.10 / DAY)));
    }

    @Test
    void xrNtxHandComputedValues() {
        Sequential law = xrNtx();

        // F(28 d), each phase written out (in days for the erosion phase: r0 = 1/21 /d, 11 d plateau, 10 d tail)
        double s28 = 28 * DAY;
        double burst = 0.012 * (1 - Math.exp(-0.3 * s28));
        double diffusion = 0.20 * (1 - Math.exp(-Math.pow(s28 / 60.0, 1.8)));
        double erosion = 0.788 * (11.0 / 21.0 + 10.0 / 21.0 * (1 - Math.exp(-0.10 * 14.0)));
        assertEquals(burst + diffusion + erosion, law.cumulative(s28), 1e-14);
        assertEquals(0.9074674249590544, law.cumulative(s28), 1e-12);

        // rate at day 14: erosion at the end of its plateau is 0.788 / (11 d + 10 d) per day;
        // the Weibull phase adds ~5e-12 /h (exp(-5.6^1.8)), the burst nothing
        double rate14PerDay = law.rate(14 * DAY) * DAY;
        assertEquals(0.788 / 21.0, rate14PerDay, 1e-9);
        double weibull14 = 0.20 * (1.8 / 60.0) * Math.pow(336.0 / 60.0, 0.8) * Math.exp(-Math.pow(336.0 / 60.0, 1.8));
        assertEquals(0.788 / 21.0 / DAY + weibull14 + 0.012 * 0.3 * Math.exp(-0.3 * 336.0), law.rate(14 * DAY), 1e-17);

        // rate at day 28: tail, 14 d after the switch at 0.10 /d
        double rate28PerDay = law.rate(s28) * DAY;
        assertEquals(0.788 / 21.0 * Math.exp(-1.4), rate28PerDay, 1e-12);
        assertEquals(0.009253257504094569, rate28PerDay, 1e-12);

        // before day 3 nothing erodes: the rate is burst + diffusion only
        double s = 2 * DAY;
        assertEquals(0.012 * 0.3 * Math.exp(-0.3 * s)
                + 0.20 * 1.8 / 60.0 * Math.pow(s / 60.0, 0.8) * Math.exp(-Math.pow(s / 60.0, 1.8)), law.rate(s), 1e-15);
    }

    @Test
    void xrNtxStructure() {
        Sequential law = xrNtx();
        assertArrayEquals(new double[] {72.0, 336.0}, law.breakpoints(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, law.completionTime());
        assertEquals(0.0, law.rateExponentAtZero(), 0.0);
        assertEquals("sequential", law.name());
        // right-continuous at the start of erosion (day 3)
        double before = law.rate(Math.nextDown(72.0));
        assertEquals(before + 0.788 / 504.0, law.rate(72.0), 1e-15);
        LawChecks.checkAll(law, 60 * DAY, 1.0 / 0.3, 42L);
    }

    @ParameterizedTest
    @MethodSource("org.depotkin.release.LawChecks#seeds")
    void randomPhasesProperties(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(4);
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.05 + rnd.nextDouble();
            total += w[i];
        }
        List<Phase> phases = new ArrayList<>();
        double sum = 0;
        double horizon = 0;
        double scale = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double f = i == n - 1 ? 1.0 - sum : w[i] / total;
            sum += f;
            double tau = LawChecks.logUniform(rnd, 1.0, 200.0);
            ReleaseLaw law;
            boolean singular = false;
            switch (rnd.nextInt(6)) {
                case 0 -> law = new ZeroOrder(tau);
                case 1 -> law = new FirstOrder(1.0 / tau);
                case 2 -> law = new Weibull(tau, 1.0 + 2 * rnd.nextDouble(), rnd.nextBoolean() ? 0.0 : tau / 3);
                case 3 -> law = new ZeroOrderTail(tau, 3.0 / tau);
                case 4 -> {
                    law = new Higuchi(1.0 / Math.sqrt(tau));
                    singular = true;
                }
                default -> {
                    law = new KorsmeyerPeppas(Math.pow(tau, -0.45), 0.45);
                    singular = true;
                }
            }
            double start = singular || rnd.nextInt(3) == 0 ? 0.0 : 100.0 * rnd.nextDouble();
            phases.add(new Phase(f, start, law));
            horizon = Math.max(horizon, start + 5 * tau);
            scale = Math.min(scale, tau / 3);
        }
        Sequential law = new Sequential(phases);
        LawChecks.checkAll(law, horizon, scale, seed);
    }

    @Test
    void rateExponentIsTheMostSingularPhaseStartingAtZero() {
        Sequential law = Sequential.of(
                new Phase(0.3, 0.0, new Higuchi(0.2)),
                new Phase(0.3, 0.0, new KorsmeyerPeppas(0.1, 0.3)),
                new Phase(0.4, 10.0, new ZeroOrder(5.0)));
        assertEquals(-0.7, law.rateExponentAtZero(), 1e-15);
        assertEquals(Math.max(25.0, Math.pow(10.0, 1 / 0.3)), law.completionTime(), 1e-9);
    }

    @Test
    void breakpointsAreTheSortedUnionOfStartsAndShiftedPhaseBreakpoints() {
        Sequential law = Sequential.of(
                new Phase(0.25, 0.0, new ZeroOrder(10.0)),            // {10}
                new Phase(0.25, 3.0, new Weibull(5.0, 1.0, 2.0)),      // {3, 5}
                new Phase(0.25, 3.0, new ZeroOrderTail(7.0, 0.1)),     // {3, 10}
                new Phase(0.25, 0.0, new FirstOrder(0.2)));            // {}
        assertArrayEquals(new double[] {3.0, 5.0, 10.0}, law.breakpoints(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, law.completionTime());
    }

    @Test
    void completionIsTheLatestPhaseEnd() {
        Sequential law = Sequential.of(
                new Phase(0.5, 0.0, new ZeroOrder(10.0)),
                new Phase(0.2, 0.0, new Higuchi(0.5)),                  // complete at 4
                new Phase(0.3, 20.0, new ZeroOrder(5.0)));
        assertEquals(25.0, law.completionTime(), 0.0);
        assertArrayEquals(new double[] {4.0, 10.0, 20.0, 25.0}, law.breakpoints(), 0.0);
        assertEquals(1.0, law.cumulative(25.0), 1e-15);
        assertEquals(0.5 * 0.3 + 0.2 * 0.5 * Math.sqrt(3.0), law.cumulative(3.0), 1e-15);
        assertEquals(0.5 + 0.2 + 0.3 * 0.4, law.cumulative(22.0), 1e-15);
        LawChecks.checkAll(law, 30.0, 1.0, 7L);
    }

    @Test
    void rateIsRightContinuousAtAPhaseStart() {
        Sequential law = Sequential.of(new Phase(0.5, 5.0, new ZeroOrder(10.0)), new Phase(0.5, 0.0, new ZeroOrder(20.0)));
        assertEquals(0.5 / 20.0, law.rate(Math.nextDown(5.0)), 1e-17);
        assertEquals(0.5 / 10.0 + 0.5 / 20.0, law.rate(5.0), 1e-17);
        assertEquals(0.0, law.cumulative(0.0), 0.0);
    }

    @Test
    void phasesAreCopied() {
        List<Phase> phases = new ArrayList<>(List.of(new Phase(1.0, 0.0, new FirstOrder(0.1))));
        Sequential law = new Sequential(phases);
        phases.add(new Phase(0.5, 0.0, new FirstOrder(0.2)));
        assertEquals(1, law.phases().size());
        assertThrows(UnsupportedOperationException.class, () -> law.phases().add(phases.get(0)));
    }

    @Test
    void rejectsBadParameters() {
        LawChecks.rejects(() -> Sequential.of(new Phase(0.5, 0.0, new FirstOrder(0.1)), new Phase(0.4, 0.0, new FirstOrder(0.2))),
                "sequential", "fractions must sum to 1", "0.9");
        LawChecks.rejects(() -> Sequential.of(new Phase(0.6, 0.0, new FirstOrder(0.1)), new Phase(0.6, 0.0, new FirstOrder(0.2))),
                "sequential", "sum to 1", "1.2");
        LawChecks.rejects(() -> new Phase(0.5, -1.0, new FirstOrder(0.1)), "sequential", "phase start must be >= 0", "-1");
        LawChecks.rejects(() -> new Phase(1.5, 0.0, new FirstOrder(0.1)), "sequential", "phase fraction must be in [0, 1]", "1.5");
        LawChecks.rejects(() -> new Phase(-0.1, 0.0, new FirstOrder(0.1)), "phase fraction");
        LawChecks.rejects(() -> new Sequential(List.of()), "sequential", "at least one phase");
        LawChecks.rejects(() -> new Sequential(null), "sequential", "at least one phase");
        LawChecks.rejects(() -> Sequential.of(new Phase(0.5, 0.0, new FirstOrder(0.1)), new Phase(0.5, 24.0, new Higuchi(0.1))),
                "sequential", "phases[1]", "singular", "start must be 0", "24");
        LawChecks.rejects(() -> Sequential.of(new Phase(0.5, 0.0, new FirstOrder(0.1)), new Phase(0.5, 1.0, new Weibull(5.0, 0.5, 0.0))),
                "sequential", "singular", "start");
        assertThrows(NullPointerException.class, () -> new Phase(1.0, 0.0, null));
        // the sum tolerance is 1e-9
        Sequential.of(new Phase(0.5, 0.0, new FirstOrder(0.1)), new Phase(0.5 + 5e-10, 0.0, new FirstOrder(0.2)));
    }
}
