package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.Administration;
import org.depotkin.model.Formulation;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steady state (SS 1 and 2 with II) against explicit schedules: the trough of a steady-state dose
 * equals the trough after the 50th dose of the same dose every II, for every output (both analytes'
 * concentrations and the nonlinear kinetic occupancy), to 1e-9.
 */
class SteadyStateTest {
    @TempDir
    Path dir;

    private Dataset data(String... lines) throws IOException {
        Path f = dir.resolve("ss.csv");
        Files.write(f, List.of(lines));
        return DatasetReader.read(f);
    }

    private static Scenario scenario(String model) {
        return ModelFiles.scenario(Path.of("models", model + ".yaml"));
    }

    /** One cell per output name, observed at time t after a steady-state dose at 0. */
    private double[] steadyState(Scenario s, String dose, double t, List<String> outputs) throws IOException {
        String[] lines = new String[outputs.size() + 2];
        lines[0] = "ID,TIME,AMT,RATE,EVID,CMT,II,SS,DV";
        lines[1] = dose;
        for (int k = 0; k < outputs.size(); k++) {
            lines[k + 2] = "1," + t + ",.,.,0," + outputs.get(k) + ",.,.,.";
        }
        List<EventRecord> obs = DatasetSimulation.run(s, data(lines), ResidualError.NONE, Occasions.NONE, 1).data()
                .records().stream().filter(EventRecord::isObservation).toList();
        return obs.stream().mapToDouble(EventRecord::dv).toArray();
    }

    /**
     * The concentrations after 50 doses are at steady state to 1e-9 for both formulations; so are the
     * occupancies after XR-NTX. After 50 daily oral doses naltrexone's own share of the occupancy is
     * still 2e-6 (relative) from its steady state (6β-naltrexol displaces it slowly), so the occupancies of the
     * oral regimen are compared with the trough after 200 doses.
     */
    @ParameterizedTest
    @CsvSource({"oral-50mg-daily, 50, 24, 50, CONCENTRATION", "oral-50mg-daily, 50, 24, 200, OCCUPANCY",
        "xrntx-380mg-q4w, 380, 672, 50, CONCENTRATION|OCCUPANCY"})
    void steadyStateTroughIsTheExplicitTrough(String model, double amount, double interval, int doses, String kinds)
            throws IOException {
        Scenario s = scenario(model);
        Formulation f = s.administrations().get(0).formulation();
        Scenario explicit = new Scenario(model, doses + " doses", s.compound(), List.of(new Administration(f,
                new Regimen(List.of(new Schedule.Repeated(0, interval, doses, amount))))), List.of(),
                doses * interval, interval, s.solver());
        Trajectory tr = CompiledModel.compile(explicit).simulate();
        List<String> outputs = tr.model().outputs().stream().filter(o -> kinds.contains(o.kind().name()))
                .map(Output::name).toList();
        assertTrue(outputs.size() >= 2, "outputs compared: " + outputs);
        double[] ss = steadyState(s, "1,0," + amount + ",0,1,1," + interval + ",1,.", interval, outputs);
        for (int k = 0; k < outputs.size(); k++) {
            double want = tr.valueBefore(tr.output(outputs.get(k)), doses * interval);
            assertEquals(want, ss[k], 1e-9 * Math.abs(want), outputs.get(k));
        }
    }

    @ParameterizedTest
    @CsvSource({"8, 24", "48, 24"})
    void infusionAtSteadyStateIsTheFiftiethInfusion(double duration, double interval) throws IOException {
        Scenario s = scenario("oral-50mg-daily");
        double bf = s.administrations().get(0).formulation().baseFraction();
        Scenario explicit = new Scenario("infusion", "50 infusions", s.compound(), List.of(new Administration(
                new Formulation.IvInfusion(duration, bf), new Regimen(List.of(
                        new Schedule.Repeated(0, interval, 50, 10))))), List.of(), 50 * interval, interval, s.solver());
        Trajectory tr = CompiledModel.compile(explicit).simulate();
        double rate = 10 / duration;
        double[] ss = steadyState(s, "1,0,10," + rate + ",1,2," + interval + ",1,.", interval, List.of("naltrexone"));
        double want = tr.valueBefore(tr.output("naltrexone"), 50 * interval);
        assertEquals(want, ss[0], 1e-9 * want);
    }

    /** SS 2 adds the steady state to what is there: a bolus at 99 h plus oral at steady state from 100 h (superposition). */
    @ParameterizedTest
    @CsvSource({"101", "110"})
    void steadyStateTwoAddsToTheCurrentState(double t) throws IOException {
        Scenario s = scenario("oral-50mg-daily");
        double both = steadyState(s, "1,99,10,0,1,2,0,0,.\n1,100,50,0,1,1,24,2,.", t, List.of("naltrexone"))[0];
        double ssAlone = steadyState(s, "1,100,50,0,1,1,24,1,.", t, List.of("naltrexone"))[0];
        double bf = s.administrations().get(0).formulation().baseFraction();
        Scenario bolus = new Scenario("bolus", "bolus", s.compound(), List.of(new Administration(
                new Formulation.IvBolus(bf), new Regimen(List.of(new Schedule.Single(99, 10))))), List.of(), t, 1,
                s.solver());
        double bolusAlone = CompiledModel.compile(bolus).simulate().concentration("naltrexone", t);
        assertTrue(bolusAlone > 1e-3 * ssAlone, "the bolus still counts at " + t + " h: " + bolusAlone);
        assertEquals(bolusAlone + ssAlone, both, 1e-9 * both);
    }
}
