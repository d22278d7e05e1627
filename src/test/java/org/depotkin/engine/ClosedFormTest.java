package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FirstOrder;
import org.depotkin.release.Higuchi;
import org.depotkin.release.ZeroOrder;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine against closed-form solutions at the default tolerances (rtol 1e-10, atol 1e-12 mg):
 * relative error ≤ 1e-8, except where the curve has fallen below 1e-6 of its peak, where the
 * absolute tolerance governs and the error must stay below 1e-14 of the peak.
 */
class ClosedFormTest {
    private static final double REL = 1e-8;
    private static final double FLOOR = 1e-6;

    static Compound oneCompartment(double cl, double v) {
        return new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(cl, v, List.of()), null, 0,
                null)), "test");
    }

    static Trajectory run(Compound c, Formulation f, Schedule s, double duration) {
        Scenario sc = new Scenario("t", "t", c, List.of(new Administration(f, new Regimen(List.of(s)))), List.of(),
                duration, 1, SolverSettings.DEFAULT);
        return CompiledModel.compile(sc).simulate();
    }

    static void close(double expected, double actual, double peak, String what) {
        assertEquals(expected, actual, REL * Math.max(Math.abs(expected), FLOOR * peak), what);
    }

    /** Bateman function: C = F·D·ka / (V (ka − k)) · (e^(−k (t−lag)) − e^(−ka (t−lag))). */
    @ParameterizedTest(name = "oral 1-compartment, lag {0} h")
    @ValueSource(doubles = {0.0, 0.374})
    void batemanFunction(double lag) {
        double cl = 140, v = 300, ka = 1.31, f = 0.086, dose = 45.2;
        Trajectory tr = run(oneCompartment(cl, v), new Formulation.Oral(lag, ka, f, 0, null, 1.0),
                new Schedule.Single(0, dose), 72);
        double k = cl / v;
        for (double t : new double[] {0.2, 0.5, 1, 2, 5, 12, 24, 48, 72}) {
            double s = t - lag;
            double expected = s <= 0 ? 0 : 1000 * f * dose * ka / (v * (ka - k)) * (Math.exp(-k * s) - Math.exp(-ka * s));
            if (s <= 0) {
                assertEquals(0, tr.concentration("drug", t), 1e-15);
            } else {
                close(expected, tr.concentration("drug", t), 13, "t = " + t);
            }
        }
    }

    /** IV bolus into two compartments: C = A e^(−αt) + B e^(−βt). */
    @ParameterizedTest(name = "IV bolus 2-compartment, dose {0} mg")
    @ValueSource(doubles = {1, 100})
    void biexponential(double dose) {
        double cl = 140, v1 = 78.8, q = 43.8, v2 = 425;
        Compound c = new Compound("drug", List.of(new Analyte("drug", Double.NaN,
                new Disposition(cl, v1, List.of(new Peripheral(q, v2))), null, 0, null)), "test");
        Trajectory tr = run(c, new Formulation.IvBolus(1.0), new Schedule.Single(0, dose), 96);
        double k10 = cl / v1, k12 = q / v1, k21 = q / v2;
        double sum = k10 + k12 + k21;
        double disc = Math.sqrt(sum * sum - 4 * k10 * k21);
        double alpha = (sum + disc) / 2, beta = (sum - disc) / 2;
        double a = 1000 * dose / v1 * (alpha - k21) / (alpha - beta);
        double b = 1000 * dose / v1 * (k21 - beta) / (alpha - beta);
        for (double t : new double[] {0, 0.1, 0.5, 1, 4, 12, 24, 48, 96}) {
            close(a * Math.exp(-alpha * t) + b * Math.exp(-beta * t), tr.concentration("drug", t), a + b, "t = " + t);
        }
    }

    /** Zero-order infusion: C = R/CL (1 − e^(−kt)) during, C(T) e^(−k(t−T)) after. */
    @ParameterizedTest(name = "infusion over {0} h")
    @ValueSource(doubles = {0.5, 8})
    void zeroOrderInfusion(double duration) {
        double cl = 73.6, v = 276, dose = 10;
        Trajectory tr = run(oneCompartment(cl, v), new Formulation.IvInfusion(duration, 1.0),
                new Schedule.Single(0, dose), 24);
        double k = cl / v, rate = dose / duration;
        for (double t : new double[] {0.1, 0.25, 0.5, 1, 3, 8, 10, 24}) {
            double during = 1000 * rate / cl * (1 - Math.exp(-k * Math.min(t, duration)));
            double expected = t <= duration ? during : during * Math.exp(-k * (t - duration));
            close(expected, tr.concentration("drug", t), 1000 * rate / cl, "t = " + t);
        }
    }

    /** A zero-order depot is an infusion: same closed form over its release duration. */
    @ParameterizedTest(name = "zero-order implant over {0} h")
    @ValueSource(doubles = {1440})
    void zeroOrderDepot(double duration) {
        double cl = 140, v = 300, load = 1000;
        Trajectory tr = run(oneCompartment(cl, v), depot(new DepotRelease(new ZeroOrder(duration), List.of())),
                new Schedule.Single(0, load), 2000);
        double k = cl / v, rate = load / duration;
        for (double t : new double[] {1, 24, 720, 1440, 1500, 2000}) {
            double during = 1000 * rate / cl * (1 - Math.exp(-k * Math.min(t, duration)));
            double expected = t <= duration ? during : during * Math.exp(-k * (t - duration));
            close(expected, tr.concentration("drug", t), 1000 * rate / cl, "t = " + t);
        }
    }

    /** First-order depot into one compartment: the Bateman function with ka = k_rel, F = 1. */
    @ParameterizedTest(name = "first-order implant, k_rel {0} 1/h")
    @ValueSource(doubles = {2.6667e-4, 0.05})
    void firstOrderDepot(double krel) {
        double cl = 140, v = 300, load = 3400;
        Trajectory tr = run(oneCompartment(cl, v), depot(new DepotRelease(new FirstOrder(krel), List.of())),
                new Schedule.Single(0, load), 4320);
        double k = cl / v;
        for (double t : new double[] {0.5, 1, 24, 240, 2400, 4320}) {
            double expected = 1000 * load * krel / (v * (krel - k)) * (Math.exp(-k * t) - Math.exp(-krel * t));
            close(expected, tr.concentration("drug", t), 1000 * load * krel / cl, "t = " + t);
        }
    }

    /**
     * Higuchi depot (rate singular at the dose) against the convolution
     * C(t) = (1000/V) ∫₀ᵗ load·kH/(2√s)·e^(−k(t−s)) ds, computed with s = u² (regular integrand).
     */
    @ParameterizedTest(name = "Higuchi implant, kH {0} 1/sqrt(h)")
    @ValueSource(doubles = {0.01, 0.002})
    void higuchiDepot(double kh) {
        double cl = 140, v = 300, load = 1000;
        Trajectory tr = run(oneCompartment(cl, v), depot(new DepotRelease(new Higuchi(kh), List.of())),
                new Schedule.Single(0, load), 2000);
        double k = cl / v;
        double tEnd = 1 / (kh * kh);
        IterativeLegendreGaussIntegrator quad = new IterativeLegendreGaussIntegrator(32, 1e-14, 1e-14);
        for (double t : new double[] {0.01, 0.5, 1, 5, 24, 100, 1000, 2000}) {
            double uMax = Math.sqrt(Math.min(t, tEnd));
            double integral = quad.integrate(1_000_000, u -> load * kh * Math.exp(-k * (t - u * u)), 0, uMax);
            close(1000 / v * integral, tr.concentration("drug", t), 1000 * load * kh / cl, "t = " + t);
        }
    }

    /**
     * IV bolus into three compartments against the matrix exponential A(t) = V·e^(Λt)·V⁻¹·A(0), from
     * Hipparchus' eigendecomposition of the rate matrix (linear algebra, no integrator).
     */
    @ParameterizedTest(name = "IV bolus 3-compartment, dose {0} mg")
    @ValueSource(doubles = {10})
    void threeCompartments(double dose) {
        double cl = 140, v1 = 78.8, q2 = 43.8, v2 = 425, q3 = 10, v3 = 2000;
        Compound c = new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(cl, v1,
                List.of(new Peripheral(q2, v2), new Peripheral(q3, v3))), null, 0, null)), "test");
        Trajectory tr = run(c, new Formulation.IvBolus(1.0), new Schedule.Single(0, dose), 500);
        double[][] k = {
            {-(cl + q2 + q3) / v1, q2 / v2, q3 / v3},
            {q2 / v1, -q2 / v2, 0},
            {q3 / v1, 0, -q3 / v3}};
        // a mammillary rate matrix is similar to a symmetric one: real eigenvalues
        EigenDecompositionNonSymmetric eig = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(k));
        RealMatrix vec = eig.getV();
        RealMatrix inv = eig.getVInv();
        for (double t : new double[] {0.1, 1, 10, 100, 500}) {
            double a1 = 0;
            for (int j = 0; j < 3; j++) {
                a1 += vec.getEntry(0, j) * Math.exp(eig.getEigenvalue(j).getReal() * t) * inv.getEntry(j, 0) * dose;
            }
            close(1000 * a1 / v1, tr.concentration("drug", t), 1000 * dose / v1, "t = " + t);
        }
        assertEquals(0, tr.massBalance(500).bodyError(), 1e-12 * dose);
    }

    static Formulation depot(DepotRelease release) {
        return new Formulation.Depot(Formulation.Depot.Site.SC, release, 1.0);
    }
}
