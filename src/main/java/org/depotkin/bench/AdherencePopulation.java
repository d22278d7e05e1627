package org.depotkin.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.depotkin.engine.CeilingBound;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.LinearPropagator;
import org.depotkin.model.Dose;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;

/**
 * W4 of docs/workloads.md §3: the oral scenario (bench-w1) where each dose is taken with probability 0.7,
 * independently, decided by the portable stream (§4, seed (4321, 8765, 2109)): dose k of subject i is taken
 * iff uniform number 180·(i − 1) + k + 1 is below 0.7. Typical parameters, no IIV.
 *
 * <p>The linear part is the compiled scenario's own matrix ({@link CompiledModel#linearMatrix()}),
 * restricted to the states Cp depends on (gut, central, peripheral: {@link LinearPropagator#feeding}).
 * Between two dose times the system is free, so the state j grid steps after a dose is exactly
 * e^(A·j·h)·x(dose) (the powers are precomputed); a taken dose adds its amount to the gut before the grid
 * point at its time is read (§2). Once Cp is below the threshold and {@link CeilingBound} shows it stays
 * there until the next dose, the rest of that interval is skipped (no point of it can count).
 */
public final class AdherencePopulation {
    /** Probability that a dose is taken (§3). */
    public static final double TAKEN = 0.7;
    static final int[] SEED = {4321, 8765, 2109};

    /** e^(A·j·h) row by row, j = 0..longest dose interval (grid steps). */
    private final double[][] powers;
    private final CeilingBound ceiling;
    private final int size;
    private final int central;
    private final int gut;
    private final double toCp;
    private final int[] doseStep;
    private final double[] doseAmount;
    private final PopulationGrid grid;

    /** Reads the model from the oral scenario (one oral formulation, doses on the grid). */
    public AdherencePopulation(Scenario oral) {
        if (oral.administrations().size() != 1
                || !(oral.administrations().get(0).formulation() instanceof Formulation.Oral tablet)) {
            throw new IllegalArgumentException(oral.name() + ": W4 needs one oral formulation (like models/bench-w1.yaml)");
        }
        this.grid = PopulationGrid.of(oral);
        CompiledModel model = CompiledModel.compile(oral);
        double[][] a = model.linearMatrix();
        int c = model.stateIndex(oral.compound().parent().name() + ".central");
        int[] states = LinearPropagator.feeding(a, c);
        int g = -1; // the gut compartment the doses enter (CompiledModel names it gut<n>)
        for (int k = 0; k < states.length; k++) {
            if (model.stateNames().get(states[k]).startsWith("gut")) {
                g = k;
            }
        }
        double[][] reduced = LinearPropagator.restrict(a, states);
        this.size = states.length;
        this.central = Arrays.binarySearch(states, c);
        this.gut = g;
        this.ceiling = new CeilingBound(reduced, gut, central);
        this.toCp = 1000 / oral.compound().parent().disposition().centralVolume();
        List<Dose> doses = oral.administrations().get(0).regimen().doses();
        this.doseStep = new int[doses.size()];
        this.doseAmount = new double[doses.size()];
        for (int k = 0; k < doses.size(); k++) {
            double at = (doses.get(k).time() + tablet.lag()) / grid.step();
            doseStep[k] = (int) Math.round(at);
            if (Math.abs(at - doseStep[k]) > 1e-9 || doseStep[k] < 0 || doseStep[k] > grid.steps()) {
                throw new IllegalArgumentException(oral.name() + ": W4 needs every dose on the output grid, the dose at "
                        + doses.get(k).time() + " h is not");
            }
            doseAmount[k] = doses.get(k).amount() * tablet.baseFraction();
        }
        int longest = 0;
        int previous = 0;
        for (int k : doseStep) {
            longest = Math.max(longest, k - previous);
            previous = k;
        }
        longest = Math.max(longest, grid.steps() - previous);
        this.powers = new double[longest + 1][];
        for (int j = 0; j <= longest; j++) {
            powers[j] = LinearPropagator.of(reduced, 0, -1, j * grid.step()).transition();
        }
    }

    /** Number of scheduled doses per subject. */
    public int doses() {
        return doseStep.length;
    }

    /** Which doses the first n subjects take: entry (i − 1)·doses + k for dose k of subject i. */
    public boolean[] draw(int n) {
        WichmannHill rng = new WichmannHill(SEED[0], SEED[1], SEED[2]);
        boolean[] taken = new boolean[n * doses()];
        for (int j = 0; j < taken.length; j++) {
            taken[j] = rng.next() < TAKEN;
        }
        return taken;
    }

    /** Coverage of every subject on a pool of {@code threads} threads. */
    public PopulationChecksum solve(boolean[] taken, ExecutorService pool, int threads) {
        int n = taken.length / doses();
        return Subjects.run(n, grid.days(), pool, threads, (from, to, coverage, dayCounts) -> {
            double[] x = new double[size];
            double[] work = new double[size];
            for (int i = from; i < to; i++) {
                coverage[i] = subject(taken, i, x, work, dayCounts, null);
            }
        });
    }

    /**
     * Coverage hours of subject i (0-based); adds it to dayCounts on covered days. With cp (not null) every
     * grid point's Cp is kept there and no interval is cut short.
     */
    int subject(boolean[] taken, int i, double[] x, double[] work, long[] dayCounts, double[] cp) {
        Arrays.fill(x, 0);
        int first = i * doses();
        int next = 0;
        int covered = 0;
        int perDay = grid.perDay();
        double threshold = grid.threshold();
        int start = 0;
        while (start <= grid.steps()) {
            while (next < doseStep.length && doseStep[next] == start) {
                if (taken[first + next]) {
                    x[gut] += doseAmount[next];
                }
                next++;
            }
            int end = next < doseStep.length ? doseStep[next] : grid.steps() + 1;
            for (int j = 0; j < end - start; j++) {
                double[] p = powers[j];
                double c = 0;
                for (int k = 0, row = central * size; k < size; k++) {
                    c += p[row + k] * x[k];
                }
                c *= toCp;
                if (cp != null) {
                    cp[start + j] = c;
                }
                if (c >= threshold) {
                    covered++;
                    if ((start + j) % perDay == 0) {
                        dayCounts[(start + j) / perDay]++;
                    }
                } else if (cp == null && ceiling.ceiling(apply(p, x, work), 0) * toCp < threshold) {
                    break;
                }
            }
            if (end <= grid.steps()) {
                System.arraycopy(apply(powers[end - start], x, work), 0, x, 0, size);
            }
            start = end;
        }
        return covered;
    }

    /** p·x into work (returned). */
    private double[] apply(double[] p, double[] x, double[] work) {
        for (int r = 0; r < size; r++) {
            double sum = 0;
            for (int k = 0; k < size; k++) {
                sum += p[r * size + k] * x[k];
            }
            work[r] = sum;
        }
        return work;
    }

    /** Cp (ng/mL) of subject i (0-based) at t = 0, step, …, duration. */
    public double[] concentrations(boolean[] taken, int i) {
        double[] cp = new double[grid.steps() + 1];
        subject(taken, i, new double[size], new double[size], new long[grid.days() + 1], cp);
        return cp;
    }
}
