package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Population;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters that change during a subject's run: a body weight that changes between records (carried forward)
 * and between-occasion variability of clearance and volume. Oracle: the one-compartment IV bolus in closed form
 * with a piecewise-constant elimination rate, A(t) = A(tₖ) e^(−CLₖ/Vₖ (t − tₖ)) between changes and doses, the
 * concentration A/Vₖ stepping where the volume changes.
 */
class TimeVaryingParametersTest {
    private static final double CL = 10;
    private static final double V = 50;
    private static final double DOSE = 100;

    @TempDir
    Path dir;

    /** A scenario of 100 mg IV boluses into one compartment, its clearance and volume scaled by weight. */
    private static Scenario base() {
        Compound c = new Compound("drug", List.of(new Analyte("drug", Double.NaN, new Disposition(CL, V, List.of()),
                null, 0, null)), "test");
        return new Scenario("bolus", "test", c, List.of(new Administration(new Formulation.IvBolus(1.0),
                new Regimen(List.of(new Schedule.Single(0, DOSE))))), List.of(), 72, 1, SolverSettings.DEFAULT,
                new Population(1, List.of(), new double[0][0], new Population.Weight(70, 0.2), List.of(), null));
    }

    private double[] simulate(List<String> lines, Occasions occasions, long seed) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.write(f, lines);
        Dataset data = DatasetReader.read(f);
        return DatasetSimulation.run(base(), data, ResidualError.NONE, occasions, seed).data().records().stream()
                .filter(EventRecord::isObservation).mapToDouble(EventRecord::dv).toArray();
    }

    /**
     * Closed form: doses at {@code doses}; the parameters (cl[k], v[k]) hold from {@code changes[k]} on; the
     * concentration (ng/mL) at t.
     */
    private static double closedForm(double t, double[] doses, double[] changes, double[] cl, double[] v) {
        double amount = 0;
        double now = 0;
        int phase = 0;
        java.util.TreeSet<Double> stops = new java.util.TreeSet<>();
        for (double d : doses) {
            stops.add(d);
        }
        for (double c : changes) {
            stops.add(c);
        }
        stops.add(t);
        for (double s : stops) {
            if (s > t) {
                break;
            }
            amount *= Math.exp(-cl[phase] / v[phase] * (s - now));
            now = s;
            while (phase + 1 < changes.length && changes[phase + 1] <= s) {
                phase++;
            }
            for (double d : doses) {
                if (d == s && s < t) {
                    amount += DOSE;
                }
            }
        }
        return 1000 * amount / v[phase];
    }

    @Test
    void weightChangesFromItsRecordOn() throws IOException {
        double[] obs = {1, 12, 25, 35.5, 36, 40, 47.5};
        double[] got = simulate(List.of("ID,TIME,AMT,EVID,DV,WT", "1,0,100,1,.,70", "1,1,0,0,.,70", "1,12,0,0,.,70",
                "1,24,100,1,.,70", "1,25,0,0,.,70", "1,35.5,0,0,.,70", "1,36,0,0,.,90", "1,40,0,0,.,90",
                "1,47.5,0,0,.,."), Occasions.NONE, 1);
        double ratio = 90.0 / 70;
        double[] cl = {CL, CL * Math.pow(ratio, 0.75)};
        double[] v = {V, V * ratio};
        for (int k = 0; k < obs.length; k++) {
            double want = closedForm(obs[k], new double[] {0, 24}, new double[] {0, 36}, cl, v);
            assertEquals(want, got[k], 1e-8 * want, "at " + obs[k] + " h");
        }
        double decay = Math.exp(-CL / V * 0.5);
        assertEquals(70.0 / 90 * decay, got[4] / got[3], 1e-8, "the concentration steps with the volume at 36 h");
    }

    /**
     * A column named after an equations parameter sets it from its record on: renal clearance
     * CLr·CRCL/(100 mL/min) beside a non-renal 4 L/h, CRCL 100 then 40 mL/min from 30 h; the elimination rate
     * (CL + CLr·CRCL/100)/V is piecewise constant.
     */
    @Test
    void anEquationsParameterFollowsItsColumn() throws IOException {
        Scenario renal = org.depotkin.engine.EquationScenarios.load(dir, "renal.yaml",
                org.depotkin.engine.EquationScenarios.scenario("renal", org.depotkin.engine.EquationScenarios.bolus(
                        "100 mg"), "3 d",
                "    - {name: drug, CL: 4 L/h, V: 50 L}",
                "  equations:",
                "    parameters: {CLr: 6 L/h, CRCL: 100 mL/min}",
                "    model:",
                "      - d/dt(drug.central) += -CLr * CRCL / (100 [mL/min]) * drug"));
        Path f = dir.resolve("renal.csv");
        Files.write(f, List.of("ID,TIME,AMT,EVID,DV,CRCL", "1,0,100,1,.,100", "1,6,0,0,.,100", "1,24,100,1,.,100",
                "1,29,0,0,.,100", "1,30,0,0,.,40", "1,40,0,0,.,40", "1,70,0,0,.,."));
        double[] got = DatasetSimulation.run(renal, DatasetReader.read(f), ResidualError.NONE, Occasions.NONE, 1)
                .data().records().stream().filter(EventRecord::isObservation).mapToDouble(EventRecord::dv).toArray();
        double[] obs = {6, 29, 30, 40, 70};
        for (int k = 0; k < obs.length; k++) {
            double want = closedForm(obs[k], new double[] {0, 24}, new double[] {0, 30}, new double[] {10, 4 + 6 * 0.4},
                    new double[] {V, V});
            assertEquals(want, got[k], 1e-8 * want, "at " + obs[k] + " h");
        }
    }

    /** Doses at 0 and 24 h on occasion 1, at 48 h on occasion 2: CL and V take each occasion's factor from its dose. */
    @Test
    void clearanceAndVolumeVaryByOccasion() throws IOException {
        Map<String, Double> omegas = new LinkedHashMap<>();
        omegas.put("drug.CL", 0.3);
        omegas.put("drug.V", 0.2);
        long seed = 11;
        double[] obs = {1, 25, 47, 49, 60};
        double[] got = simulate(List.of("ID,TIME,AMT,EVID,DV,OCC", "1,0,100,1,.,1", "1,1,0,0,.,1", "1,24,100,1,.,1",
                "1,25,0,0,.,1", "1,47,0,0,.,1", "1,48,100,1,.,2", "1,49,0,0,.,2", "1,60,0,0,.,2"),
                new Occasions(omegas, "OCC"), seed);
        SplittableRandom iov = new SplittableRandom(seed).split().split();
        double[] cl = new double[2];
        double[] v = new double[2];
        for (int k = 0; k < 2; k++) {
            cl[k] = CL * Math.exp(0.3 * iov.nextGaussian());
            v[k] = V * Math.exp(0.2 * iov.nextGaussian());
        }
        for (int k = 0; k < obs.length; k++) {
            double want = closedForm(obs[k], new double[] {0, 24, 48}, new double[] {0, 48}, cl, v);
            assertEquals(want, got[k], 1e-8 * want, "at " + obs[k] + " h");
        }
        assertTrue(Math.abs(cl[1] / cl[0] - 1) > 0.05, "the draws matter");
    }
}
