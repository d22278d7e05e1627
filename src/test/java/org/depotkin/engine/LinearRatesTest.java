package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.model.Scenario;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Equations whose rates are linear in the compartments join the linear matrix ({@link LinearRates}) and take the
 * exact path. Oracles: the built-in model's own matrix (a peripheral compartment written as equations is the same
 * matrix, entry for entry), the general integrator at rtol 1e-12 for every output (a nonlinear Emax output
 * included) and for the crossings of that output, the mass balance, and hand-reduced coefficients of rates
 * written in roundabout ways; rates that are not linear keep the integrator.
 */
class LinearRatesTest {
    @TempDir
    Path dir;

    /** The two-compartment oral model of EquationModelTest with an effect compartment and an Emax output. */
    static String withEffect() {
        return EquationModelTest.twoCompartments(true).replace("      - d/dt(drug.central) += Q / V2 * P - Q * drug",
                String.join("\n",
                        "      - d/dt(drug.central) += Q / V2 * P - Q * drug",
                        "      - Ce(0) = 0 [ng/mL]",
                        "      - d/dt(Ce) = ke0 * (drug - Ce)",
                        "      - output effect [%] = Emax * Ce / (EC50 + Ce)"))
                .replace("parameters: {Q: 43.8 L/h, V2: 425 L}",
                        "parameters: {Q: 43.8 L/h, V2: 425 L, ke0: 0.3 /h, Emax: 0.9, EC50: 2 ng/mL}");
    }

    @Test
    void aPeripheralCompartmentAsEquationsIsTheBuiltInMatrix() throws IOException {
        CompiledModel builtIn = CompiledModel.compile(load("builtin.yaml", EquationModelTest.twoCompartments(false)));
        CompiledModel custom = CompiledModel.compile(load("custom.yaml", EquationModelTest.twoCompartments(true)));
        assertNull(custom.rateTerms, "linear rates are in the matrix");
        assertNotNull(ModalSolver.of(custom), "the exact path applies");
        // same layout: drug.central, then the peripheral (built in) or equations.P, then the gut
        assertEquals(List.of("drug.central", "equations.P", "gut2"), custom.stateNames());
        double[][] a = builtIn.linearMatrix();
        double[][] b = custom.linearMatrix();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                assertEquals(a[i][j], b[i][j], 1e-15 * Math.abs(a[i][j]), "A[" + i + "][" + j + "]");
            }
        }
        // P holds no drug for the balance: what goes into it counts as eliminated, what comes back as returned
        double q = 43.8;
        assertEquals(140 / 78.8 + q / 78.8, custom.elimCoef[0], 1e-15 * (140 + q) / 78.8);
        assertEquals(-q / 425, custom.elimCoef[1], 1e-15 * q / 425);
        Trajectory exact = custom.simulate();
        Trajectory reference = builtIn.simulate();
        double worst = 0;
        for (double t = 0; t <= 180 * 24; t += 0.5) {
            double c = reference.concentration("drug", t);
            worst = Math.max(worst, Math.abs(exact.concentration("drug", t) - c) / Math.max(c, 1e-3));
        }
        System.out.printf("peripheral as equations vs built in, both exact: worst relative difference %.2e%n", worst);
        assertTrue(worst < 1e-12, "worst " + worst);
    }

    @Test
    void linearEquationsOnTheExactPathAgreeWithTheIntegrator() throws IOException {
        Scenario s = load("effect.yaml", withEffect());
        CompiledModel model = CompiledModel.compile(s);
        assertNull(model.rateTerms);
        Trajectory exact = model.simulate();
        Trajectory oracle = CompiledModel.compile(s.with(s.duration(), s.outputStep(), new SolverSettings(1e-12, 1e-16)))
                .integrate();
        for (Output out : model.outputs()) {
            double peak = 0;
            for (double t = 0; t <= s.duration(); t += 0.25) {
                peak = Math.max(peak, Math.abs(oracle.value(out.name(), t)));
            }
            double worst = 0;
            for (double t = 0; t <= s.duration(); t += 0.25) {
                double ref = oracle.value(out.name(), t);
                worst = Math.max(worst, Math.abs(exact.value(out.name(), t) - ref) / Math.max(Math.abs(ref), 1e-6 * peak));
            }
            System.out.printf("%s on the exact path vs integrator at rtol 1e-12: worst relative error %.2e%n",
                    out.name(), worst);
            assertTrue(worst < 1e-8, out.name() + ": " + worst);
        }
        for (double t : new double[] {24, 1000, s.duration()}) {
            MassBalance mb = exact.massBalance(t);
            assertEquals(0, mb.bodyError(), 1e-9 * mb.administered(), "at " + t + " h: " + mb);
        }
    }

    @Test
    void crossingsOfANonlinearOutputOnTheGridWalk() throws IOException {
        Scenario s = load("effect.yaml", withEffect());
        CompiledModel model = CompiledModel.compile(s);
        Output effect = model.output("effect");
        Trajectory oracle = CompiledModel.compile(s.with(s.duration(), s.outputStep(), new SolverSettings(1e-12, 1e-16)))
                .integrate();
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (double t = s.duration() - 240; t <= s.duration(); t += 0.25) {
            low = Math.min(low, oracle.value("effect", t));
            high = Math.max(high, oracle.value("effect", t));
        }
        double level = 0.5 * (low + high);
        double[] grid = new double[(int) (s.duration() / 24) + 1];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 24.0 * i;
        }
        GridResult walk = model.onGrid(grid, List.of(effect), List.of(effect), new double[] {level});
        List<Crossing> expected = oracle.crossings(oracle.output("effect"), level);
        List<Crossing> found = walk.crossings().get(0);
        assertTrue(expected.size() > 300, "the effect crosses the level around every dose: " + expected.size());
        assertEquals(expected.size(), found.size());
        double worst = 0;
        for (int i = 0; i < found.size(); i++) {
            assertEquals(expected.get(i).rising(), found.get(i).rising());
            worst = Math.max(worst, Math.abs(expected.get(i).time() - found.get(i).time()));
        }
        System.out.printf("%d crossings of effect = %.2f %% on the grid walk vs integrator: worst %.2e h%n",
                found.size(), level, worst);
        assertTrue(worst < 1e-6, "worst " + worst + " h");
    }

    /** A rate written in a roundabout way, and the coefficient of P it reduces to (k = 0.2 /h). */
    @ParameterizedTest(name = "d/dt(P) = {0}")
    @CsvSource(delimiter = ';', value = {
        "-k * P; -0.2",
        "-(k * P); -0.2",
        "P * k / -2; -0.1",
        "-exp(log(k * 1 [h])) / 1 [h] * P; -0.2",
        "-(k * P)^1; -0.2",
        "(if k > 0.1 [/h] then -k else k) * P; -0.2",
        "-max(k, 0.5 [/h]) * P + (P - P) * 3 [/h]; -0.5",
        "-k * half; -0.1",
        "0 [mg/h]; 0"})
    void linearRatesReduceToTheirCoefficient(String rate, double coefficient) throws IOException {
        CompiledModel model = CompiledModel.compile(load("rate.yaml", ownCompartment(rate)));
        assertNull(model.rateTerms, rate + " is linear");
        int p = model.stateIndex("equations.P");
        assertEquals(coefficient, model.linearMatrix()[p][p], 1e-16, rate);
    }

    /** A compartment of the block's own that starts full decays on the exact path as its closed form, 10·e^(−k·t) mg. */
    @Test
    void anOwnCompartmentStartingFullDecaysAsItsClosedForm() throws IOException {
        CompiledModel model = CompiledModel.compile(load("rate.yaml", ownCompartment("-k * P")));
        assertNull(model.rateTerms);
        int p = model.stateIndex("equations.P");
        Trajectory exact = model.simulate();
        for (double t = 0; t <= 48; t += 0.5) {
            double want = 10 * Math.exp(-0.2 * t);
            assertEquals(want, exact.state(t)[p], 1e-12 * 10, "P at " + t + " h");
        }
    }

    /**
     * A constant production beside a first-order loss, P' = c − k·P with P(0) = 10 mg, is affine: it takes the exact
     * path through the unit compartment and follows P(t) = c/k + (10 − c/k)·e^(−k·t) (1e-12), in the dense run and on
     * the grid walk.
     */
    @Test
    void aConstantProductionTakesTheExactPathThroughTheUnitCompartment() throws IOException {
        CompiledModel model = CompiledModel.compile(load("rate.yaml", ownCompartment("1.5 [mg/h] - k * P")
                .replace("      - d/dt(P)", "      - output P [mg] = P\n      - d/dt(P)")));
        assertNull(model.rateTerms, "affine rates are in the matrix");
        assertEquals(CompiledModel.UNIT_STATE, model.stateNames().get(model.stateNames().size() - 1));
        double[] hours = new double[49];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = i;
        }
        Trajectory exact = model.simulate();
        GridResult walk = model.onGrid(hours, List.of(model.output("P")), List.of(), new double[0]);
        for (int i = 0; i < hours.length; i++) {
            double want = 1.5 / 0.2 + (10 - 1.5 / 0.2) * Math.exp(-0.2 * hours[i]);
            assertEquals(want, exact.value("P", hours[i]), 1e-12 * 10, "dense, P at " + hours[i] + " h");
            assertEquals(want, walk.values()[0][i], 1e-12 * 10, "grid walk, P at " + hours[i] + " h");
        }
    }

    /** A constant production alone, P' = c (a zero rate beside the unit compartment's), accumulates: P = 10 mg + c·t. */
    @Test
    void aConstantProductionAloneAccumulates() throws IOException {
        CompiledModel model = CompiledModel.compile(load("rate.yaml", ownCompartment("1.5 [mg/h]")
                .replace("      - d/dt(P)", "      - output P [mg] = P\n      - d/dt(P)")));
        assertNull(model.rateTerms);
        Trajectory run = model.simulate();
        for (double t = 0; t <= 48; t += 1) {
            assertEquals(10 + 1.5 * t, run.value("P", t), 1e-12 * 82, "P at " + t + " h");
        }
    }

    /** A starting value that is not finite (a division by a parameter difference of 0) is refused, naming the compartment. */
    @Test
    void aStartingValueThatIsNotFiniteIsRefused() throws IOException {
        CompiledModel model = CompiledModel.compile(load("rate.yaml", ownCompartment("-k * P")
                .replace("P(0) = 10 [mg]", "P(0) = 10 [mg] * k / (k - k)")));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                model::simulate);
        assertTrue(e.getMessage().contains("equations.P") && e.getMessage().contains("Infinity"), e.getMessage());
    }

    /** Rates that are not affine in the compartments keep the integrator. */
    @ParameterizedTest(name = "d/dt(P) = {0}")
    @CsvSource(delimiter = ';', value = {
        "-k * P * P / 1 [mg]",
        "-k * P / (1 + P / 1 [mg])",
        "-k * P * t / 1 [h]",
        "-k * sqrt(P * 1 [mg])",
        "-k * abs(P)",
        "-k * min(P, 1 [mg])",
        "if P > 1 [mg] then -k * P else 0 [mg/h]",
        "-k * P^2 / 1 [mg]",
        "-k * 1 [mg] * exp(-P / 1 [mg])"})
    void nonlinearRatesKeepTheIntegrator(String rate) throws IOException {
        CompiledModel model = CompiledModel.compile(load("rate.yaml", ownCompartment(rate)));
        assertNotNull(model.rateTerms, rate + " is not linear");
        int p = model.stateIndex("equations.P");
        assertEquals(0, model.linearMatrix()[p][p], rate);
    }

    /** A bolus model with a compartment P of the equations' own, started at 10 mg, whose rate is {@code rate}. */
    private static String ownCompartment(String rate) {
        return EquationScenarios.scenario("rate", EquationScenarios.bolus("100 mg"), "2 d",
                "    - {name: drug, CL: 5 L/h, V: 50 L}",
                "  equations:",
                "    parameters: {k: 0.2 /h}",
                "    model:",
                "      - half = P / 2",
                "      - P(0) = 10 [mg]",
                "      - d/dt(P) = " + rate);
    }

    private Scenario load(String name, String text) throws IOException {
        return EquationScenarios.load(dir, name, text);
    }
}
