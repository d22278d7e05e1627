package org.depotkin.analysis.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Compound;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;

/**
 * How many earlier doses put a subject at steady state, found by convergence: the dose is repeated
 * every II and the trough T_n before dose n + 1 is watched for every output; steady state is
 * reached after n doses when, over the concentrations, effect sites and occupancies (not the depots'
 * cumulative amounts), the relative change Δ_n = max |T_n − T_{n−1}| / max |T| is at most the
 * tolerance and so is the geometric tail still to come, Δ_n·ρ/(1 − ρ) with ρ = Δ_n/Δ_{n−1}. The
 * tolerance is the scenario's relative solver tolerance (1e-10 by default): below it the troughs
 * change by integration noise only. A steady-state dose is then given as that many doses every II
 * before it, which is exact for every linear model and converged for the others.
 */
final class SteadyState {
    private static final int FIRST_TRY = 8;
    private static final int MOST = 4096;

    private final Map<Key, Integer> cache = new HashMap<>();

    private record Key(Compound compound, Formulation formulation, double amount, double interval,
                       SolverSettings solver) {
    }

    /** The number of doses of {@code amount} every {@code interval} h before a steady-state dose. */
    int dosesBefore(Scenario base, Compound compound, Formulation formulation, double amount, double interval) {
        return cache.computeIfAbsent(new Key(compound, formulation, amount, interval, base.solver()),
                k -> converge(base, k));
    }

    private static int converge(Scenario base, Key k) {
        for (int count = FIRST_TRY; count <= MOST; count *= 2) {
            Scenario s = new Scenario(base.name() + "-steady-state", base.description(), k.compound(),
                    List.of(new Administration(k.formulation(), new Regimen(List.of(
                            new Schedule.Repeated(0, k.interval(), count, k.amount()))))),
                    List.of(), count * k.interval(), k.interval(), k.solver());
            Trajectory tr = CompiledModel.compile(s).simulate();
            int n = converged(tr, count, k.interval(), k.solver().relTol());
            if (n > 0) {
                return n;
            }
        }
        throw new IllegalArgumentException("no steady state within " + MOST + " dosing intervals of "
                + k.interval() + " h (tolerance " + k.solver().relTol() + "): the drug accumulates for longer than "
                + "that; give the earlier doses explicitly");
    }

    /** The first n at which the troughs have converged, 0 when they have not within {@code count} doses. */
    static int converged(Trajectory tr, int count, double interval, double tolerance) {
        List<Output> outputs = tr.model().outputs().stream().filter(o -> o.kind() != Output.Kind.DEPOT).toList();
        double[][] troughs = new double[outputs.size()][count + 1];
        double[] scale = new double[outputs.size()];
        for (int o = 0; o < outputs.size(); o++) {
            for (int n = 1; n <= count; n++) {
                troughs[o][n] = tr.valueBefore(outputs.get(o), n * interval);
                scale[o] = Math.max(scale[o], Math.abs(troughs[o][n]));
            }
        }
        double previous = Double.NaN;
        for (int n = 2; n <= count; n++) {
            double change = 0;
            for (int o = 0; o < outputs.size(); o++) {
                if (scale[o] > 0) {
                    change = Math.max(change, Math.abs(troughs[o][n] - troughs[o][n - 1]) / scale[o]);
                }
            }
            double ratio = change / previous;
            boolean tailSmall = change == 0 || ratio < 1 && change * ratio / (1 - ratio) <= tolerance;
            if (change <= tolerance && tailSmall) {
                return n;
            }
            previous = change;
        }
        return 0;
    }
}
