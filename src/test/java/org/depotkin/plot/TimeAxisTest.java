package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeAxisTest {

    @Test
    void hoursUpToThreeDaysThenDays() {
        assertEquals(TimeAxis.HOURS, TimeAxis.forDuration(24));
        assertEquals(TimeAxis.HOURS, TimeAxis.forDuration(72));
        assertEquals(TimeAxis.DAYS, TimeAxis.forDuration(72.5));
        assertEquals(TimeAxis.DAYS, TimeAxis.forDuration(4320));
    }

    @Test
    void titleNamesTheUnitAndValuesConvert() {
        assertEquals("Time (h)", TimeAxis.HOURS.title());
        assertEquals("Time (d)", TimeAxis.DAYS.title());
        assertEquals(2.0, TimeAxis.DAYS.toAxis(48), 0);
        assertEquals(48.0, TimeAxis.HOURS.toAxis(48), 0);
    }
}
