package org.depotkin.population;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.CompiledScenario;
import org.depotkin.engine.GridResult;
import org.depotkin.engine.InputCache;
import org.depotkin.engine.Output;
import org.depotkin.model.Criterion;
import org.depotkin.model.Population;

/**
 * The population command's per-subject step as a pure function of the subject index: (compiled scenario, population,
 * seed, grid) fixed, subject i is drawn from its own random stream ({@link SubjectSampler}), its values bound into
 * the compiled scenario, its failure modes and taken doses added, the run followed on the grid and summarised
 * ({@link SubjectResult}). Nothing is shared between subjects but a cache of input fits, which gives the same
 * numbers with or without it; the step serialises, so that ranges of subjects can be run wherever they are sent.
 */
public final class SubjectStep implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CompiledScenario compiled;
    private final Population population;
    private final long seed;
    private final double[] grid;
    /** Draws the subjects; null when the subjects are given ({@link #run}) rather than drawn. */
    private final transient SubjectSampler sampler;
    /** The subjects' shared input fits (subjects that differ only in disposition share one). */
    private final transient InputCache inputs = new InputCache();

    /**
     * @param population the variability to draw subjects from, or null when subjects are given to {@link #run}
     * @param grid       ascending times (h) on which concentrations and occupancy are kept
     */
    public SubjectStep(CompiledScenario compiled, Population population, long seed, double[] grid) {
        this.compiled = compiled;
        this.population = population;
        this.seed = seed;
        this.grid = grid.clone();
        this.sampler = population == null ? null : new SubjectSampler(compiled, population, seed);
    }

    /** A step read back from a stream: made again, with its sampler and an empty cache. */
    private Object readResolve() {
        return new SubjectStep(compiled, population, seed, grid);
    }

    /** Subject {@code index} drawn, bound, run and summarised. */
    public SubjectResult apply(int index) {
        return run(draw(index));
    }

    /** Subject {@code index} as drawn from the population. */
    public Subject draw(int index) {
        if (sampler == null) {
            throw new IllegalStateException("this step runs given subjects; it has no population to draw from");
        }
        return sampler.draw(index);
    }

    /**
     * A given subject's run on the grid and its summary; its own scenario is compiled, as its failure modes and the
     * doses it took may change the structure.
     */
    public SubjectResult run(Subject s) {
        CompiledModel model = CompiledModel.compile(s.scenario());
        Output parent = model.outputs().get(0);
        Output ro = model.find("occupancy").orElse(null);
        List<Criterion> criteria = compiled.scenario().criteria();
        List<Output> watched = new ArrayList<>(criteria.size());
        double[] levels = new double[criteria.size()];
        for (int k = 0; k < levels.length; k++) {
            watched.add(model.output(criteria.get(k)));
            levels[k] = model.level(criteria.get(k));
        }
        List<Output> kept = new ArrayList<>(List.of(parent));
        if (ro != null) {
            kept.add(ro);
        }
        for (Output w : watched) {
            if (!kept.contains(w)) {
                kept.add(w);
            }
        }
        GridResult run = model.onGrid(grid, kept, watched, levels, inputs, SubjectResult.DAY);
        float[] c = toFloat(run.values()[0]);
        float[] o = ro == null ? null : toFloat(run.values()[1]);
        double cmax = Math.max(0, run.max());
        double[] met = new double[criteria.size()];
        double[] firstFailure = new double[criteria.size()];
        BitSet[] onGrid = new BitSet[criteria.size()];
        for (int k = 0; k < criteria.size(); k++) {
            met[k] = run.timeAbove(k);
            firstFailure[k] = run.firstFailure(k);
            double[] v = run.values()[kept.indexOf(watched.get(k))];
            long[] words = new long[(grid.length + 63) / 64];
            for (int i = 0; i < grid.length; i++) {
                if (v[i] >= levels[k]) {
                    words[i >>> 6] |= 1L << i;
                }
            }
            onGrid[k] = BitSet.valueOf(words);
        }
        return new SubjectResult(s, cmax, met, firstFailure, c, o, onGrid, toFloat(run.windowMax()),
                toFloat(run.windowMin()));
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }
}
