package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models written with an equations block against independent oracles, at the default tolerances (rtol 1e-10,
 * atol 1e-12 mg): Michaelis–Menten elimination against its closed form, the worked example
 * (models/equations/mm-indirect-response.yaml) against its equations written by hand in Java and integrated by
 * Hipparchus at rtol 1e-13, a peripheral compartment written as equations against the built-in one; and the mass
 * balance with what the equations eliminate.
 */
class EquationModelTest {
    @TempDir
    Path dir;

    /** 1-compartment IV bolus, linear CL plus Michaelis–Menten elimination written as an equation. */
    static final String MM_BOLUS = EquationScenarios.scenario("mm-bolus", EquationScenarios.bolus("500 mg"), "4 d",
            "    - {name: drug, CL: 0.5 L/h, V: 50 L}",
            "  equations:",
            "    parameters: {Vmax: 20 mg/h, Km: 5 mg/L}",
            "    model:",
            "      - d/dt(drug.central) += -Vmax * drug / (Km + drug)");

    Scenario load(String name, String text) throws IOException {
        return EquationScenarios.load(dir, name, text);
    }

    /**
     * dC/dt = −k C − Vm C / (Km + C) has the implicit solution
     * t(C) = Km/(k Km + Vm) · ln(C0/C) + Vm/(k (k Km + Vm)) · ln((k C0 + k Km + Vm) / (k C + k Km + Vm)),
     * by partial fractions of (Km + C) / (C (k (Km + C) + Vm)); C(t) is its root (Brent, to 1e-15 relative).
     */
    @Test
    void michaelisMentenAgainstItsClosedForm() throws IOException {
        Scenario s = load("mm.yaml", MM_BOLUS);
        CompiledModel model = CompiledModel.compile(s);
        Trajectory tr = model.simulate();
        assertEquals(model.integrate().concentration("drug", 10), tr.concentration("drug", 10), 0,
                "a model with equations takes the general integrator");
        double v = 50;
        double k = 0.5 / v;
        double vm = 20 / v;
        double km = 5;
        double c0 = 500 / v;
        double a = km / (k * km + vm);
        double b = vm / (k * (k * km + vm));
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, 1e-30, 1e-300, 5);
        double worst = 0;
        for (double t = 1; t <= 96; t += 1) {
            double time = t;
            double exact = brent.solve(1000, c -> a * Math.log(c0 / c) + b * Math.log((k * c0 + k * km + vm)
                    / (k * c + k * km + vm)) - time, 1e-30, c0);
            double got = tr.concentration("drug", t) / 1000; // ng/mL -> mg/L
            worst = Math.max(worst, Math.abs(got - exact) / exact);
        }
        System.out.printf("Michaelis-Menten bolus vs closed form: worst relative error %.2e over 96 h (C from %.3g to"
                + " %.3g mg/L)%n", worst, c0, tr.concentration("drug", 96) / 1000);
        assertTrue(worst < 1e-8, "worst relative error " + worst);
    }

    /**
     * Pure Michaelis–Menten elimination (CL 0, the shorthand alone): dC/dt = −Vm·C/(Km + C) has the implicit solution
     * t(C) = (Km·ln(C0/C) + C0 − C)/Vm; C(t) is its root (Brent, to 1e-15 relative).
     */
    @Test
    void pureMichaelisMentenAgainstItsClosedForm() throws IOException {
        Scenario s = load("pure-mm.yaml", EquationScenarios.scenario("pure-mm", EquationScenarios.bolus("500 mg"), "4 d",
                "    - name: drug",
                "      CL: 0 L/h",
                "      V: 50 L",
                "      michaelis-menten: {Vmax: 20 mg/h, Km: 5 mg/L}"));
        Trajectory tr = CompiledModel.compile(s).simulate();
        double vm = 20 / 50.0;
        double km = 5;
        double c0 = 500 / 50.0;
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, 1e-30, 1e-300, 5);
        double worst = 0;
        for (double t = 1; t <= 96; t += 1) {
            double time = t;
            double exact = brent.solve(1000, c -> (km * Math.log(c0 / c) + c0 - c) / vm - time, 1e-30, c0);
            double got = tr.concentration("drug", t) / 1000; // ng/mL -> mg/L
            worst = Math.max(worst, Math.abs(got - exact) / exact);
        }
        System.out.printf("pure Michaelis-Menten bolus vs closed form: worst relative error %.2e over 96 h%n", worst);
        assertTrue(worst < 1e-8, "worst relative error " + worst);
        MassBalance end = tr.massBalance(96);
        assertEquals(500, end.inBody() + end.eliminated(), 1e-9 * 500, "what the saturable pathway removes is eliminated");
    }

    /** The worked example by hand: gut g, central A (mg), biomarker R (mg/L), doses of 300 mg every 24 h × 14. */
    @Test
    void workedExampleAgainstAnIndependentIntegration() {
        Scenario s = ModelFiles.scenario(Path.of("models/equations/mm-indirect-response.yaml"));
        Trajectory tr = CompiledModel.compile(s).simulate();
        double ka = 1, f = 0.9, cl = 0.5, v = 50, vmax = 20, km = 5, kin = 0.002, kout = 0.1, imax = 0.9, ic50 = 3;
        OrdinaryDifferentialEquation rhs = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double c = y[1] / v;
                return new double[] {-ka * y[0], f * ka * y[0] - cl * c - vmax * c / (km + c),
                    kin * (1 - imax * c / (ic50 + c)) - kout * y[2]};
            }
        };
        DenseOutputModel oracle = new DenseOutputModel();
        double[] y = {0, 0, kin / kout};
        double duration = 21 * 24;
        for (int dose = 0; dose <= 14; dose++) {
            double start = dose * 24.0;
            double end = dose < 14 ? start + 24 : duration;
            if (dose < 14) {
                y[0] += 300;
            }
            DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-12, 24, 1e-15, 1e-13);
            DenseOutputModel piece = new DenseOutputModel();
            dp.addStepHandler(piece);
            ODEStateAndDerivative last = dp.integrate(rhs, new ODEState(start, y), end);
            oracle.append(piece);
            y = last.getPrimaryState();
        }
        double worstC = 0;
        double worstR = 0;
        double worstI = 0;
        for (double t = 0.5; t < duration; t += 0.5) {
            if (Math.abs(t - 24 * Math.rint(t / 24)) < 1e-9) {
                continue; // a dose time: the oracle's pieces meet there
            }
            double[] ref = oracle.getInterpolatedState(t).getPrimaryState();
            double c = ref[1] / v;
            worstC = Math.max(worstC, Math.abs(tr.concentration("mmdrug", t) - 1000 * c) / (1000 * c));
            worstR = Math.max(worstR, Math.abs(tr.value("biomarker", t) - 1000 * ref[2]) / (1000 * ref[2]));
            double inhibition = 100 * imax * c / (ic50 + c);
            worstI = Math.max(worstI, Math.abs(tr.value("inhibition", t) - inhibition) / inhibition);
        }
        System.out.printf("worked example vs hand-written RHS: worst relative error C %.2e, biomarker %.2e, "
                + "inhibition %.2e; biomarker at day 14 %.4f ng/mL (baseline 20)%n", worstC, worstR, worstI,
                tr.value("biomarker", 14 * 24));
        assertTrue(worstC < 1e-8 && worstR < 1e-8 && worstI < 1e-8, worstC + " " + worstR + " " + worstI);
        assertEquals(20, tr.value("biomarker", 0), 1e-12, "the biomarker starts at kin/kout");
        assertEquals("ng/mL", tr.output("biomarker").unit());
        assertEquals("%", tr.output("inhibition").unit());
    }

    @Test
    void whatTheEquationsEliminateKeepsTheMassBalance() throws IOException {
        for (Scenario s : new Scenario[] {load("mm.yaml", MM_BOLUS),
            ModelFiles.scenario(Path.of("models/equations/mm-indirect-response.yaml"))}) {
            Trajectory tr = CompiledModel.compile(s).simulate();
            for (double t : new double[] {1, 24, 72, s.duration()}) {
                MassBalance mb = tr.massBalance(t);
                assertEquals(0, mb.bodyError(), 1e-9 * mb.administered(), s.name() + " at " + t + " h: " + mb);
            }
        }
    }

    /** The built-in 2-compartment model, and the same with its peripheral compartment written as equations. */
    static String twoCompartments(boolean asEquations) {
        String analyte = asEquations ? "    - {name: drug, CL: 140 L/h, V: 78.8 L}"
                : "    - {name: drug, CL: 140 L/h, V: 78.8 L, peripheral: [{Q: 43.8 L/h, V: 425 L}]}";
        String equations = !asEquations ? "" : String.join("\n",
                "  equations:",
                "    parameters: {Q: 43.8 L/h, V2: 425 L}",
                "    model:",
                "      - P(0) = 0 [mg]",
                "      - d/dt(P) = Q * drug - Q / V2 * P",
                "      - d/dt(drug.central) += Q / V2 * P - Q * drug",
                "");
        return EquationScenarios.scenario("two-compartments", equations + "formulation: {route: oral, ka: 1.31 /h, "
                + "F: 0.9, lag: 0.374 h}\nregimen: {doses: [{dose: 50 mg, every: 24 h, count: 180}]}", "180 d", analyte);
    }

    @Test
    void aPeripheralCompartmentAsEquationsEqualsTheBuiltInOne() throws IOException {
        Trajectory builtIn = CompiledModel.compile(load("builtin.yaml", twoCompartments(false))).integrate();
        Trajectory custom = CompiledModel.compile(load("custom.yaml", twoCompartments(true))).integrate();
        double worst = 0;
        double peak = 0;
        for (double t = 0; t <= 180 * 24; t += 0.25) {
            peak = Math.max(peak, builtIn.concentration("drug", t));
        }
        for (double t = 0; t <= 180 * 24; t += 0.25) {
            double ref = builtIn.concentration("drug", t);
            worst = Math.max(worst, Math.abs(custom.concentration("drug", t) - ref) / Math.max(ref, 1e-6 * peak));
        }
        System.out.printf("peripheral compartment as equations vs built in: worst relative error %.2e%n", worst);
        assertTrue(worst < 1e-8, "worst " + worst);
    }

    @Test
    void aRateThatIsNotFiniteIsNamed() throws IOException {
        Scenario s = load("nan.yaml", MM_BOLUS.replace("      - d/dt(drug.central) += -Vmax * drug / (Km + drug)",
                "      - R(0) = 1\n      - d/dt(R) = -sqrt(R - 2) / 1 [h]"));
        SolverException e = org.junit.jupiter.api.Assertions.assertThrows(SolverException.class,
                () -> CompiledModel.compile(s).simulate());
        assertTrue(e.getMessage().contains("equations give a rate of equations.R that is not finite at t = 0 h"),
                e.getMessage());
    }

    @Test
    void aVirtualSubjectKeepsTheEquations() {
        Scenario s = ModelFiles.scenario(Path.of("models/equations/mm-indirect-response.yaml"));
        Scenario subject = ParameterSpace.of(s).scaled(s, "subject 1", java.util.Map.of("mmdrug.V", 2.0), "test");
        assertEquals(s.compound().equations(), subject.compound().equations());
        assertEquals(100, subject.compound().parent().disposition().centralVolume(), 0);
        Trajectory tr = CompiledModel.compile(subject).simulate();
        assertEquals(tr.concentration("mmdrug", 30) * 0.9 / (3000 + tr.concentration("mmdrug", 30)) * 100,
                tr.value("inhibition", 30), 1e-9, "the equations read the subject's own V");
    }
}
