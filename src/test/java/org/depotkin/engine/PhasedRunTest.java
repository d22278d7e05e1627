package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs started from a state ({@link CompiledModel#simulate(RunState)}) and chains of them ({@link PhasedRun}):
 * a restart from the state of a run continues that run (every output, every path: exact, exact with kinetic
 * binding, integrator for equations), and a clearance or volume that changes during a run follows the
 * closed form of the one-compartment bolus.
 */
class PhasedRunTest {
    private static final double REL = 1e-8;
    private static final double FLOOR = 1e-6;

    /** A run restarted at t from its own state agrees with the run itself after t, for every output. */
    @ParameterizedTest(name = "{0} restarted at {1} h")
    @CsvSource({"implant-3.4g.yaml, 1000", "implant-3.4g-fibrosis.yaml, 333.3", "oral-50mg-daily.yaml, 48",
            "oral-50mg-daily.yaml, 50.5", "xrntx-380mg-q4w.yaml, 672", "xrntx-380mg-q4w.yaml, 30.25",
            "equations/mm-indirect-response.yaml, 100", "equations/mm-indirect-response.yaml, 72"})
    void restartContinuesTheRun(String file, double at) {
        Scenario s = ModelFiles.scenario(Path.of("models", file));
        CompiledModel model = CompiledModel.compile(s);
        Trajectory whole = model.simulate();
        Trajectory rest = model.simulate(whole.stateBefore(at));
        assertEquals(at, rest.startTime());
        assertSame(model, whole, rest, at, s.duration());
    }

    /** The same with receptor binding integrated on top of the exact concentrations (occupancy as a state). */
    @Test
    void restartCarriesKineticOccupancy() {
        Compound c = new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(140, 300, List.of()),
                null, 0, Binding.kinetic(0.235, 0.0077, Double.NaN, Binding.Role.ANTAGONIST))), "test");
        Scenario s = new Scenario("t", "t", c, List.of(new Administration(new Formulation.IvBolus(1.0),
                new Regimen(List.of(new Schedule.Repeated(0, 24, 5, 50))))), List.of(), 150, 1, SolverSettings.DEFAULT);
        CompiledModel model = CompiledModel.compile(s);
        Trajectory whole = model.simulate();
        for (double at : new double[] {24, 37.5}) {
            assertSame(model, whole, model.simulate(whole.stateBefore(at)), at, s.duration());
        }
    }

    private static void assertSame(CompiledModel model, Trajectory whole, Trajectory rest, double at, double end) {
        for (Output out : model.outputs()) {
            double peak = 0;
            for (int i = 0; i <= 400; i++) {
                peak = Math.max(peak, Math.abs(whole.value(out, at + (end - at) * i / 400)));
            }
            for (int i = 0; i <= 400; i++) {
                double t = at + (end - at) * i / 400;
                double expected = whole.value(out, t);
                assertEquals(expected, rest.value(out, t), REL * Math.max(Math.abs(expected), FLOOR * peak),
                        out.name() + " at " + t + " h");
            }
        }
        assertEquals(whole.eliminated(end), rest.eliminated(end), REL * whole.eliminated(end), "eliminated");
    }

    private static Scenario bolus(double cl, double v, double duration) {
        Compound c = new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(cl, v, List.of()),
                null, 0, null)), "test");
        return new Scenario("t", "t", c, List.of(new Administration(new Formulation.IvBolus(1.0),
                new Regimen(List.of(new Schedule.Single(0, 100))))), List.of(), duration, 1, SolverSettings.DEFAULT);
    }

    /**
     * 100 mg IV into V1 with CL1 until t1, then CL2 and V2: the amount A(t) = D e^(−CL1/V1 t) before t1 and
     * A(t1) e^(−CL2/V2 (t − t1)) after; the concentration A/V steps at t1 where the volume changes.
     */
    @ParameterizedTest(name = "CL {0} → {2} L/h, V {1} → {3} L at {4} h")
    @CsvSource({"10, 50, 25, 50, 12", "10, 50, 10, 80, 6.5", "30, 40, 5, 120, 3"})
    void clearanceAndVolumeChangeFollowTheClosedForm(double cl1, double v1, double cl2, double v2, double t1) {
        PhasedRun run = PhasedRun.simulate(List.of(bolus(cl1, v1, 48), bolus(cl2, v2, 48)), new double[] {0, t1});
        double atChange = 100 * Math.exp(-cl1 / v1 * t1);
        for (double t = 0; t <= 48; t += 0.25) {
            double amount = t < t1 ? 100 * Math.exp(-cl1 / v1 * t) : atChange * Math.exp(-cl2 / v2 * (t - t1));
            double expected = 1000 * amount / (t < t1 ? v1 : v2);
            assertEquals(expected, run.value("drug", t), REL * expected, "t = " + t);
        }
        assertEquals(1000 * atChange / v1, run.valueBefore("drug", t1), REL * 1000 * atChange / v1, "before t1");
        Trajectory last = run.phases().get(1);
        MassBalance mb = last.massBalance(48);
        assertEquals(100, mb.inBody() + mb.eliminated(), 1e-9 * 100, "mass balance across the change");
    }

    @Test
    void phasesMustShareTheirCompartments() {
        Scenario oneCmt = bolus(10, 50, 48);
        Compound two = new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(10, 50,
                List.of(new org.depotkin.model.Peripheral(5, 100))), null, 0, null)), "test");
        Scenario twoCmt = oneCmt.forSubject("t", two, oneCmt.administrations());
        assertThrows(IllegalArgumentException.class, () -> PhasedRun.simulate(List.of(oneCmt, twoCmt),
                new double[] {0, 12}));
        assertThrows(IllegalArgumentException.class, () -> PhasedRun.simulate(List.of(oneCmt, oneCmt),
                new double[] {0, 0}));
    }
}
