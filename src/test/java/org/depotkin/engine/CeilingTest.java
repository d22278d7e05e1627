package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ceiling bound ({@link Ceiling}) against the dense exact solution of every bundled scenario: from each of 20
 * times, the bound of every concentration, effect-site and occupancy output is at least the largest value the
 * solution reaches afterwards (sampled every 0.1 h). And a walk that only looks for crossings stops once the bound
 * shows none is left, with the same crossings as the dense solution.
 */
class CeilingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.depotkin.engine.ExactPathAccuracyTest#scenarios")
    void boundsEverythingTheRunReachesLater(Path file) {
        Scenario s = ModelFiles.scenario(file);
        CompiledModel m = CompiledModel.compile(s);
        Trajectory tr = m.simulate();
        Ceiling ceiling = Ceiling.of(m);
        if (ceiling == null) {
            assertTrue(!s.compound().equations().rates().isEmpty(), file + ": only equations with rates have no ceiling");
            return;
        }
        int tested = 0;
        for (int k = 0; k < 20; k++) {
            double t = s.duration() * k / 20;
            double[] y = tr.state(t);
            double inBody = 0;
            for (int i = 0; i < y.length; i++) {
                inBody += m.parentEquivalent[i] * y[i];
            }
            double toCome = ceiling.toCome(t, inBody);
            for (Output o : m.outputs()) {
                double bound = ceiling.of(o, toCome, y);
                if (Double.isInfinite(bound)) {
                    continue;
                }
                double later = 0;
                for (double u = t; u <= s.duration(); u += 0.1) {
                    later = Math.max(later, tr.value(o, u));
                }
                assertTrue(bound >= later * (1 - 1e-12), file + ": " + o.name() + " from " + t + " h: bound " + bound
                        + " below " + later);
                tested++;
            }
        }
        assertTrue(tested > 20, file + ": only " + tested + " bounds tested");
    }

    /** A peripheral compartment written as equations holds drug the balance does not count: no ceiling. */
    @Test
    void equationsWithRatesHaveNoCeiling(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Scenario s = EquationScenarios.load(dir, "custom.yaml", EquationModelTest.twoCompartments(true));
        assertEquals(null, Ceiling.of(CompiledModel.compile(s)));
    }

    @Test
    void aWalkForCrossingsStopsWhenNoneIsLeft() {
        Scenario s = ModelFiles.scenario(Path.of("models/implant-3.4g-removed-day14.yaml"));
        CompiledModel m = CompiledModel.compile(s);
        List<Output> watched = List.of(m.output("naltrexone"), m.output("occupancy"));
        double[] levels = {2, 0.9};
        ModalSolver exact = ModalSolver.of(m);
        GridWalk walk = new GridWalk(m, exact, new double[] {0}, List.of(), watched, levels, CompiledModel.NO_PEAK);
        exact.march(walk, null, m.start(), walk::settled);
        GridResult found = walk.result();
        List<List<Crossing>> dense = m.simulate().crossings(watched, levels);
        for (int k = 0; k < levels.length; k++) {
            assertEquals(dense.get(k).size(), found.crossings().get(k).size(), watched.get(k).name());
            for (int c = 0; c < dense.get(k).size(); c++) {
                assertEquals(dense.get(k).get(c).time(), found.crossings().get(k).get(c).time(), 1e-6);
            }
        }
        System.out.printf("removed day 14: crossings-only walk stopped at %.1f h of %.0f h%n", walk.walkedUntil(),
                s.duration());
        assertTrue(walk.walkedUntil() < s.duration(), "stopped at " + walk.walkedUntil() + " h");
    }
}
