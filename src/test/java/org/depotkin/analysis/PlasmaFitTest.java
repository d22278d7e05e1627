package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * fit plasma on data simulated by the engine from the 1.7 g implant scenario with known factors on
 * release.k and naltrexone.CL: noise-free data give those values back, noisy data within their
 * intervals.
 */
class PlasmaFitTest {
    static final Scenario IMPLANT = ModelFiles.scenario(Path.of("models/implant-1.7g.yaml"));
    static final double[] DAYS = {1, 3, 7, 14, 28, 42, 56, 84, 112, 140, 168};
    static final Map<String, Double> FACTORS = Map.of("release.k", 1.3, "naltrexone.CL", 0.85);
    static final List<String> FREE = List.of("release.k", "naltrexone.CL");

    static Observations simulate(double noise, long seed) {
        Scenario truth = ParameterSpace.of(IMPLANT).scaled(IMPLANT.with(170 * 24, 24, IMPLANT.solver()), "truth", FACTORS,
                "test");
        Trajectory tr = CompiledModel.compile(truth).simulate();
        Random rng = new Random(seed);
        double[] t = new double[DAYS.length];
        double[][] c = new double[2][DAYS.length];
        for (int i = 0; i < DAYS.length; i++) {
            t[i] = DAYS[i] * 24;
            c[0][i] = tr.concentration("naltrexone", t[i]) * Math.exp(noise * rng.nextGaussian());
            c[1][i] = tr.concentration("6b-naltrexol", t[i]) * Math.exp(noise * rng.nextGaussian());
        }
        return new Observations("synthetic", List.of("naltrexone", "6b-naltrexol"), t, c);
    }

    static double truth(String name) {
        return ParameterSpace.of(IMPLANT).value(name) * FACTORS.get(name);
    }

    @ParameterizedTest(name = "noise-free data, weighting {0}: parameters recovered to 1e-4")
    @EnumSource(PlasmaFit.Weighting.class)
    void noiseFreeDataGiveTheTruthBack(PlasmaFit.Weighting w) {
        PlasmaFit.Result r = PlasmaFit.fit(IMPLANT, simulate(0, 1), FREE, w);
        for (int i = 0; i < FREE.size(); i++) {
            assertEquals(truth(FREE.get(i)), r.estimates()[i], 1e-4 * truth(FREE.get(i)), FREE.get(i));
        }
        for (PlasmaFit.Point p : r.points()) {
            assertEquals(p.observed(), p.predicted(), 1e-4 * p.observed());
        }
    }

    @ParameterizedTest(name = "noisy data (10 % log-normal), seed {0}: truth within the 95 % interval")
    @org.junit.jupiter.params.provider.ValueSource(longs = {11, 12, 13})
    void noisyDataGiveTheTruthWithinTheInterval(long seed) {
        PlasmaFit.Result r = PlasmaFit.fit(IMPLANT, simulate(0.1, seed), FREE, PlasmaFit.Weighting.LOG);
        for (int i = 0; i < FREE.size(); i++) {
            double t = truth(FREE.get(i));
            assertTrue(r.lower()[i] <= t && t <= r.upper()[i], FREE.get(i) + " " + t + " outside [" + r.lower()[i]
                    + ", " + r.upper()[i] + "]");
            // SE: delta method on the log scale; the interval is exp(theta +- t SE(theta))
            assertEquals(r.estimates()[i] * r.fit().se(i), r.se()[i], 1e-12 * r.se()[i]);
            assertTrue(r.se()[i] / r.estimates()[i] < 0.1, "10 % noise on 22 values determines both to < 10 %");
        }
        assertEquals(22, r.fit().observations());
    }

    private static final Scenario FIBROSIS = ModelFiles.scenario(Path.of("models/implant-3.4g-fibrosis.yaml"));

    @Test
    void aFractionIsSearchedWithinItsRange() {
        // truth p-min 0.975 (3.9 x the file's 0.25), near the top of [0, 1], which bounds the search
        PlasmaFit.Result r = PlasmaFit.fit(FIBROSIS, fibrosisData(Map.of("fibrosis.p-min", 3.9)),
                List.of("fibrosis.p-min"), PlasmaFit.Weighting.LOG);
        assertEquals(0.975, r.estimates()[0], 1e-4);
    }

    /**
     * The search never leaves a parameter's allowed range: data that only a p-min above 1 would fit (released 1.5×
     * faster than the file's law can with no fibrosis at all) stop the fit at the top of [0, 1] with the edge message;
     * a model bound outside the range on the way would have failed on the range check instead.
     */
    @Test
    void aFractionIsNotSearchedOutsideItsRange() {
        Observations data = fibrosisData(Map.of("fibrosis.p-min", 4.0, "release.k", 1.5));
        var e = assertThrows(IllegalArgumentException.class,
                () -> PlasmaFit.fit(FIBROSIS, data, List.of("fibrosis.p-min"), PlasmaFit.Weighting.LOG));
        assertTrue(e.getMessage().contains("fibrosis.p-min: the fit stopped at")
                && e.getMessage().contains("the edge of its search range"), e.getMessage());
    }

    /** Naltrexone on {@link #DAYS} of the fibrosis scenario with its parameters scaled by these factors, exact. */
    private static Observations fibrosisData(Map<String, Double> factors) {
        Scenario truth = ParameterSpace.of(FIBROSIS).scaled(FIBROSIS, "truth", factors, "test");
        Trajectory tr = CompiledModel.compile(truth).simulate();
        double[] t = new double[DAYS.length];
        double[][] c = new double[1][DAYS.length];
        for (int i = 0; i < DAYS.length; i++) {
            t[i] = DAYS[i] * 24;
            c[0][i] = tr.concentration("naltrexone", t[i]);
        }
        return new Observations("synthetic", List.of("naltrexone"), t, c);
    }

    @Test
    void unknownParameterAndAnalyteAreBadInput() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PlasmaFit.fit(IMPLANT, simulate(0, 1), List.of("release.kk"), PlasmaFit.Weighting.NONE));
        assertTrue(e.getMessage().contains("no parameter 'release.kk'") && e.getMessage().contains("release.k"));
        Observations other = new Observations("x.csv", List.of("morphine"), new double[] {24, 48},
                new double[][] {{1, 2}});
        e = assertThrows(IllegalArgumentException.class,
                () -> PlasmaFit.fit(IMPLANT, other, List.of("release.k"), PlasmaFit.Weighting.NONE));
        assertTrue(e.getMessage().contains("morphine_ng_mL"), e.getMessage());
    }
}
