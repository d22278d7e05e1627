package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Binding;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/** Receptor occupancy against independent solutions. */
class ReceptorBindingTest {

    static Trajectory ivBolus(List<Analyte> analytes, double dose, double duration) {
        Scenario s = new Scenario("t", "t", new Compound("drug", analytes, "test"),
                List.of(new Administration(new Formulation.IvBolus(1.0), new Regimen(List.of(
                        new Schedule.Single(0, dose))))), List.of(), duration, 1, SolverSettings.DEFAULT);
        return CompiledModel.compile(s).simulate();
    }

    /**
     * Kinetic binding of one ligand with C(t) = C0 e^(−kt): the linear ODE
     * dθ/dt = kon C (1 − θ) − koff θ has θ(t) = ∫₀ᵗ kon C(s) exp(−∫ₛᵗ (kon C + koff)) ds.
     */
    @Test
    void kineticBindingAfterAnIvBolus() {
        double cl = 140, v = 300, kon = 0.235, koff = 0.0077, dose = 5;
        Analyte a = new Analyte("drug", Double.NaN, new Disposition(cl, v, List.of()), null, 0,
                Binding.kinetic(kon, koff, Double.NaN, Binding.Role.ANTAGONIST));
        Trajectory tr = ivBolus(List.of(a), dose, 200);
        double k = cl / v, c0 = 1000 * dose / v;
        IterativeLegendreGaussIntegrator quad = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
        for (double t : new double[] {0.5, 2, 8, 24, 72, 200}) {
            double theta = quad.integrate(10_000_000, s -> {
                double cs = c0 * Math.exp(-k * s);
                double inner = kon * c0 / k * (Math.exp(-k * s) - Math.exp(-k * t)) + koff * (t - s);
                return kon * cs * Math.exp(-inner);
            }, 0, t);
            assertEquals(theta, tr.value("occupancy", t), 1e-8 * theta, "t = " + t);
        }
    }

    /** Two equilibrium ligands compete: θi = (Ci/Ki) / (1 + C1/K1 + C2/K2). */
    @Test
    void equilibriumCompetitionOfParentAndMetabolite() {
        Analyte parent = new Analyte("drug", Double.NaN, new Disposition(140, 80, List.of()), null, 0,
                Binding.equilibrium(0.1, Double.NaN, Binding.Role.ANTAGONIST));
        Analyte met = new Analyte("met", Double.NaN, new Disposition(65, 80, List.of()), "drug", 1,
                Binding.equilibrium(0.7, Double.NaN, Binding.Role.ANTAGONIST));
        Trajectory tr = ivBolus(List.of(parent, met), 1, 48);
        for (double t : new double[] {0.5, 4, 24}) {
            double x1 = tr.value("drug", t) / 0.1;
            double x2 = tr.value("met", t) / 0.7;
            assertEquals(x1 / (1 + x1 + x2), tr.value("occupancy.drug", t), 1e-14);
            assertEquals(x2 / (1 + x1 + x2), tr.value("occupancy.met", t), 1e-14);
            assertEquals((x1 + x2) / (1 + x1 + x2), tr.value("occupancy", t), 1e-14);
        }
    }
}
