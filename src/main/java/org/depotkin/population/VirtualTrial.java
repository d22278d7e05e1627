package org.depotkin.population;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.depotkin.engine.CompiledScenario;
import org.depotkin.model.Population;
import org.depotkin.model.Scenario;

/**
 * Runs a virtual population: the per-subject step ({@link SubjectStep}: draw, bind, run, summarise) over subject
 * ranges on a pool of threads, each run with its own solver (Hipparchus integrators are not thread-safe).
 * Results are stored by subject index, so they are identical for any number of threads.
 */
public final class VirtualTrial {
    private final Scenario base;
    private final IntFunction<Subject> subjects;
    private final double[] grid;
    /** The per-subject step: the base scenario compiled once, each subject bound to its own values. */
    private final SubjectStep step;

    /**
     * Subjects drawn from a population block ({@link SubjectSampler}).
     *
     * @param gridStep spacing of the grid on which concentrations and occupancy are kept (h)
     */
    public VirtualTrial(Scenario base, Population pop, long seed, double gridStep) {
        this.base = base;
        this.grid = grid(base, gridStep);
        this.step = new SubjectStep(CompiledScenario.compile(base), pop, seed, grid);
        this.subjects = step::draw;
    }

    /**
     * Subjects given by index (e.g. a workload's own draws); each subject's scenario has the criteria of
     * {@code base}.
     *
     * @param gridStep spacing of the grid on which concentrations and occupancy are kept (h)
     */
    public VirtualTrial(Scenario base, IntFunction<Subject> subjects, double gridStep) {
        this.base = base;
        this.grid = grid(base, gridStep);
        this.step = new SubjectStep(CompiledScenario.compile(base), null, 0, grid);
        this.subjects = subjects;
    }

    private static double[] grid(Scenario base, double gridStep) {
        int n = (int) Math.floor(base.duration() / gridStep + 1e-9);
        double[] grid = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = i * gridStep;
        }
        return grid;
    }

    /** The per-subject step, a pure function of the subject index (for subjects drawn from a population block). */
    public SubjectStep step() {
        return step;
    }

    public double[] grid() {
        return grid.clone();
    }

    public Scenario scenario() {
        return base;
    }

    /**
     * Simulates subjects 0..n−1 on {@code threads} threads; {@code progress} is told each finished
     * subject's count (from any thread).
     */
    public List<SubjectResult> run(int n, int threads, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            return run(n, pool, threads, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Simulates subjects 0..n−1 as tasks of {@code pool}, which has {@code threads} threads; the pool is
     * left running.
     */
    public List<SubjectResult> run(int n, ExecutorService pool, int threads, IntConsumer progress) {
        SubjectResult[] out = new SubjectResult[n];
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Boolean>> tasks = new ArrayList<>();
            int block = Math.max(1, n / (Math.max(1, threads) * 8));
            for (int from = 0; from < n; from += block) {
                int lo = from;
                int hi = Math.min(n, from + block);
                tasks.add(pool.submit(() -> {
                    for (int i = lo; i < hi; i++) {
                        out[i] = step.run(subjects.apply(i));
                        progress.accept(done.incrementAndGet());
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : tasks) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return List.of(out);
    }

    /** One subject's run and summary ({@link SubjectStep#run}). */
    SubjectResult simulate(Subject s) {
        return step.run(s);
    }
}
