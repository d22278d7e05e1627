package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.analysis.Exposure;
import org.depotkin.analysis.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary of every bundled scenario (Cmax, Tmax, Cmin, AUC, troughs, time above and first time
 * below each threshold) does not depend on the output step: runs at --step 1 h, 0.37 h and 6 h
 * agree to 1e-9 relative (ten times the solver's rtol of 1e-10) and times to 1e-4 h (a smooth
 * peak's time is fixed only to about sqrt(rtol) of its width).
 */
class StepIndependenceTest {
    private static final double REL = 1e-9;
    private static final double HOURS = 1e-4;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.depotkin.cli.CliTest#scenarios")
    void summaryDoesNotDependOnTheStep(Path model) {
        RunSummary reference = Runs.simulate(List.of(model), null, 1.0, x -> x).get(0).summary();
        for (double step : new double[] {0.37, 6}) {
            same(reference, Runs.simulate(List.of(model), null, step, x -> x).get(0).summary(), "--step " + step + " h");
        }
    }

    /** The demo's implant-failure table (365 d at a 2 h step) and plain {@code simulate} agree. */
    @Test
    void demoAndSimulateAgreeOnCmin() {
        Path implant = Path.of("models", DemoCommand.FAILURES.get(0));
        RunSummary demo = Runs.simulate(List.of(implant), DemoCommand.FAILURE_DAYS * 24.0, DemoCommand.FAILURE_STEP, x -> x)
                .get(0).summary();
        RunSummary simulate = Runs.simulate(List.of(implant), null, null, x -> x).get(0).summary();
        same(demo, simulate, "demo vs simulate");
    }

    private static void same(RunSummary expected, RunSummary actual, String what) {
        assertEquals(expected.exposures().size(), actual.exposures().size());
        for (int i = 0; i < expected.exposures().size(); i++) {
            Exposure e = expected.exposures().get(i);
            Exposure a = actual.exposures().get(i);
            String where = what + ", " + e.output();
            close(e.cmax(), a.cmax(), where + " Cmax");
            assertEquals(e.tmax(), a.tmax(), HOURS, where + " Tmax");
            close(e.cmin(), a.cmin(), where + " Cmin");
            close(e.auc(), a.auc(), where + " AUC");
            assertEquals(e.troughs().keySet(), a.troughs().keySet(), where + " trough times");
            e.troughs().forEach((t, v) -> close(v, a.troughs().get(t), where + " trough at " + t + " h"));
            for (int k = 0; k < e.thresholds().size(); k++) {
                Exposure.ThresholdTime te = e.thresholds().get(k);
                Exposure.ThresholdTime ta = a.thresholds().get(k);
                assertEquals(te.hoursAbove(), ta.hoursAbove(), HOURS, where + " " + te.label() + " time above");
                assertEquals(te.firstTimeBelow(), ta.firstTimeBelow(), HOURS, where + " " + te.label() + " first below");
            }
        }
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

}
