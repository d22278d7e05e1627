package org.depotkin.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Administration;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** W4's exact step against the Hipparchus integrator (the oracle) on the subject's own dose list. */
class AdherencePopulationTest {
    static final Scenario W1 = ModelFiles.scenario(Path.of("models", "bench-w1.yaml"));
    static final AdherencePopulation POP = new AdherencePopulation(W1);

    @ParameterizedTest(name = "subject {0}")
    @ValueSource(ints = {1, 2, 50})
    void subjectMatchesTheIntegrator(int subject) {
        boolean[] taken = POP.draw(subject);
        int i = subject - 1;
        List<Schedule> doses = new ArrayList<>();
        for (int k = 0; k < POP.doses(); k++) {
            if (taken[i * POP.doses() + k]) {
                doses.add(new Schedule.Single(24.0 * k, 50));
            }
        }
        Administration oral = new Administration(W1.administrations().get(0).formulation(), new Regimen(doses));
        Scenario s = W1.forSubject("subject", W1.compound(), List.of(oral)).with(4320, 1,
                new SolverSettings(1e-12, 1e-16));
        Trajectory tr = CompiledModel.compile(s).simulate();
        double[] exact = POP.concentrations(taken, i);
        double worst = 0;
        for (int n = 0; n < exact.length; n++) {
            double reference = tr.value("Cp", n);
            worst = Math.max(worst, Math.abs(exact[n] - reference) / Math.max(reference, 1e-3));
        }
        System.out.printf("W4 subject %d: max relative difference to DormandPrince853 (rtol 1e-12) %.2e%n", subject,
                worst);
        assertTrue(worst <= 1e-7, "max relative difference " + worst);
    }

    /** Cutting an interval short once the threshold is out of reach changes no count. */
    @Test
    void skippedIntervalsHoldNoCoveredPoint() {
        boolean[] taken = POP.draw(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int[] fast = POP.solve(taken, pool, 2).coverage();
            for (int i = 0; i < 200; i++) {
                int full = 0;
                for (double c : POP.concentrations(taken, i)) {
                    full += c >= 2 ? 1 : 0;
                }
                assertEquals(full, fast[i], "subject " + (i + 1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void threadsDoNotChangeTheResult() {
        boolean[] taken = POP.draw(200);
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService three = Executors.newFixedThreadPool(3);
        try {
            PopulationChecksum a = POP.solve(taken, one, 1);
            PopulationChecksum b = POP.solve(taken, three, 3);
            assertArrayEquals(a.coverage(), b.coverage());
            assertArrayEquals(a.dayCounts(), b.dayCounts());
            assertEquals(0, a.sumDayFraction(), "every daily sample is a pre-dose trough (docs/workloads.md §3)");
        } finally {
            one.shutdownNow();
            three.shutdownNow();
        }
    }
}
