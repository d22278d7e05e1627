package org.depotkin.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SamplerTest {
    static Trajectory oral;
    static Trajectory implant;

    @BeforeAll
    static void simulate() {
        oral = PlotScenarios.run(PlotScenarios.oral("W1", "oral", 14, List.of()));
        implant = PlotScenarios.run(PlotScenarios.implant("W2", "implant", 365, 0.4, List.of(), List.of()));
    }

    @Test
    void stepRule() {
        assertEquals(0.336, Sampler.step(14 * 24, 1), 1e-12, "14 d oral: T/1000, finer than the 1 h output step");
        assertEquals(0.672, Sampler.step(28 * 24, 1), 1e-12, "28 d oral");
        assertEquals(1.08, Sampler.step(180 * 24, 1), 1e-12, "180 d: T/4000, the cap");
        assertEquals(2.19, Sampler.step(365 * 24, 1), 1e-12, "365 d implant: T/4000");
        assertEquals(0.048, Sampler.step(48, 0.1), 1e-12, "48 h IV: T/1000");
        assertEquals(8.76, Sampler.step(365 * 24, 24), 1e-12, "a 1 d output step over a year: T/1000");
    }

    @Test
    void gridIsAscendingWithinTheRunAndHoldsEveryDoseAndTheInstantBefore() {
        double[] t = Sampler.grid(oral);
        assertEquals(0, t[0]);
        assertEquals(oral.endTime(), t[t.length - 1]);
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] > t[i - 1], "ascending at " + i);
        }
        for (int day = 1; day < 14; day++) {
            double dose = 24.0 * day;
            assertTrue(Arrays.binarySearch(t, dose) >= 0, "dose at " + dose);
            assertTrue(Arrays.binarySearch(t, dose - Sampler.BEFORE) >= 0, "just before dose at " + dose);
        }
        assertTrue(t.length >= Sampler.MIN_POINTS && t.length <= Sampler.MAX_POINTS + 2 * 14 + 1, "size " + t.length);
    }

    @Test
    void everyOralPeakIsDrawnAtItsTrueHeight() {
        Output cp = oral.output("Cp");
        Curve c = Sampler.sample(oral, cp);
        for (int day = 0; day < 14; day++) {
            double trueMax = 0;
            for (double t = 24.0 * day; t <= 24.0 * day + 6; t += 0.001) {
                trueMax = Math.max(trueMax, oral.value(cp, t));
            }
            double drawnMax = 0;
            for (int i = 0; i < c.times().length; i++) {
                if (c.times()[i] >= 24.0 * day && c.times()[i] < 24.0 * (day + 1)) {
                    drawnMax = Math.max(drawnMax, c.values()[i]);
                }
            }
            assertEquals(trueMax, drawnMax, 1e-6 * trueMax, "Cmax on day " + day);
        }
    }

    @Test
    void troughsAtTheDosesAreExact() {
        Output cp = oral.output("Cp");
        Curve c = Sampler.sample(oral, cp);
        for (int day = 1; day < 14; day++) {
            int i = Arrays.binarySearch(c.times(), 24.0 * day - Sampler.BEFORE);
            assertTrue(i >= 0, "trough sample before the dose on day " + day);
            assertEquals(oral.value(cp, 24.0 * day - Sampler.BEFORE), c.values()[i], 0);
        }
    }

    @Test
    void straightSegmentsStayWithinHalfAPixelOfTheCurve() {
        for (Trajectory tr : List.of(oral, implant)) {
            Output cp = tr.output("Cp");
            Curve c = Sampler.sample(tr, cp);
            double scale = c.max();
            double dtMin = tr.endTime() / Sampler.FINEST;
            double worst = 0;
            for (int i = 1; i < c.times().length; i++) {
                double t0 = c.times()[i - 1];
                double t1 = c.times()[i];
                if (t1 - t0 < 2 * dtMin) {
                    continue; // finer than a quarter pixel: not refined further by design
                }
                double mid = 0.5 * (t0 + t1);
                double chord = 0.5 * (c.values()[i - 1] + c.values()[i]);
                worst = Math.max(worst, Math.abs(tr.value(cp, mid) - chord) / scale);
            }
            assertTrue(worst <= Sampler.BEND * (1 + 1e-9), "worst midpoint deviation " + worst);
        }
    }

    @Test
    void pointCountStaysModest() {
        int oralPoints = Sampler.sample(oral, oral.output("Cp")).times().length;
        int implantPoints = Sampler.sample(implant, implant.output("Cp")).times().length;
        assertTrue(oralPoints < 4000, "14 d oral: " + oralPoints);
        assertTrue(implantPoints < 4100, "365 d implant: " + implantPoints);
    }
}
