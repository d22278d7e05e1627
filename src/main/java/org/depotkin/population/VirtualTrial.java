package org.depotkin.population;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.GridResult;
import org.depotkin.engine.InputCache;
import org.depotkin.engine.Output;
import org.depotkin.model.Criterion;
import org.depotkin.model.Population;
import org.depotkin.model.Scenario;

/**
 * Runs a virtual population: draws each subject ({@link SubjectSampler}), simulates it with its own
 * integrator (one per task: Hipparchus integrators are not thread-safe) and keeps the summaries.
 * Results are stored by subject index, so they are identical for any number of threads.
 */
public final class VirtualTrial {
    private final Scenario base;
    private final IntFunction<Subject> subjects;
    private final double[] grid;
    /** The subjects' shared input fits (subjects that differ only in disposition share one). */
    private final InputCache inputs = new InputCache();

    /**
     * Subjects drawn from a population block ({@link SubjectSampler}).
     *
     * @param gridStep spacing of the grid on which concentrations and occupancy are kept (h)
     */
    public VirtualTrial(Scenario base, Population pop, long seed, double gridStep) {
        this(base, new SubjectSampler(base, pop, seed)::draw, gridStep);
    }

    /**
     * Subjects given by index (e.g. a workload's own draws); each subject's scenario has the criteria of
     * {@code base}.
     *
     * @param gridStep spacing of the grid on which concentrations and occupancy are kept (h)
     */
    public VirtualTrial(Scenario base, IntFunction<Subject> subjects, double gridStep) {
        this.base = base;
        this.subjects = subjects;
        int n = (int) Math.floor(base.duration() / gridStep + 1e-9);
        this.grid = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = i * gridStep;
        }
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
                        out[i] = simulate(subjects.apply(i));
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

    SubjectResult simulate(Subject s) {
        CompiledModel model = CompiledModel.compile(s.scenario());
        Output parent = model.outputs().get(0);
        Output ro = model.find("occupancy").orElse(null);
        List<Criterion> criteria = base.criteria();
        List<Output> watched = criteria.stream().map(model::output).toList();
        double[] levels = criteria.stream().mapToDouble(model::level).toArray();
        List<Output> kept = new ArrayList<>(List.of(parent));
        if (ro != null) {
            kept.add(ro);
        }
        for (Output w : watched) {
            if (!kept.contains(w)) {
                kept.add(w);
            }
        }
        GridResult run = model.onGrid(grid, kept, watched, levels, inputs);
        float[] c = toFloat(run.values()[0]);
        float[] o = ro == null ? null : toFloat(run.values()[1]);
        double cmax = Math.max(0, run.max());
        double[] met = new double[criteria.size()];
        double[] firstFailure = new double[criteria.size()];
        BitSet[] onGrid = new BitSet[criteria.size()];
        for (int k = 0; k < criteria.size(); k++) {
            met[k] = run.timeAbove(k);
            firstFailure[k] = run.firstFailure(k);
            onGrid[k] = new BitSet(grid.length);
            double[] v = run.values()[kept.indexOf(watched.get(k))];
            for (int i = 0; i < grid.length; i++) {
                if (v[i] >= levels[k]) {
                    onGrid[k].set(i);
                }
            }
        }
        return new SubjectResult(s, cmax, met, firstFailure, c, o, onGrid);
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }
}
