package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily peak and trough percentiles against values worked out by hand. */
class DailyBandsTest {
    @Test
    void percentilesOfEachSubjectsDailyPeakAndTrough() {
        double[] grid = new double[48];
        float[] a = new float[48];
        float[] b = new float[48];
        for (int h = 0; h < 48; h++) {
            grid[h] = h;
            a[h] = h % 24;          // day peak 23, trough 0
            b[h] = 2 * (h % 24) + 1; // day peak 47, trough 1
        }
        DailyBands d = DailyBands.of(grid, List.of(a, b), null, 10);
        // day middles, with the first and last values repeated at the grid's ends
        assertArrayEquals(new double[] {0, 12, 35.5, 47}, d.times(), 1e-12);
        // type-7 quantiles of two values x ≤ y: x + p (y − x); in units × 10
        double[] p = {0.05, 0.25, 0.5, 0.75, 0.95};
        for (int q = 0; q < p.length; q++) {
            assertEquals(230 + p[q] * 240, d.peaks()[q][1], 1e-9, "peak percentile " + p[q]);
            assertEquals(0 + p[q] * 10, d.troughs()[q][2], 1e-9, "trough percentile " + p[q]);
        }
    }

    @Test
    void givenDailyPeaksReplaceTheGridsHighestValues() {
        double[] grid = new double[48];
        float[] a = new float[48];
        float[] b = new float[48];
        for (int h = 0; h < 48; h++) {
            grid[h] = h;
            a[h] = h % 24;
            b[h] = 2 * (h % 24) + 1;
        }
        // peaks between grid times, above every grid value of their day
        List<float[]> peaks = List.of(new float[] {23.5f, 30f}, new float[] {47.25f, 50f});
        DailyBands d = DailyBands.of(grid, List.of(a, b), peaks, 10);
        double[] p = {0.05, 0.25, 0.5, 0.75, 0.95};
        for (int q = 0; q < p.length; q++) {
            assertEquals(235 + p[q] * 237.5, d.peaks()[q][1], 1e-9, "day 0, peak percentile " + p[q]);
            assertEquals(300 + p[q] * 200, d.peaks()[q][2], 1e-9, "day 1, peak percentile " + p[q]);
            assertEquals(d.peaks()[q][1], d.peaks()[q][0], 0, "the first day repeated at the grid's start");
            assertEquals(d.peaks()[q][2], d.peaks()[q][3], 0, "the last day repeated at the grid's end");
            assertEquals(0 + p[q] * 10, d.troughs()[q][2], 1e-9, "troughs stay on the grid: " + p[q]);
        }
    }
}
