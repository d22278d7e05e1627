package org.depotkin.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Dose;
import org.depotkin.model.Population;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statistical and reproducibility checks of the virtual population (tolerances: 4 standard errors). */
class PopulationTest {
    static final int N = 20000;

    static Scenario implant() {
        return ModelFiles.scenario(Path.of("models/population-implant-3.4g-failures.yaml"));
    }

    @Test
    void logNormalVariabilityWithCorrelation() {
        Scenario base = implant();
        double omegaCl = 0.3;
        double omegaV = 0.2;
        double rho = 0.6;
        Population pop = new Population(N, List.of(new Population.Eta("naltrexone.CL", omegaCl),
                new Population.Eta("naltrexone.V", omegaV)), new double[][] {{1, rho}, {rho, 1}}, null, List.of(),
                null);
        SubjectSampler sampler = new SubjectSampler(base, pop, 20240601L);
        double[] a = new double[N];
        double[] b = new double[N];
        for (int i = 0; i < N; i++) {
            Subject s = sampler.draw(i);
            a[i] = Math.log(s.factors().get("naltrexone.CL"));
            b[i] = Math.log(s.factors().get("naltrexone.V"));
        }
        double ma = mean(a);
        double mb = mean(b);
        assertEquals(0, ma, 4 * omegaCl / Math.sqrt(N), "mean log CL factor");
        assertEquals(0, mb, 4 * omegaV / Math.sqrt(N), "mean log V factor");
        // SD of a sample SD ~ sigma / sqrt(2N)
        assertEquals(omegaCl, sd(a, ma), 4 * omegaCl / Math.sqrt(2 * N), "omega CL");
        assertEquals(omegaV, sd(b, mb), 4 * omegaV / Math.sqrt(2 * N), "omega V");
        double cov = 0;
        for (int i = 0; i < N; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
        }
        double r = cov / (N - 1) / (sd(a, ma) * sd(b, mb));
        assertEquals(rho, r, 4 * (1 - rho * rho) / Math.sqrt(N), "correlation");
        // the subject's scenario carries the factors
        Subject s7 = sampler.draw(7);
        assertEquals(140 * s7.factors().get("naltrexone.CL"),
                s7.scenario().compound().parent().disposition().clearance(), 1e-9);
    }

    @Test
    void failurePrevalencesMatchTheirRates() {
        SubjectSampler sampler = new SubjectSampler(implant(), implant().population(), 5);
        int fib = 0;
        int rem = 0;
        for (int i = 0; i < N; i++) {
            List<String> f = sampler.draw(i).failures();
            fib += f.contains("fibrosis") ? 1 : 0;
            rem += f.contains("removal") ? 1 : 0;
        }
        assertEquals(0.10, fib / (double) N, 4 * Math.sqrt(0.1 * 0.9 / N), "fibrosis 10 %");
        assertEquals(0.049, rem / (double) N, 4 * Math.sqrt(0.049 * 0.951 / N), "removal 4.9 %");
    }

    @ParameterizedTest(name = "p = {0}, mean missed run {1}")
    @CsvSource({"0.7, 2", "0.5, 4", "0.9, 1"})
    void adherenceChainHasTheStatedFractionAndRunLength(double p, double run) {
        List<Dose> planned = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            planned.add(new Dose(24.0 * i, 50));
        }
        List<Dose> taken = new AdherenceChain(new Population.Adherence(p, run, 0)).taken(planned,
                new SplittableRandom(11));
        double fraction = taken.size() / (double) planned.size();
        assertEquals(p, fraction, 0.01, "fraction of doses taken");
        boolean[] took = new boolean[planned.size()];
        taken.forEach(d -> took[(int) Math.round(d.time() / 24)] = true);
        int runs = 0;
        int missed = 0;
        for (int i = 0; i < took.length; i++) {
            if (!took[i]) {
                missed++;
                if (i == 0 || took[i - 1]) {
                    runs++;
                }
            }
        }
        assertEquals(run, missed / (double) runs, 0.05 * run, "mean run of missed doses");
    }

    @Test
    void dropoutStopsAllDoses() {
        List<Dose> planned = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            planned.add(new Dose(24.0 * i, 50));
        }
        AdherenceChain chain = new AdherenceChain(new Population.Adherence(1, 1, 0.0103));
        int still = 0;
        for (int s = 0; s < 4000; s++) {
            List<Dose> taken = chain.taken(planned, new SplittableRandom(s));
            still += taken.size() == 180 ? 1 : 0;
        }
        double expected = Math.exp(-0.0103 * 179);
        assertEquals(expected, still / 4000.0, 4 * Math.sqrt(expected * (1 - expected) / 4000), "on treatment at day 179");
    }

    @Test
    void identicalForOneAndFourThreadsAndForSubsets() {
        Scenario s = implant().with(30 * 24, 1, implant().solver());
        VirtualTrial trial = new VirtualTrial(s, s.population(), 99, 6);
        List<SubjectResult> one = trial.run(12, 1, i -> { });
        List<SubjectResult> four = trial.run(12, 4, i -> { });
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(one.get(i).parent(), four.get(i).parent(), "subject " + i);
            assertArrayEquals(one.get(i).firstFailure(), four.get(i).firstFailure());
            assertEquals(one.get(i).subject().factors(), four.get(i).subject().factors());
        }
        SubjectResult alone = trial.simulate(new SubjectSampler(s, s.population(), 99).draw(9));
        assertArrayEquals(one.get(9).parent(), alone.parent(), "subject 9 is the same on its own");
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x, double m) {
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
