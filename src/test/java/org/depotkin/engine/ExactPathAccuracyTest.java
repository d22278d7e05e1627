package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact path ({@link ModalSolver}) at the scenario's own tolerances against the general integrator at
 * rtol 1e-12 / atol 1e-16 (the oracle), on every bundled scenario, for every output: relative error at most
 * 1e-8, relative to the output's peak for values below 1e-6 of the peak.
 */
class ExactPathAccuracyTest {
    static final double TOLERANCE = 1e-8;

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void agreesWithTheIntegratorAtTightTolerances(Path file) {
        Scenario s = ModelFiles.scenario(file);
        assertNotNull(ModalSolver.of(CompiledModel.compile(s)), file + ": the exact path should apply");
        Worst worst = worst(s);
        System.out.printf("%-40s worst relative error %.2e (%s)%n", file.getFileName(), worst.error(), worst.where());
        assertTrue(worst.error() <= TOLERANCE, file + ": " + worst.where() + ", relative error " + worst.error());
    }

    /** The largest error of any output and where it is. */
    record Worst(double error, String where) {
    }

    /**
     * The largest error of the scenario's {@link CompiledModel#simulate()} against the integrator at rtol 1e-12, over
     * every output at 3001 even times and 0 … 6 h after every breakpoint: relative, and relative to the output's peak
     * where the value is below 1e-6 of the peak.
     */
    static Worst worst(Scenario s) {
        CompiledModel model = CompiledModel.compile(s);
        Trajectory exact = model.simulate();
        Trajectory oracle = CompiledModel.compile(s.with(s.duration(), s.outputStep(), new SolverSettings(1e-12, 1e-16)))
                .integrate();
        TreeSet<Double> times = new TreeSet<>();
        int n = 3000;
        for (int i = 0; i <= n; i++) {
            times.add(s.duration() * i / n);
        }
        for (double b : model.breakpoints) {
            for (double dt : new double[] {0, 0.01, 0.1, 0.5, 1, 2, 3, 6}) {
                if (b + dt <= s.duration()) {
                    times.add(b + dt);
                }
            }
        }
        double worst = 0;
        String where = "";
        List<Double> ts = List.copyOf(times);
        for (Output out : model.outputs()) {
            double[] ref = new double[ts.size()];
            double peak = 0;
            for (int i = 0; i < ref.length; i++) {
                ref[i] = oracle.value(out.name(), ts.get(i));
                peak = Math.max(peak, Math.abs(ref[i]));
            }
            for (int i = 0; i < ref.length; i++) {
                double got = exact.value(out, ts.get(i));
                double scale = Math.abs(ref[i]) >= 1e-6 * peak ? Math.abs(ref[i]) : peak;
                double err = Math.abs(got - ref[i]) / Math.max(scale, Double.MIN_NORMAL);
                if (err > worst) {
                    worst = err;
                    where = out.name() + " at t = " + ts.get(i) + " h: " + got + " vs " + ref[i];
                }
            }
        }
        return new Worst(worst, where);
    }
}
