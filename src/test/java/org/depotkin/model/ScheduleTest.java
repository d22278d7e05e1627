package org.depotkin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void mondayWednesdayFridayDatesAndAmounts() {
        Schedule.Weekly mwf = new Schedule.Weekly(Map.of(DayOfWeek.MONDAY, 100.0, DayOfWeek.WEDNESDAY, 100.0,
                DayOfWeek.FRIDAY, 150.0), 2, DayOfWeek.MONDAY, 8);
        List<Dose> d = mwf.doses();
        assertEquals(List.of(new Dose(8, 100), new Dose(56, 100), new Dose(104, 150), new Dose(176, 100),
                new Dose(224, 100), new Dose(272, 150)), d);
        assertEquals(700, d.stream().mapToDouble(Dose::amount).sum(), 0);
    }

    @Test
    void weeklyPatternStartingOnAFriday() {
        Schedule.Weekly mwf = new Schedule.Weekly(Map.of(DayOfWeek.MONDAY, 100.0, DayOfWeek.WEDNESDAY, 100.0,
                DayOfWeek.FRIDAY, 150.0), 1, DayOfWeek.FRIDAY, 0);
        // Fri (day 0) 150, Mon (day 3) 100, Wed (day 5) 100
        assertEquals(List.of(new Dose(0, 150), new Dose(72, 100), new Dose(120, 100)), mwf.doses());
    }

    @Test
    void inductionStepsFollowEachOther() {
        Schedule.Steps s = new Schedule.Steps(0, List.of(new Schedule.Repeated(0, 24, 3, 25),
                new Schedule.Repeated(0, 24, 2, 50)));
        assertEquals(List.of(new Dose(0, 25), new Dose(24, 25), new Dose(48, 25), new Dose(72, 50), new Dose(96, 50)),
                s.doses());
    }

    @Test
    void injectionsEveryFourWeeksAndASecondImplant() {
        assertEquals(List.of(new Dose(0, 380), new Dose(672, 380), new Dose(1344, 380)),
                new Schedule.Repeated(0, 672, 3, 380).doses());
        Regimen two = new Regimen(List.of(new Schedule.Single(131 * 24, 3400), new Schedule.Single(0, 3400)));
        assertEquals(List.of(new Dose(0, 3400), new Dose(3144, 3400)), two.doses());
    }

    @Test
    void badSchedulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule.Repeated(0, 0, 3, 25));
        assertThrows(IllegalArgumentException.class, () -> new Schedule.Repeated(0, 24, 0, 25));
        assertThrows(IllegalArgumentException.class, () -> new Dose(0, -5));
    }
}
