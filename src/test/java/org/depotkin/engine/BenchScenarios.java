package org.depotkin.engine;

import java.util.List;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
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

/** The bench-ntx model of docs/workloads.md §1, built in Java (independent of the model files). */
final class BenchScenarios {
    private BenchScenarios() {
    }

    static Compound compound() {
        Analyte parent = new Analyte("Cp", Double.NaN, new Disposition(200, 400, List.of(new Peripheral(150, 900))),
                null, 0, Binding.equilibrium(0.3, 0.1, Binding.Role.ANTAGONIST));
        Analyte met = new Analyte("Cm", Double.NaN, new Disposition(45, 700, List.of()), "Cp", 1.0, null);
        return new Compound("bench", List.of(parent, met), "docs/workloads.md");
    }

    static Scenario w1(SolverSettings solver) {
        Formulation oral = new Formulation.Oral(0, 1.2, 0.2, 0.8, "Cm", 1.0);
        Regimen reg = new Regimen(List.of(new Schedule.Repeated(0, 24, 180, 50)));
        return new Scenario("W1", "oral", compound(), List.of(new Administration(oral, reg)), List.of(), 4320, 1,
                solver);
    }

    static Scenario w2(SolverSettings solver, ReleaseLaw firstOrder) {
        DepotRelease rel = new DepotRelease(firstOrder, List.of(new FailureMode.Fibrosis(0, 1 / 0.003, 0.4)));
        Formulation implant = new Formulation.Depot(Formulation.Depot.Site.SC, rel, 1.0);
        Regimen reg = new Regimen(List.of(new Schedule.Single(0, 1000)));
        return new Scenario("W2", "implant", compound(), List.of(new Administration(implant, reg)), List.of(), 4320, 1,
                solver);
    }
}
