package org.depotkin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Analyte;
import org.depotkin.model.Scenario;
import org.depotkin.population.Subject;
import org.depotkin.population.VirtualTrial;

/**
 * Times the workloads of docs/workloads.md: every run loads the scenario file (import), compiles it
 * (W1/W2: {@link CompiledModel#compile}; W3, W4 and W5: the population command's {@link VirtualTrial}, which
 * compiles each subject), draws the random numbers (W3/W4: {@link PortableSubjects})
 * (setup) and solves with the output summaries (solve), each phase timed with {@link System#nanoTime()};
 * the solve's CPU time (the calling thread's and the worker threads', without JIT compilation and GC) is
 * reported too, as solve_cpu_s: on a shared machine it shows the work done when other processes stretch the
 * wall time.
 * After {@code warmup} discarded runs the median of {@code repeats} runs is reported per phase. JVM
 * start-up is never included.
 */
public final class Benchmark {
    private final Path models;
    private final MeteredPool pool;
    private final int threads;
    private final int warmup;
    private final int repeats;

    /** One workload's timings (s, medians) and checksums. */
    public record Measurement(Workload workload, int subjects, int threads, int repeats, double importS,
                              double compileS, double setupS, double solveS, double solveCpuS, GridChecksum grid,
                              PopulationChecksum population, List<TrialChecksum> trials) {

        /** The §7 JSON line's fields. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workload", workload.name());
            m.put("subjects", subjects);
            m.put("threads", threads);
            m.put("repeats", repeats);
            m.put("import_s", importS);
            m.put("compile_s", compileS);
            m.put("setup_s", setupS);
            m.put("solve_s", solveS);
            m.put("solve_cpu_s", solveCpuS);
            m.put("checksum", grid != null ? grid.toMap() : population != null ? population.toMap()
                    : trials.stream().map(TrialChecksum::toMap).toList());
            return m;
        }
    }

    public Benchmark(Path models, MeteredPool pool, int threads, int warmup, int repeats) {
        this.models = models;
        this.pool = pool;
        this.threads = threads;
        this.warmup = warmup;
        this.repeats = repeats;
    }

    /** Runs one workload (subjects ignored for W1/W2). */
    public Measurement run(Workload w, int subjects) {
        double[][] times = new double[5][repeats];
        Object result = null;
        for (int r = -warmup; r < repeats; r++) {
            double[] t = new double[5];
            result = once(w, subjects, t);
            if (r >= 0) {
                for (int p = 0; p < 5; p++) {
                    times[p][r] = t[p];
                }
            }
        }
        return new Measurement(w, w.isPopulation() ? subjects : 1, w.isPopulation() ? threads : 1, repeats,
                median(times[0]), median(times[1]), median(times[2]), median(times[3]), median(times[4]),
                result instanceof GridChecksum g ? g : null,
                result instanceof PopulationChecksum p ? p : null,
                result instanceof TrialList l ? l.trials() : null);
    }

    /** One run; phase times (s) into t: import, compile, setup, solve, and the CPU time of the solve. */
    private Object once(Workload w, int subjects, double[] t) {
        long t0 = System.nanoTime();
        List<Scenario> scenarios = w.files().stream().map(f -> ModelFiles.scenario(models.resolve(f))).toList();
        Scenario scenario = scenarios.get(0);
        long t1 = System.nanoTime();
        t[0] = (t1 - t0) / 1e9;
        switch (w) {
            case W5 -> {
                List<VirtualTrial> trials = scenarios.stream()
                        .map(s -> new VirtualTrial(s, s.population(), W5_SEED, 1.0)).toList();
                long cpu = cpu();
                long t3 = System.nanoTime();
                List<TrialChecksum> sums = new ArrayList<>();
                for (VirtualTrial trial : trials) {
                    sums.add(TrialChecksum.of(trial.scenario().name(), trial.run(subjects, pool, threads, k -> { })));
                }
                long t4 = System.nanoTime();
                t[4] = (cpu() - cpu) / 1e9;
                setPhases(t, t1, t1, t3, t4);
                return new TrialList(sums);
            }
            case W1, W2 -> {
                CompiledModel model = CompiledModel.compile(scenario);
                long cpu = cpu();
                long t2 = System.nanoTime();
                Trajectory tr = model.simulate();
                List<Analyte> analytes = scenario.compound().analytes();
                GridChecksum g = GridChecksum.of(tr, scenario.outputStep(),
                        List.of(analytes.get(0).name(), analytes.get(1).name(), "occupancy"));
                long t3 = System.nanoTime();
                t[1] = (t2 - t1) / 1e9;
                t[3] = (t3 - t2) / 1e9;
                t[4] = (cpu() - cpu) / 1e9;
                return g;
            }
            default -> {
                PopulationGrid grid = PopulationGrid.of(scenario);
                long t2 = System.nanoTime();
                IntFunction<Subject> draws = w == Workload.W3 ? PortableSubjects.w3(scenario, subjects)
                        : PortableSubjects.w4(scenario, subjects);
                VirtualTrial trial = new VirtualTrial(scenario, draws, grid.step());
                long cpu = cpu();
                long t3 = System.nanoTime();
                PopulationChecksum c = PopulationChecksum.of(trial.run(subjects, pool, threads, k -> { }), grid);
                long t4 = System.nanoTime();
                t[4] = (cpu() - cpu) / 1e9;
                setPhases(t, t1, t2, t3, t4);
                return c;
            }
        }
    }

    /** W5's master seed. */
    static final long W5_SEED = 1;

    /** W5's checksums, one per scenario. */
    private record TrialList(List<TrialChecksum> trials) {
    }

    private static void setPhases(double[] t, long t1, long t2, long t3, long t4) {
        t[1] = (t2 - t1) / 1e9;
        t[2] = (t3 - t2) / 1e9;
        t[3] = (t4 - t3) / 1e9;
    }

    /** CPU time of the calling thread plus the pool's finished tasks (ns). */
    private long cpu() {
        return MeteredPool.threadCpuNanos() + pool.cpuNanos();
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
