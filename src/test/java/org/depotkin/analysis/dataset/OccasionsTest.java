package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.depotkin.engine.CompiledModel;
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
 * Between-occasion variability: each occasion's doses are absorbed with ka·exp(κ), κ drawn once per
 * occasion from the subject's IOV stream. The expected curve is built by hand: one oral formulation per
 * occasion with its own ka.
 */
class OccasionsTest {
    private static final Scenario BASE = ModelFiles.scenario(Path.of("models", "oral-50mg-daily.yaml"));
    private static final double OMEGA = 0.4;

    @TempDir
    Path dir;

    /** Three doses at 0, 24, 48 h; occasions by OCC (1, 1, 2) or by dose (1, 2, 3). */
    @ParameterizedTest
    @CsvSource({"OCC, 0, 0, 1", "dose, 0, 1, 2"})
    void eachOccasionHasItsOwnAbsorption(String column, int first, int second, int third) throws IOException {
        Path f = dir.resolve("iov.csv");
        Files.write(f, List.of("ID,TIME,AMT,EVID,DV,OCC", "1,0,50,1,.,1", "1,1,0,0,.,1", "1,24,50,1,.,1",
                "1,25,0,0,.,1", "1,48,50,1,.,2", "1,49,0,0,.,2", "1,50.5,0,0,.,2"));
        Dataset data = DatasetReader.read(f);
        long seed = 5;
        double[] got = DatasetSimulation.run(BASE, data, ResidualError.NONE, new Occasions(Map.of("oral.ka", OMEGA),
                column), seed).data().records().stream().filter(EventRecord::isObservation)
                .mapToDouble(EventRecord::dv).toArray();

        SplittableRandom subject = new SplittableRandom(seed).split();
        SplittableRandom iov = subject.split();
        double[] factor = new double[3];
        for (int k = 0; k <= Math.max(second, third); k++) {
            factor[k] = Math.exp(OMEGA * iov.nextGaussian());
        }
        Formulation.Oral oral = (Formulation.Oral) BASE.administrations().get(0).formulation();
        int[] occasion = {first, second, third};
        List<Administration> adms = new java.util.ArrayList<>();
        for (int d = 0; d < 3; d++) {
            Formulation.Oral own = new Formulation.Oral(oral.lag(), oral.ka() * factor[occasion[d]],
                    oral.bioavailability(), oral.firstPassFraction(), oral.firstPassTo(), oral.baseFraction());
            adms.add(new Administration(own, new Regimen(List.of(new Schedule.Single(24.0 * d, 50)))));
        }
        Trajectory tr = CompiledModel.compile(new Scenario("iov", "by hand", BASE.compound(), adms, List.of(), 51, 1,
                BASE.solver())).simulate();
        double[] times = {1, 25, 49, 50.5};
        for (int k = 0; k < times.length; k++) {
            double want = tr.concentration("naltrexone", times[k]);
            assertEquals(want, got[k], 1e-8 * want, "at " + times[k] + " h");
        }
        assertTrue(Math.abs(factor[0] - 1) > 0.01 && Math.abs(factor[1] - 1) > 0.01, "the draws matter");
    }
}
