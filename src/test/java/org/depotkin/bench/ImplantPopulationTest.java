package org.depotkin.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.LinearPropagator;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;
import org.depotkin.model.SolverSettings;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FailureMode;
import org.depotkin.release.FirstOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** W3's exact step against the Hipparchus integrator (the oracle), the W2 golden values and its own invariants. */
class ImplantPopulationTest {
    static final Scenario W2 = ModelFiles.scenario(Path.of("models", "bench-w2.yaml"));
    static final ImplantPopulation POP = new ImplantPopulation(W2);

    static JsonNode golden() throws IOException {
        try (InputStream in = ImplantPopulationTest.class.getResourceAsStream("/bench/golden.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void typicalMatrixIsTheCompiledModels() {
        CompiledModel m = CompiledModel.compile(W2);
        double[][] a = m.linearMatrix();
        int[] states = LinearPropagator.feeding(a, m.stateIndex("Cp.central"));
        assertEquals(List.of("Cp.central", "Cp.peripheral1"), List.of(m.stateNames().get(states[0]),
                m.stateNames().get(states[1])));
        double[][] sub = LinearPropagator.restrict(a, states);
        double[][] typical = POP.typicalDisposition();
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(sub[i], typical[i], 1e-15);
        }
    }

    /** The typical subject is W2: Cp against the 30-digit golden values. */
    @Test
    void typicalSubjectMatchesW2Golden() throws IOException {
        double[] cp = POP.concentrations(200, 400, 0.0008, 1 / 333.33333333333333);
        JsonNode g = golden().get("W2");
        for (String t : List.of("1", "24", "168", "720", "2160", "4320", "4298")) {
            double expected = g.get("at").get(t).get(0).asDouble();
            assertEquals(expected, cp[Integer.parseInt(t)], 1e-11 * expected, "Cp at " + t + " h");
        }
        double sum = 0;
        for (double c : cp) {
            sum += c;
        }
        assertEquals(g.get("sumCp").asDouble(), sum, 1e-11 * sum);
    }

    /**
     * Subjects 1, 2, 3 of the portable stream and, among the first 1000, those with the largest k_fib, the
     * largest k_rel and the smallest Vc (highest Cp).
     */
    static IntStream subjects() {
        ImplantPopulation.Draws d = POP.draw(1000);
        return IntStream.of(1, 2, 3, argMax(d.kFib()) + 1, argMax(d.kRel()) + 1,
                argMax(Arrays.stream(d.vc()).map(v -> -v).toArray()) + 1);
    }

    static int argMax(double[] x) {
        int arg = 0;
        for (int i = 1; i < x.length; i++) {
            arg = x[i] > x[arg] ? i : arg;
        }
        return arg;
    }

    @ParameterizedTest(name = "subject {0}")
    @MethodSource("subjects")
    void subjectsMatchTheIntegrator(int subject) {
        ImplantPopulation.Draws d = POP.draw(subject);
        int i = subject - 1;
        double[] exact = POP.concentrations(d.cl()[i], d.vc()[i], d.kRel()[i], d.kFib()[i]);
        Trajectory tr = CompiledModel.compile(subjectScenario(d.cl()[i], d.vc()[i], d.kRel()[i], d.kFib()[i])).simulate();
        double worst = 0;
        for (int n = 1; n < exact.length; n++) {
            worst = Math.max(worst, Math.abs(exact[n] / tr.value("Cp", n) - 1));
        }
        System.out.printf("W3 subject %d: max relative difference to DormandPrince853 (rtol 1e-12) %.2e%n", subject,
                worst);
        assertTrue(worst <= 1e-7, "max relative difference " + worst);
    }

    static Scenario subjectScenario(double cl, double vc, double kRel, double kFib) {
        Analyte p = W2.compound().parent();
        Analyte parent = new Analyte(p.name(), p.molarMass(), new Disposition(cl, vc, p.disposition().peripherals()),
                p.formedFrom(), p.fm(), p.binding());
        Compound compound = new Compound(W2.compound().name(), List.of(parent, W2.compound().analytes().get(1)),
                W2.compound().source());
        Formulation.Depot depot = (Formulation.Depot) W2.administrations().get(0).formulation();
        Formulation implant = new Formulation.Depot(depot.site(), new DepotRelease(new FirstOrder(kRel),
                List.of(new FailureMode.Fibrosis(0, 1 / kFib, 0.4))), depot.baseFraction());
        return W2.forSubject("subject", compound, List.of(new Administration(implant,
                W2.administrations().get(0).regimen()))).with(4320, 1, new SolverSettings(1e-12, 1e-16));
    }

    /**
     * Σ_n u^(n)(t)·s^n/n! from the basis against the closed-form rate at t + s, up to k_fib at +5 SD (0.015 /h).
     * The truncation error is below 1e-14; the bound 1e-13 leaves room for the drift of b, updated by a factor per
     * hour (about n·ε: 5e-14 at t = 4000 h).
     */
    @ParameterizedTest(name = "k_fib {0} /h, t = {1} h")
    @CsvSource({"0.003, 0", "0.003, 700", "0.015, 0", "0.015, 300", "0.0005, 4000"})
    void taylorBasisReproducesTheRate(double kFib, int t) {
        ImplantRelease r = new ImplantRelease(1000, 0.0025, 0.4, kFib, 1.0);
        double[][] c = r.taylorBasis(ImplantPopulation.DEGREE);
        double[] phi = new double[ImplantPopulation.DEGREE + 2];
        for (int n = 0; n <= t; n++) {
            r.basisThenAdvance(phi);
        }
        for (double s : new double[] {0, 0.5, 1}) {
            double poly = 0;
            double factor = 1;
            for (int n = 0; n < c.length; n++) {
                double un = 0;
                for (int k = 0; k < phi.length; k++) {
                    un += c[n][k] * phi[k];
                }
                poly += un * factor;
                factor *= s / (n + 1);
            }
            double expected = rate(1000, 0.0025, 0.4, kFib, t + s);
            assertEquals(expected, poly, 1e-13 * expected, "s = " + s);
        }
    }

    /** u(t) = k·(p_min + (1 − p_min)·e^(−k_fib·t))·D0·exp(−k·(p_min·t + (1 − p_min)(1 − e^(−k_fib·t))/k_fib)) (mg/h). */
    static double rate(double load, double k, double pMin, double kFib, double t) {
        double q = Math.exp(-kFib * t);
        return k * (pMin + (1 - pMin) * q) * load * Math.exp(-k * (pMin * t + (1 - pMin) * (1 - q) / kFib));
    }

    @Test
    void earlyStopAndThreadsDoNotChangeTheResult() {
        ImplantPopulation.Draws d = POP.draw(300);
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService three = Executors.newFixedThreadPool(3);
        try {
            PopulationChecksum full = POP.solve(d, one, 1, true);
            PopulationChecksum fast = POP.solve(d, three, 3, false);
            assertArrayEquals(full.coverage(), fast.coverage());
            assertArrayEquals(full.dayCounts(), fast.dayCounts());
        } finally {
            one.shutdownNow();
            three.shutdownNow();
        }
    }
}
