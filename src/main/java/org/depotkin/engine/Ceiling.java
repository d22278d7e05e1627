package org.depotkin.engine;

import org.depotkin.model.Binding;

/**
 * An upper bound on what a run's concentrations and occupancies can still reach from a time t on, so that a walk
 * that only looks for crossings can stop once none is left (the ceiling bound). No process in the model creates
 * drug and no amount is negative, so an analyte's central amount can never exceed all the drug that is or will be in
 * the body, A(t) (parent equivalents): the compartments' amounts, what the depots still hold or have not yet been
 * given, the doses and the infusions still to come. Hence
 * <pre>
 *   C_a(t') ≤ 1000·A(t) / (peq_a·V_a)   ng/mL, for t' ≥ t            (peq_a: parent equivalents per mg of a)
 *   Ce_a(t') ≤ max(Ce_a(t), that bound)                            (Ce' = ke0·(C − Ce) follows C from below)
 * </pre>
 * and an equilibrium occupancy, which rises with the concentrations of its own ligands and falls with the others',
 * is at most its value with one ligand, or every ligand of one role, at its bound and the rest absent (the largest of
 * those probes serves each occupancy output: the total of a role and a single ligand's). Outputs of other kinds
 * (depot amounts, an equations block's) have no ceiling, and a model whose equations block has rates has none at all:
 * its terms may make drug, or hold it in compartments of the block's own that the balance does not count.
 */
final class Ceiling {
    private final CompiledModel m;
    /** For each state: ng/mL per mg of parent equivalents if all of it were in this analyte's central volume, or 0. */
    private final double[] concentrationPerAmount;
    /** For each ligand: the bound of the concentration it sees in its analyte's plasma, per mg of A. */
    private final double[] ligandPerAmount;

    private Ceiling(CompiledModel m) {
        this.m = m;
        this.concentrationPerAmount = new double[m.size];
        var analytes = m.scenario.compound().analytes();
        for (var a : analytes) {
            int c = m.stateIndex(a.name() + ".central");
            concentrationPerAmount[c] = 1000 / (m.parentEquivalent[c] * a.disposition().centralVolume());
        }
        int n = m.binding.size();
        this.ligandPerAmount = new double[n];
        for (int i = 0; i < n; i++) {
            ligandPerAmount[i] = concentrationPerAmount[m.stateIndex(m.ligandNames[i] + ".central")];
        }
    }

    /** The ceiling of a model's runs, or null when its equations block has rates (see the class comment). */
    static Ceiling of(CompiledModel m) {
        return m.scenario.compound().equations().rates().isEmpty() ? new Ceiling(m) : null;
    }

    /**
     * All the drug that is or will be in the body from t on (mg parent equivalents), given what the compartments hold
     * at t: the depots' remaining amounts (the whole load of one not yet given), the doses at or after t that do
     * not come from a depot, and what the infusions still have to give.
     */
    double toCome(double t, double inBody) {
        double sum = Math.max(inBody, 0);
        for (DepotDose d : m.depots) {
            sum += d.time() >= t ? d.load() : d.remaining(t);
        }
        for (CompiledModel.Jump j : m.jumps) {
            if (!j.fromDepot() && j.time() >= t - InputPanels.EVENT_GAP) {
                sum += j.amount() * m.parentEquivalent[j.state()];
            }
        }
        for (CompiledModel.Infusion inf : m.infusions) {
            sum += inf.rate() * Math.max(0, inf.end() - Math.max(inf.start(), t)) * m.parentEquivalent[inf.state()];
        }
        return sum;
    }

    /**
     * The most an output can reach from now on, given all the drug to come ({@link #toCome}) and the present state y
     * (the states the output reads); +∞ when this output has no ceiling.
     */
    double of(Output out, double toCome, double[] y) {
        if (out.kind() == Output.Kind.CONCENTRATION && out.value() instanceof Output.Linear l
                && concentrationPerAmount[l.state()] > 0) {
            return concentrationPerAmount[l.state()] * toCome;
        }
        if (out.kind() == Output.Kind.EFFECT_SITE && out.value() instanceof Output.Linear l) {
            for (int i = 0; i < m.binding.size(); i++) {
                if (m.ligandSource[i] == l.state()) {
                    return Math.max(out.at(0, y), ligandPerAmount[i] * toCome);
                }
            }
        }
        if (out.kind() == Output.Kind.OCCUPANCY) {
            return occupancy(out, toCome, y);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The largest value of an occupancy output over the probes: each ligand alone, each role's ligands together. */
    private double occupancy(Output out, double toCome, double[] y) {
        int n = m.binding.size();
        double[] most = new double[n];
        for (int i = 0; i < n; i++) {
            if (m.ligandState[i] >= 0) {
                return Double.POSITIVE_INFINITY; // kinetic binding has states of its own; not bounded here
            }
            double c = ligandPerAmount[i] * toCome;
            int source = m.ligandSource[i];
            most[i] = source == m.stateIndex(m.ligandNames[i] + ".central") ? c / m.ligandScale[i]
                    : Math.max(y[source], c);
        }
        double[] probe = new double[m.size];
        double best = 0;
        for (int k = 0; k < n; k++) {
            int only = k;
            best = Math.max(best, probe(out, probe, most, i -> i == only));
        }
        for (Binding.Role role : Binding.Role.values()) {
            best = Math.max(best, probe(out, probe, most, i -> m.binding.ligand(i).role() == role));
        }
        return best;
    }

    /** The output with the chosen ligands' sources at their most and the others' at 0. */
    private double probe(Output out, double[] probe, double[] most, java.util.function.IntPredicate chosen) {
        for (int i = 0; i < most.length; i++) {
            probe[m.ligandSource[i]] = chosen.test(i) ? most[i] : 0;
        }
        return out.at(0, probe);
    }
}
