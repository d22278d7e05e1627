package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extrema of one-compartment runs against their closed forms. Values: relative 1e-8 (the engine's
 * accuracy against closed forms at rtol 1e-10). Peak times: 1e-4 h (at a smooth maximum an error
 * ε in value moves the argmax by about sqrt(2ε/|C''|)); kinks and jumps: exact event times.
 */
class ExtremaTest {
    private static final double CL = 140;
    private static final double V = 300;
    private static final double K = CL / V;
    private static final double KA = 1.31;
    private static final double F = 0.086;

    private static Trajectory run(Formulation f, Schedule s, double duration) {
        Compound c = new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(CL, V, List.of()),
                null, 0, null)), "test");
        Scenario sc = new Scenario("t", "t", c, List.of(new Administration(f, new Regimen(List.of(s)))), List.of(),
                duration, 1, SolverSettings.DEFAULT);
        return CompiledModel.compile(sc).simulate();
    }

    /** Bateman function of one oral dose s h after absorption starts (ng/mL). */
    private static double bateman(double dose, double s) {
        return s <= 0 ? 0 : 1000 * F * dose * KA / (V * (KA - K)) * (Math.exp(-K * s) - Math.exp(-KA * s));
    }

    /** Tmax = lag + ln(ka/k)/(ka − k); Cmax the Bateman function there. */
    @ParameterizedTest(name = "single oral dose, lag {0} h")
    @ValueSource(doubles = {0.0, 0.374})
    void singleOralPeak(double lag) {
        Trajectory tr = run(new Formulation.Oral(lag, KA, F, 0, null, 1.0), new Schedule.Single(0, 50), 12);
        Extrema x = Extrema.of(tr, tr.output("drug"));
        double tmax = Math.log(KA / K) / (KA - K);
        assertEquals(lag + tmax, x.max().time(), 1e-4);
        assertEquals(bateman(50, tmax), x.max().value(), 1e-8 * bateman(50, tmax));
        assertEquals(1, x.maxima().size());
        // no valley after the rise: the lowest level is the value at the end of the run
        assertEquals(12, x.trough().time());
        assertEquals(bateman(50, 12 - lag), x.trough().value(), 1e-8 * bateman(50, 12 - lag));
    }

    /**
     * Daily oral doses with a lag: the curve keeps falling until each dose starts to be absorbed, so
     * every valley is a kink at dose + lag; the lowest is the first, C(24 h + lag) = Bateman(24 h).
     */
    @Test
    void dailyOralTroughIsTheKinkAtTheLag() {
        double lag = 0.5;
        Trajectory tr = run(new Formulation.Oral(lag, KA, F, 0, null, 1.0), new Schedule.Repeated(0, 24, 5, 50), 120);
        Extrema x = Extrema.of(tr, tr.output("drug"));
        assertEquals(24 + lag, x.trough().time(), 1e-12);
        assertEquals(bateman(50, 24), x.trough().value(), 1e-8 * bateman(50, 24));
        assertEquals(4, x.minima().size());
        assertEquals(5, x.maxima().size());
    }

    /** IV bolus every 12 h: the peak is the top of the last jump, the trough the value before the second dose. */
    @Test
    void repeatedBolusPeakAndTrough() {
        Trajectory tr = run(new Formulation.IvBolus(1.0), new Schedule.Repeated(0, 12, 4, 10), 48);
        Extrema x = Extrema.of(tr, tr.output("drug"));
        double c0 = 1000 * 10 / V;
        double peak = 0;
        for (int i = 0; i < 4; i++) {
            peak += c0 * Math.exp(-K * 12 * i);
        }
        assertEquals(36, x.max().time(), 1e-12);
        assertEquals(peak, x.max().value(), 1e-8 * peak);
        assertEquals(12, x.trough().time(), 1e-12);
        assertEquals(c0 * Math.exp(-K * 12), x.trough().value(), 1e-8 * c0 * Math.exp(-K * 12));
    }
}
