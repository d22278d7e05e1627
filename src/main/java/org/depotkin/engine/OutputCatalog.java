package org.depotkin.engine;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.equations.Equations;
import org.depotkin.pd.CompetitiveBinding;

/**
 * Builds the list of outputs of a compiled model: plasma concentration of every analyte,
 * effect-site concentrations, receptor occupancy (total antagonist, total agonist and per ligand
 * when several bind), the depots' released, remaining and removed amounts, and the {@code output} lines of the
 * compound's equations block in their own units.
 *
 * <p>Concentrations are never reported below 0: where the true value is 0 or decays towards it, the
 * rounding of the exact solution's modal sums or the integrator's error (of the order of 1e-16 of the dose)
 * can leave a negative amount, which is not a concentration.
 */
final class OutputCatalog {
    private final CompiledModel m;
    private final CompiledModel.Builder b;

    OutputCatalog(CompiledModel m, CompiledModel.Builder b) {
        this.m = m;
        this.b = b;
    }

    List<Output> build() {
        List<Output> out = new ArrayList<>();
        List<Analyte> analytes = b.compound.analytes();
        for (int i = 0; i < analytes.size(); i++) {
            int c = b.centralOf[i];
            double scale = 1000.0 / analytes.get(i).disposition().centralVolume();
            out.add(Output.linear(analytes.get(i).name(), "ng/mL", Output.Kind.CONCENTRATION, c, scale));
        }
        int ligands = m.binding.size();
        for (int i = 0; i < ligands; i++) {
            if (m.binding.ligand(i).hasEffectCompartment()) {
                int e = m.ligandSource[i];
                out.add(Output.linear(m.ligandNames[i] + ".effect-site", "ng/mL", Output.Kind.EFFECT_SITE, e, 1));
            }
        }
        if (ligands > 0) {
            if (hasRole(Binding.Role.ANTAGONIST)) {
                addOccupancy(out, "occupancy", Binding.Role.ANTAGONIST);
            }
            if (hasRole(Binding.Role.AGONIST)) {
                addOccupancy(out, "occupancy.agonist", Binding.Role.AGONIST);
            }
            if (ligands > 1) {
                for (int i = 0; i < ligands; i++) {
                    int k = i;
                    out.add(new Output("occupancy." + m.ligandNames[i], "fraction", Output.Kind.OCCUPANCY,
                            (t, y) -> occupancy(y, null, k), bindingStates()));
                }
            }
        }
        if (!m.depots.isEmpty()) {
            out.add(new Output("depot.released", "mg", Output.Kind.DEPOT,
                    (t, y) -> m.depots.stream().mapToDouble(d -> d.released(t)).sum(), new int[0]));
            out.add(new Output("depot.remaining", "mg", Output.Kind.DEPOT,
                    (t, y) -> m.depots.stream().mapToDouble(d -> d.remaining(t)).sum(), new int[0]));
            out.add(new Output("depot.removed", "mg", Output.Kind.DEPOT,
                    (t, y) -> m.depots.stream().mapToDouble(d -> d.removed(t)).sum(), new int[0]));
        }
        List<Equations.Report> custom = b.compound.equations().outputs();
        for (int k = 0; k < custom.size(); k++) {
            int index = k;
            String unit = custom.get(k).unit().symbol();
            out.add(new Output(custom.get(k).name(), unit.isEmpty() ? "1" : unit, Output.Kind.CUSTOM,
                    (t, y) -> m.terms.output(index, t, y), null));
        }
        return out;
    }

    private boolean hasRole(Binding.Role role) {
        for (int i = 0; i < m.binding.size(); i++) {
            if (m.binding.ligand(i).role() == role) {
                return true;
            }
        }
        return false;
    }

    private void addOccupancy(List<Output> out, String name, Binding.Role role) {
        out.add(new Output(name, "fraction", Output.Kind.OCCUPANCY, (t, y) -> occupancy(y, role, -1),
                bindingStates()));
    }

    /** The states occupancy reads: each ligand's concentration source and its occupancy state if kinetic. */
    private int[] bindingStates() {
        int[] states = new int[2 * m.binding.size()];
        int n = 0;
        for (int i = 0; i < m.binding.size(); i++) {
            states[n++] = m.ligandSource[i];
            if (m.ligandState[i] >= 0) {
                states[n++] = m.ligandState[i];
            }
        }
        return java.util.Arrays.copyOf(states, n);
    }

    /**
     * The occupancy of the ligands with this role, or of ligand {@code only} when role is null, from the state, in one
     * pass (no arrays: it is read at every grid point of every subject): a kinetic ligand's is its state θ, an
     * equilibrium ligand's free·C/Kd with free = (1 − Σθ)/(1 + Σ C/Kd) ({@link CompetitiveBinding}), so the share of
     * the chosen ligands is Σθ_chosen + free·Σ(C/Kd)_chosen.
     */
    private double occupancy(double[] y, Binding.Role role, int only) {
        int n = m.binding.size();
        double kinetic = 0;
        double equilibrium = 0;
        double kineticShare = 0;
        double equilibriumShare = 0;
        for (int i = 0; i < n; i++) {
            boolean chosen = role == null ? i == only : m.binding.ligand(i).role() == role;
            if (m.ligandState[i] >= 0) {
                double theta = y[m.ligandState[i]];
                kinetic += theta;
                kineticShare += chosen ? theta : 0;
            } else {
                double ratio = m.binding.ratio(i, m.ligandConcentration(i, y));
                equilibrium += ratio;
                equilibriumShare += chosen ? ratio : 0;
            }
        }
        return kineticShare + CompetitiveBinding.free(kinetic, equilibrium) * equilibriumShare;
    }
}
