package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.io.dataset.DatasetWriter;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Regimen;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 12 item 3: 50 subjects of a NONMEM-style dataset (oral doses with ADDL/II, steady
 * state, IV infusions and boluses, body weight) simulated by depotkin equal the same subjects written
 * as separate scenarios, built here by hand from the model records (weight scaling written out, ADDL
 * as a repeated schedule, steady state as 60 explicit earlier doses on a shifted clock); the exported
 * file reads back to the same records.
 */
class DatasetRoundTripTest {
    private static final Scenario BASE = ModelFiles.scenario(Path.of("models", "oral-50mg-by-weight.yaml"));
    private static final int SUBJECTS = 50;
    private static final int STEADY_DOSES = 60;

    @TempDir
    Path dir;

    /** One subject: its dataset lines and the scenario that should give the same observations. */
    private record Subject(List<String> lines, Scenario expected, double shift, double[] times) {
    }

    @Test
    void fiftySubjectsEqualTheirOwnScenarios() throws IOException {
        List<Subject> subjects = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(12);
        for (int i = 1; i <= SUBJECTS; i++) {
            subjects.add(subject(i, 50 + 50 * rng.nextDouble()));
        }
        Path file = dir.resolve("events.csv");
        List<String> lines = new ArrayList<>(List.of("ID,TIME,AMT,RATE,EVID,CMT,II,ADDL,SS,DV,MDV,WT"));
        subjects.forEach(s -> lines.addAll(s.lines()));
        Files.write(file, lines);
        Dataset data = DatasetReader.read(file);
        Dataset simulated = DatasetSimulation.run(BASE, data, ResidualError.NONE, Occasions.NONE, 1).data();

        int observations = 0;
        double worst = 0;
        for (int i = 0; i < SUBJECTS; i++) {
            Subject s = subjects.get(i);
            Trajectory tr = CompiledModel.compile(s.expected()).simulate();
            List<EventRecord> obs = simulated.subjects().get(Integer.toString(i + 1)).stream()
                    .filter(EventRecord::isObservation).toList();
            assertEquals(s.times().length, obs.size());
            for (int k = 0; k < obs.size(); k++) {
                double want = tr.concentration("naltrexone", s.times()[k] + s.shift());
                double got = obs.get(k).dv();
                assertTrue(want > 0.01, "subject " + (i + 1) + " at " + s.times()[k] + " h: " + want);
                worst = Math.max(worst, Math.abs(got - want) / want);
                observations++;
            }
        }
        assertEquals(SUBJECTS * 4, observations);
        assertTrue(worst <= 1e-8, "worst relative difference " + worst);

        Path out = dir.resolve("simulated.csv");
        DatasetWriter.write(out, List.of("test"), simulated);
        Dataset back = DatasetReader.read(out);
        assertEquals(withoutLines(simulated.records()), withoutLines(back.records()));
        Path again = dir.resolve("again.csv");
        DatasetWriter.write(again, List.of("test"), back);
        assertEquals(Files.readString(out), Files.readString(again));
    }

    /**
     * With between-subject variability, subject k of the file is virtual subject k of the scenario's
     * population (its etas; the dataset gives the doses): the same factors applied by hand give the same
     * observations, and the subjects differ.
     */
    @Test
    void betweenSubjectVariabilityDrawsThePopulationsSubjects() throws IOException {
        Scenario base = ModelFiles.scenario(Path.of("models", "population-oral-adherence.yaml"));
        Path file = dir.resolve("iiv.csv");
        List<String> lines = new ArrayList<>(List.of("ID,TIME,AMT,EVID,DV"));
        double[] times = {1, 4, 12};
        for (int id = 1; id <= 3; id++) {
            lines.add(id + ",0,50,1,.");
            for (double t : times) {
                lines.add(id + "," + t + ",0,0,.");
            }
        }
        Files.write(file, lines);
        long seed = 11;
        Dataset simulated = DatasetSimulation.run(base, DatasetReader.read(file), ResidualError.NONE, Occasions.NONE,
                seed, true).data();
        org.depotkin.model.Population p = base.population();
        org.depotkin.population.SubjectSampler sampler = new org.depotkin.population.SubjectSampler(base,
                new org.depotkin.model.Population(1, p.etas(), p.correlation(), null, List.of(), null), seed);
        double[] first = new double[3];
        for (int k = 0; k < 3; k++) {
            java.util.Map<String, Double> factors = sampler.draw(k).factors();
            assertEquals(java.util.Set.of("naltrexone.CL", "naltrexone.V", "oral.ka"), factors.keySet());
            Scenario own = ParameterSpace.of(base).scaled(base, "subject", factors, "test");
            Scenario dosed = new Scenario("s", "by hand", own.compound(), List.of(new Administration(
                    own.administrations().get(0).formulation(), new Regimen(List.of(new Schedule.Single(0, 50))))),
                    List.of(), 12, 1, base.solver());
            Trajectory tr = CompiledModel.compile(dosed).simulate();
            List<EventRecord> obs = simulated.subjects().get(Integer.toString(k + 1)).stream()
                    .filter(EventRecord::isObservation).toList();
            for (int i = 0; i < times.length; i++) {
                double want = tr.concentration("naltrexone", times[i]);
                assertEquals(want, obs.get(i).dv(), 1e-8 * want);
            }
            first[k] = obs.get(0).dv();
        }
        assertTrue(first[0] != first[1] && first[1] != first[2], java.util.Arrays.toString(first));
    }

    /**
     * Subject i of four kinds: oral 50 mg with ADDL 6 every 24 h; an IV infusion (RATE) into CMT 2 and an
     * oral dose; oral at steady state (SS 1, II 24) with ADDL 2; an IV bolus into CMT 2 then oral with ADDL.
     */
    private static Subject subject(int i, double wt) {
        String w = String.format(Locale.ROOT, "%.3f", wt);
        double weight = Double.parseDouble(w);
        Compound c = scaled(BASE.compound(), weight);
        Formulation oral = BASE.administrations().get(0).formulation();
        double bf = oral.baseFraction();
        List<String> l = new ArrayList<>();
        List<Administration> adms = new ArrayList<>();
        double shift = 0;
        double[] times;
        switch (i % 4) {
            case 0 -> {
                l.add(i + ",0,50,0,1,1,24,6,0,.,1," + w);
                times = new double[] {1, 24, 30.5, 168};
                adms.add(new Administration(oral, new Regimen(List.of(new Schedule.Repeated(0, 24, 7, 50)))));
            }
            case 1 -> {
                l.add(i + ",0,20,8,1,2,0,0,0,.,1," + w);
                l.add(i + ",12,50,0,1,depot,0,0,0,.,1," + w);
                times = new double[] {1, 2.5, 14, 30};
                adms.add(new Administration(new Formulation.IvInfusion(2.5, bf),
                        new Regimen(List.of(new Schedule.Single(0, 20)))));
                adms.add(new Administration(oral, new Regimen(List.of(new Schedule.Single(12, 50)))));
            }
            case 2 -> {
                l.add(i + ",72,50,0,1,1,24,2,1,.,1," + w);
                times = new double[] {73, 96, 110, 150};
                shift = STEADY_DOSES * 24.0 - 72;
                adms.add(new Administration(oral, new Regimen(List.of(
                        new Schedule.Repeated(0, 24, STEADY_DOSES + 3, 50)))));
            }
            default -> {
                l.add(i + ",0,5,0,1,central,0,0,0,.,1," + w);
                l.add(i + ",6,100,0,1,1,12,3,0,.,1," + w);
                times = new double[] {0.5, 6, 20, 48};
                adms.add(new Administration(new Formulation.IvBolus(bf),
                        new Regimen(List.of(new Schedule.Single(0, 5)))));
                adms.add(new Administration(oral, new Regimen(List.of(new Schedule.Repeated(6, 12, 4, 100)))));
            }
        }
        for (double t : times) {
            l.add(i + "," + t + ",.,.,0,2,.,.,.,.,0,.");
        }
        l.sort(java.util.Comparator.comparingDouble(line -> Double.parseDouble(line.split(",")[1])));
        Scenario expected = new Scenario("subject-" + i, "by hand", c, adms, List.of(), times[3] + shift, 1,
                BASE.solver());
        return new Subject(l, expected, shift, times);
    }

    /** CL and Q × (WT/70)^0.75, volumes × WT/70, written out for each compartment. */
    private static Compound scaled(Compound c, double wt) {
        double v = wt / 70;
        double cl = Math.pow(v, 0.75);
        List<Analyte> out = new ArrayList<>();
        for (Analyte a : c.analytes()) {
            Disposition d = a.disposition();
            List<Peripheral> ps = d.peripherals().stream().map(p -> new Peripheral(p.clearance() * cl, p.volume() * v))
                    .toList();
            out.add(new Analyte(a.name(), a.molarMass(), new Disposition(d.clearance() * cl, d.centralVolume() * v, ps),
                    a.formedFrom(), a.fm(), a.binding()));
        }
        return new Compound(c.name(), out, c.source());
    }

    private static List<EventRecord> withoutLines(List<EventRecord> records) {
        return records.stream().map(r -> new EventRecord(0, r.id(), r.time(), r.evid(), r.amount(), r.rate(), r.cmt(),
                r.interval(), r.additional(), r.steadyState(), r.dv(), r.mdv(), r.covariates())).toList();
    }
}
