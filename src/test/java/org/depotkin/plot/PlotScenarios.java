package org.depotkin.plot;

import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Criterion;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FailureMode;
import org.depotkin.release.ReleaseLaw;

/** The bench-ntx scenarios (docs/workloads.md §1) with criteria, built in Java for the plot tests. */
final class PlotScenarios {
    static final SolverSettings SOLVER = new SolverSettings(1e-8, 1e-10);
    static final Criterion CP_2 = new Criterion.Concentration("Cp", 2);
    static final Criterion CM_10 = new Criterion.Concentration("Cm", 10);
    static final Criterion RO_90 = new Criterion.Occupancy(0.9);

    private PlotScenarios() {
    }

    static Compound compound() {
        Analyte parent = new Analyte("Cp", Double.NaN, new Disposition(200, 400, List.of(new Peripheral(150, 900))),
                null, 0, Binding.equilibrium(0.3, 0.1, Binding.Role.ANTAGONIST));
        Analyte met = new Analyte("Cm", Double.NaN, new Disposition(45, 700, List.of()), "Cp", 1.0, null);
        return new Compound("bench", List.of(parent, met), "docs/workloads.md");
    }

    /** W1: 50 mg oral every 24 h, for {@code days} days. */
    static Scenario oral(String name, String description, double days, List<Criterion> criteria) {
        Formulation oral = new Formulation.Oral(0, 1.2, 0.2, 0.8, "Cm", 1.0);
        Regimen reg = new Regimen(List.of(new Schedule.Repeated(0, 24, (int) Math.ceil(days), 50)));
        return new Scenario(name, description, compound(), List.of(new Administration(oral, reg)), criteria,
                24 * days, 1, SOLVER);
    }

    /** W2: 1000 mg implant, first-order k = 0.0008 /h, fibrosis (tau 1/0.003 h) with this p_min. */
    static Scenario implant(String name, String description, double days, double pMin, List<FailureMode> extra,
                            List<Criterion> criteria) {
        List<FailureMode> failures = new java.util.ArrayList<>();
        failures.add(new FailureMode.Fibrosis(0, 1 / 0.003, pMin));
        failures.addAll(extra);
        DepotRelease rel = new DepotRelease(firstOrder(0.0008), failures);
        Formulation implant = new Formulation.Depot(Formulation.Depot.Site.SC, rel, 1.0);
        Regimen reg = new Regimen(List.of(new Schedule.Single(0, 1000)));
        return new Scenario(name, description, compound(), List.of(new Administration(implant, reg)), criteria,
                24 * days, 1, SOLVER);
    }

    /** A 10 mg IV bolus of the parent, observed for {@code hours} h. */
    static Scenario ivBolus(String name, double hours, List<Criterion> criteria) {
        Regimen reg = new Regimen(List.of(new Schedule.Single(0, 10)));
        return new Scenario(name, "", compound(), List.of(new Administration(new Formulation.IvBolus(1.0), reg)),
                criteria, hours, 0.1, SOLVER);
    }

    /** A parent-only compound without binding (no metabolite, no occupancy). */
    static Scenario parentOnlyBolus(String name, double hours) {
        Analyte parent = new Analyte("drug", Double.NaN, new Disposition(10, 50, List.of()), null, 0, null);
        Compound c = new Compound("drug", List.of(parent), "test");
        Regimen reg = new Regimen(List.of(new Schedule.Single(0, 10)));
        return new Scenario(name, "single IV bolus", c,
                List.of(new Administration(new Formulation.IvBolus(1.0), reg)), List.of(), hours, 0.1, SOLVER);
    }

    static Trajectory run(Scenario s) {
        return CompiledModel.compile(s).simulate();
    }

    /** F = 1 − exp(−k s). */
    static ReleaseLaw firstOrder(double k) {
        return new ReleaseLaw() {
            @Override
            public double cumulative(double s) {
                return s <= 0 ? 0 : -Math.expm1(-k * s);
            }

            @Override
            public double rate(double s) {
                return s <= 0 ? 0 : k * Math.exp(-k * s);
            }

            @Override
            public String name() {
                return "first-order";
            }

            @Override
            public String describe() {
                return "first-order";
            }
        };
    }
}
