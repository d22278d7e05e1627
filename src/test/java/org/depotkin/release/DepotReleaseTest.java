package org.depotkin.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepotReleaseTest {
    private static final double K = 0.0064 / 24;

    /** docs/workloads.md §5: D(t) = D0 exp(−k (pmin t + (1 − pmin)(1 − e^(−kfib t))/kfib)). */
    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 24, 333, 1000, 4320})
    void fibrosisMatchesTheBenchClosedForm(double t) {
        double k = 0.0008, pmin = 0.4, kfib = 0.003;
        DepotRelease r = new DepotRelease(new FirstOrder(k), List.of(new FailureMode.Fibrosis(0, 1 / kfib, pmin)));
        double expected = Math.exp(-k * (pmin * t + (1 - pmin) * (1 - Math.exp(-kfib * t)) / kfib));
        assertEquals(expected, r.remaining(t), 1e-15);
        double pf = pmin + (1 - pmin) * Math.exp(-kfib * t);
        if (t > 0) {
            assertEquals(k * pf * expected, r.rate(t), 1e-13 * k);
        }
    }

    @Test
    void fibrosisOnsetLeavesTheEarlyReleaseUntouched() {
        DepotRelease nominal = new DepotRelease(new FirstOrder(K), List.of());
        DepotRelease fib = new DepotRelease(new FirstOrder(K), List.of(new FailureMode.Fibrosis(14 * 24, 14 * 24,
                0.25)));
        assertEquals(nominal.released(100), fib.released(100), 1e-15);
        assertTrue(fib.remaining(365 * 24) > nominal.remaining(365 * 24) + 0.2, "residual load");
        assertArrayEquals(new double[] {14 * 24}, fib.breakpoints());
    }

    @Test
    void earlyDepletionRunsTheClockFasterAndDumpsABurst() {
        DepotRelease dd = new DepotRelease(new FirstOrder(K), List.of(new FailureMode.EarlyDepletion(2, 0.1)));
        assertEquals(0.1, dd.released(0), 0);
        double t = 1000;
        assertEquals(0.1 + 0.9 * (1 - Math.exp(-2 * K * t)), dd.released(t), 1e-15);
        assertEquals(0.9 * 2 * K * Math.exp(-2 * K * t), dd.rate(t), 1e-18);
    }

    @Test
    void removalStopsReleaseAndReportsTheRemovedAmount() {
        double at = 14 * 24;
        DepotRelease r = new DepotRelease(new FirstOrder(K), List.of(new FailureMode.Removal(at)));
        double removed = Math.exp(-K * at);
        assertEquals(0, r.removed(at - 1e-9), 0);
        assertEquals(removed, r.removed(at), 1e-15);
        assertEquals(1 - removed, r.released(1000), 1e-15);
        assertEquals(0, r.remaining(1000), 1e-15);
        assertEquals(0, r.rate(at + 1), 0);
    }

    @Test
    void zeroOrderCompletionIsABreakpointOnTheSlowedClock() {
        DepotRelease r = new DepotRelease(new ZeroOrder(60 * 24), List.of(new FailureMode.EarlyDepletion(1.5, 0)));
        assertArrayEquals(new double[] {40 * 24}, r.breakpoints(), 1e-9);
        DepotRelease f = new DepotRelease(new ZeroOrder(100), List.of(new FailureMode.Fibrosis(0, 50, 0.5)));
        double s = f.breakpoints()[0];
        assertEquals(100, f.clock(s), 1e-9);
    }
}
