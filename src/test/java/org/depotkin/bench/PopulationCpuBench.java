package org.depotkin.bench;

import java.nio.file.Path;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.depotkin.population.SubjectSampler;
import org.depotkin.population.VirtualTrial;

/**
 * CPU time per subject of {@code depotkin population} on each bundled population scenario, on one worker thread:
 * the population command's own path ({@link VirtualTrial} with the scenario's sampler, seed 1, a 1 h grid, one
 * input cache for the whole run), warmed up on the first {@code warm-up} subjects, then {@code rounds} rounds of
 * {@code round} further subjects each; prints the median, lowest and highest thread CPU time per subject of the
 * rounds (only the worker's own CPU: other processes on a shared machine count less) and the load average
 * (/proc/loadavg) before and after.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.depotkin.bench.PopulationCpuBench [warm-up [rounds [round [scenario,...]]]]
 * </pre>
 */
public final class PopulationCpuBench {
    private static final String[] SCENARIOS = {"population-implant-3.4g.yaml", "population-implant-3.4g-failures.yaml",
        "population-oral-adherence.yaml", "population-xrntx.yaml"};

    private PopulationCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int round = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String[] scenarios = args.length > 3 ? args[3].split(",") : SCENARIOS;
        System.out.printf(Locale.ROOT, "load before: %s%n", load());
        for (String name : scenarios) {
            Scenario base = ModelFiles.scenario(Path.of("models", name));
            SubjectSampler sampler = new SubjectSampler(base, base.population(), 1);
            AtomicInteger offset = new AtomicInteger();
            VirtualTrial trial = new VirtualTrial(base, i -> sampler.draw(offset.get() + i), 1.0);
            MeteredPool pool = new MeteredPool(1);
            try {
                trial.run(warmUp, pool, 1, done -> { });
                offset.set(warmUp);
                double[] perSubject = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long before = pool.cpuNanos();
                    trial.run(round, pool, 1, done -> { });
                    perSubject[r] = (pool.cpuNanos() - before) / 1e6 / round;
                    offset.addAndGet(round);
                }
                Arrays.sort(perSubject);
                System.out.printf(Locale.ROOT, "%-40s median %.3f ms per subject (%.3f .. %.3f), load %s%n", name,
                        perSubject[rounds / 2], perSubject[0], perSubject[rounds - 1], load());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
