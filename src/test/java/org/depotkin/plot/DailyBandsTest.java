package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily peak and trough percentiles against values worked out by hand. */
class DailyBandsTest {
    /** Two days of hourly values of two subjects: a rises 0..23 each day, b 1..47 (twice a, plus 1). */
    private static final double[] GRID = new double[48];
    private static final float[] A = new float[48];
    private static final float[] B = new float[48];

    static {
        for (int h = 0; h < 48; h++) {
            GRID[h] = h;
            A[h] = h % 24;          // day peak 23, trough 0
            B[h] = 2 * (h % 24) + 1; // day peak 47, trough 1
        }
    }

    /** Type-7 quantiles of two values x ≤ y: x + p (y − x). */
    private static final double[] P = {0.05, 0.25, 0.5, 0.75, 0.95};

    @Test
    void percentilesOfEachSubjectsDailyPeakAndTrough() {
        DailyBands d = DailyBands.of(GRID, List.of(A, B), null, null, 10);
        // day middles, with the first and last values repeated at the grid's ends
        assertArrayEquals(new double[] {0, 12, 35.5, 47}, d.times(), 1e-12);
        // in units × 10
        for (int q = 0; q < P.length; q++) {
            assertEquals(230 + P[q] * 240, d.peaks()[q][1], 1e-9, "peak percentile " + P[q]);
            assertEquals(0 + P[q] * 10, d.troughs()[q][2], 1e-9, "trough percentile " + P[q]);
        }
    }

    @Test
    void givenDailyPeaksAndTroughsReplaceTheGridsValues() {
        // peaks between grid times, above every grid value of their day
        List<float[]> peaks = List.of(new float[] {23.5f, 30f}, new float[] {47.25f, 50f});
        // troughs between grid times, below every grid value of their day
        List<float[]> troughs = List.of(new float[] {-0.5f, -1f}, new float[] {0.5f, 0.25f});
        DailyBands d = DailyBands.of(GRID, List.of(A, B), peaks, troughs, 10);
        for (int q = 0; q < P.length; q++) {
            assertEquals(235 + P[q] * 237.5, d.peaks()[q][1], 1e-9, "day 0, peak percentile " + P[q]);
            assertEquals(300 + P[q] * 200, d.peaks()[q][2], 1e-9, "day 1, peak percentile " + P[q]);
            assertEquals(d.peaks()[q][1], d.peaks()[q][0], 0, "the first day repeated at the grid's start");
            assertEquals(d.peaks()[q][2], d.peaks()[q][3], 0, "the last day repeated at the grid's end");
            assertEquals(-5 + P[q] * 10, d.troughs()[q][1], 1e-9, "day 0, trough percentile " + P[q]);
            assertEquals(-10 + P[q] * 12.5, d.troughs()[q][2], 1e-9, "day 1, trough percentile " + P[q]);
        }
    }
}
