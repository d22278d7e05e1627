package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.yaml.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shorthands for the common models: every PD model driven by a constant concentration against its closed
 * form, and Michaelis–Menten elimination with an indirect response written as shorthands against the worked
 * example written as equations (models/equations/mm-drug.yaml).
 */
class ShorthandTest {
    @TempDir
    Path dir;

    /**
     * With a constant drive the indirect responses relax exponentially from kin/kout: R(t) = Rss + (R0 − Rss)
     * e^(−k t), with k = kout and Rss = kin (1 − I)/kout (I), k = kout (1 − I) and Rss = kin/k (II),
     * k = kout and Rss = kin (1 + S)/kout (III), k = kout (1 + S) and Rss = kin/k (IV); I = Imax C/(IC50 + C),
     * S = Emax C/(EC50 + C). An effect compartment under a constant C rises as C (1 − e^(−ke0 t)). Emax, sigmoid
     * Emax and the unbound concentration are their formulas.
     */
    @Test
    void pdModelsAgainstTheirClosedForms() throws IOException {
        String text = EquationScenarios.scenario("pd", EquationScenarios.bolus("100 mg"), "3 d",
                "    - {name: drug, CL: 10 L/h, V: 50 L}",
                "  equations:",
                "    pd:",
                "      - {name: r1, model: indirect-response-1, driver: '2 [mg/L]', kin: 3 /h, kout: 0.2 /h, Imax: 0.8, IC50: 1 mg/L}",
                "      - {name: r2, model: indirect-response-2, driver: '2 [mg/L]', kin: 3 /h, kout: 0.2 /h, Imax: 0.8, IC50: 1 mg/L}",
                "      - {name: r3, model: indirect-response-3, driver: '2 [mg/L]', kin: 3 /h, kout: 0.2 /h, Emax: 2.5, EC50: 4 mg/L}",
                "      - {name: r4, model: indirect-response-4, driver: '2 [mg/L]', kin: 3 /h, kout: 0.2 /h, Emax: 2.5, EC50: 4 mg/L}",
                "      - {name: e1, model: emax, driver: drug, Emax: 100 %, EC50: 500 ng/mL}",
                "      - {name: e2, model: sigmoid-emax, Emax: 30 mg/L, EC50: 500 ng/mL, gamma: 2.5}",
                "      - {name: Cu, model: unbound, fu: 20 %}",
                "      - {name: Ce, model: effect-compartment, driver: '2 [mg/L]', ke0: 0.3 /h}",
                "      - {name: e3, model: emax, driver: Cu, Emax: 1, EC50: 100 ng/mL}");
        Trajectory tr = CompiledModel.compile(EquationScenarios.load(dir, "pd.yaml", text)).simulate();
        double kin = 3, kout = 0.2, r0 = kin / kout;
        double inh = 0.8 * 2 / (1 + 2);
        double stim = 2.5 * 2 / (4 + 2);
        double[][] kAndSteady = {
            {kout, kin * (1 - inh) / kout}, {kout * (1 - inh), kin / (kout * (1 - inh))},
            {kout, kin * (1 + stim) / kout}, {kout * (1 + stim), kin / (kout * (1 + stim))}};
        for (double t : new double[] {0, 1, 5, 20, 50, 72}) {
            for (int type = 1; type <= 4; type++) {
                double k = kAndSteady[type - 1][0];
                double rss = kAndSteady[type - 1][1];
                double exact = rss + (r0 - rss) * Math.exp(-k * t);
                assertEquals(exact, tr.value("r" + type, t), 1e-9 * exact, "indirect response " + type + " at " + t);
            }
            double c = tr.concentration("drug", t);
            assertEquals(c / (500 + c), tr.value("e1", t), 1e-12, "emax at " + t);
            assertEquals(0.2 * c, tr.value("Cu", t), 1e-12 * c, "unbound at " + t);
            assertEquals(0.2 * c / (100 + 0.2 * c), tr.value("e3", t), 1e-12, "emax driven by the unbound concentration");
            double ce = 2000 * (1 - Math.exp(-0.3 * t));
            assertEquals(ce, tr.value("Ce", t), 1e-9 * Math.max(ce, 1), "effect compartment at " + t);
            double x = Math.pow(c / 500, 2.5);
            assertEquals(30_000 * x / (1 + x), tr.value("e2", t), 1e-9 * 30_000 * x / (1 + x), "sigmoid emax at " + t);
        }
        assertEquals("1", tr.output("r1").unit());
        assertEquals("ng/mL", tr.output("e2").unit(), "sigmoid emax driven by the parent by default, in Emax's unit");
    }

    @Test
    void shorthandsEqualTheWorkedExampleWrittenAsEquations() throws IOException {
        String text = EquationScenarios.scenario("mm-shorthand", "formulation: {route: oral, ka: 1 /h, F: 0.9}\n"
                + "regimen: {doses: [{dose: 300 mg, every: 24 h, count: 14}]}", "21 d",
                "    - name: mmdrug",
                "      CL: 0.5 L/h",
                "      V: 50 L",
                "      michaelis-menten: {Vmax: 20 mg/h, Km: 5 mg/L}",
                "  equations:",
                "    pd:",
                "      - {name: biomarker, model: indirect-response-1, kin: 2 ng/mL/h, kout: 0.1 /h, Imax: 0.9, IC50: 3 mg/L}");
        Trajectory shorthand = CompiledModel.compile(EquationScenarios.load(dir, "short.yaml", text)).simulate();
        Trajectory longhand = CompiledModel.compile(ModelFiles.scenario(Path.of("models/equations/mm-indirect-response.yaml")))
                .simulate();
        for (double t = 0.5; t < 21 * 24; t += 0.5) {
            double c = longhand.concentration("mmdrug", t);
            assertEquals(c, shorthand.concentration("mmdrug", t), 1e-10 * c, "concentration at " + t);
            double r = longhand.value("biomarker", t);
            assertEquals(r, shorthand.value("biomarker", t), 1e-10 * r, "biomarker at " + t);
        }
    }

    @Test
    void aMistakeInAShorthandIsReportedAtIt() throws IOException {
        Path f = EquationScenarios.write(dir, "bad.yaml", EquationScenarios.scenario("bad", EquationScenarios.bolus("100 mg"),
                "3 d", "    - name: drug", "      CL: 10 L/h", "      V: 50 L",
                "      michaelis-menten: {Vmax: 20 mg/h, Km: 5 h}"));
        ModelFileException e = org.junit.jupiter.api.Assertions.assertThrows(ModelFileException.class,
                () -> ModelFiles.scenario(f));
        assertTrue(e.getMessage().startsWith(f + ":8:25: analyte drug's michaelis-menten: cannot add a "
                + "concentration to a time"), e.getMessage());
    }

    @Test
    void aParameterGivenTwiceIsAnError() throws IOException {
        Path f = EquationScenarios.write(dir, "twice.yaml", EquationScenarios.scenario("twice",
                EquationScenarios.bolus("100 mg"), "3 d", "    - {name: drug, CL: 10 L/h, V: 50 L}", "  equations:",
                "    parameters: {e.Emax: 2}", "    pd:", "      - {name: e, model: emax, Emax: 1, EC50: 1 mg/L}"));
        ModelFileException e = org.junit.jupiter.api.Assertions.assertThrows(ModelFileException.class,
                () -> ModelFiles.scenario(f));
        assertTrue(e.getMessage().startsWith(f + ":9:38: parameter 'e.Emax' is given twice"), e.getMessage());
    }
}
