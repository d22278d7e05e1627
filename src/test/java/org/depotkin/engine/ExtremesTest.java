package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The extremes of values offered in time order, against values worked out by hand. */
class ExtremesTest {
    @Test
    void aWindowsEndCountsInBothUnlessAnEventFallsThere() {
        Extremes e = new Extremes(24, 60);
        assertTrue(e.windowed());
        e.enter(0);                // a panel from 0 to 24 h, a dose at 24 h
        assertEquals(24, e.windowEnd(), 0);
        e.offer(0, 1);
        e.offer(5.5, 9);           // a turn inside day 0
        e.close(24, 0.5, false);   // the left limit before the dose closes day 0 only
        assertEquals(48, e.windowEnd(), 0);
        e.enter(24);               // the next panel, 24 to 60 h, starts after the dose
        e.offer(24, 0.75);
        e.close(36, 0.6, true);
        e.close(48, 2, true);      // no event at 48 h: the value ends day 1 and starts day 2
        assertEquals(Double.POSITIVE_INFINITY, e.windowEnd(), 0, "the last window ends with the run");
        e.close(60, 3, false);
        assertArrayEquals(new double[] {9, 2, 3}, e.highest(), 0);
        assertArrayEquals(new double[] {0.5, 0.6, 2}, e.lowest(), 0);
        assertEquals(9, e.max(), 0);
        assertEquals(5.5, e.maxTime(), 0);
    }

    @Test
    void theWholeRunIsOneWindowAndTheFirstTimeTheMaxIsReachedIsKept() {
        Extremes e = new Extremes(CompiledModel.WHOLE_RUN, 100);
        assertFalse(e.windowed());
        e.enter(0);
        e.offer(1, 4);
        e.close(30, 4, true);
        e.close(60, 2, false);
        assertEquals(4, e.max(), 0);
        assertEquals(1, e.maxTime(), 0);
        assertArrayEquals(new double[] {4}, e.highest(), 0);
        assertArrayEquals(new double[] {2}, e.lowest(), 0);
        assertEquals(0, new Extremes(CompiledModel.NO_PEAK, 100).highest().length, "none asked for");
    }
}
