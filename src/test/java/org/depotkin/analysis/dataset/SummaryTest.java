package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Summary statistics against values worked by hand. */
class SummaryTest {
    @Test
    void geometricAndArithmeticStatistics() {
        Summary s = Summary.of(new double[] {1, 100, Double.NaN, 10});
        assertEquals(3, s.n());
        assertEquals(37, s.mean(), 1e-12);
        assertEquals(Math.sqrt((36 * 36 + 63 * 63 + 27 * 27) / 2.0), s.sd(), 1e-12);
        assertEquals(100 * s.sd() / 37, s.cvPercent(), 1e-12);
        assertEquals(10, s.geometricMean(), 1e-12);
        double ln10 = Math.log(10);
        assertEquals(100 * Math.sqrt(Math.exp(ln10 * ln10) - 1), s.geometricCv(), 1e-9);
        assertEquals(10, s.median());
        assertEquals(1, s.min());
        assertEquals(100, s.max());
    }

    @Test
    void geometricStatisticsNeedPositiveValues() {
        Summary s = Summary.of(new double[] {0, 2, 4, 6});
        assertTrue(Double.isNaN(s.geometricMean()));
        assertEquals(3, s.median());
        assertEquals(0, Summary.of(new double[] {Double.NaN}).n());
    }
}
