package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.depotkin.analysis.PlasmaFit;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fits by subject and pooled on noise-free data simulated from the scenario itself: starting 30 % off,
 * every fit recovers the true values (each subject its weight-scaled CL; the pool the typical CL).
 */
class PooledFitTest {
    private static final Scenario TRUTH = ModelFiles.scenario(Path.of("models", "oral-50mg-by-weight.yaml"));
    private static final double[] WEIGHTS = {55, 70, 96};

    @TempDir
    Path dir;

    @Test
    void subjectsAndPoolRecoverTheTruth() throws IOException {
        List<String> lines = new ArrayList<>(List.of("ID,TIME,AMT,EVID,II,ADDL,DV,WT"));
        for (int id = 0; id < WEIGHTS.length; id++) {
            lines.add((id + 1) + ",0,50,1,24,1,.," + WEIGHTS[id]);
            for (double t : new double[] {0.5, 1, 2, 4, 8, 24.5, 26, 30, 48}) {
                lines.add((id + 1) + "," + t + ",0,0,0,0,.,.");
            }
        }
        Path events = dir.resolve("events.csv");
        Files.write(events, lines);
        Dataset simulated = DatasetSimulation.run(TRUTH, DatasetReader.read(events), ResidualError.NONE,
                Occasions.NONE, 1).data();
        Scenario off = ParameterSpace.of(TRUTH).scaled(TRUTH, TRUTH.name(), Map.of("naltrexone.CL", 1.3, "oral.ka", 0.7),
                "test");
        Scenario start = new Scenario(off.name(), off.description(), off.compound(), off.administrations(),
                off.criteria(), off.duration(), off.outputStep(), off.solver(), TRUTH.population());
        List<DatasetSimulation.ObservedSubject> subjects = DatasetSimulation.observed(start, simulated);
        List<String> free = List.of("naltrexone.CL", "oral.ka");
        double cl = ParameterSpace.of(TRUTH).value("naltrexone.CL");
        for (int i = 0; i < subjects.size(); i++) {
            PlasmaFit.Result r = PlasmaFit.fit(subjects.get(i).scenario(), subjects.get(i).observations(), free,
                    PlasmaFit.Weighting.LOG);
            assertEquals(cl * Math.pow(WEIGHTS[i] / 70, 0.75), r.estimates()[0], 1e-6 * cl, "subject " + (i + 1));
            assertEquals(1.31, r.estimates()[1], 1e-6, "subject " + (i + 1));
        }
        PlasmaFit.Result pooled = PlasmaFit.fitPooled(start, subjects.stream()
                .map(x -> new PlasmaFit.Group(x.scenario(), x.observations())).toList(), free, PlasmaFit.Weighting.LOG);
        assertEquals(cl, pooled.estimates()[0], 1e-6 * cl);
        assertEquals(1.31, pooled.estimates()[1], 1e-6);
        assertEquals(WEIGHTS.length * 9, pooled.fit().observations());
    }
}
