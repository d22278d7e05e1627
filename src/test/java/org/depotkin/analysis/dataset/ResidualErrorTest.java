package org.depotkin.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Residual error models on 2000 simulated observations of one subject (oral 50 mg daily, sampled
 * every 0.5 h for 6 weeks): each model's standardised residual has mean 0 and SD 1 within four
 * standard errors (seeded, so the numbers are fixed).
 */
class ResidualErrorTest {
    private static final Scenario BASE = ModelFiles.scenario(Path.of("models", "oral-50mg-daily.yaml"));
    private static final int N = 2000;

    @TempDir
    Path dir;

    private Dataset events() throws IOException {
        List<String> lines = new ArrayList<>(List.of("ID,TIME,AMT,EVID,II,ADDL,DV", "1,0,50,1,24,60,."));
        for (int k = 1; k <= N; k++) {
            lines.add("1," + 0.5 * k + ",0,0,0,0,.");
        }
        Path f = dir.resolve("events.csv");
        Files.write(f, lines);
        return DatasetReader.read(f);
    }

    private static double[] dv(Dataset d) {
        return d.records().stream().filter(EventRecord::isObservation).mapToDouble(EventRecord::dv).toArray();
    }

    @ParameterizedTest
    @CsvSource({"additive:0.5", "proportional:0.2", "'combined:0.3,0.15'", "log-normal:0.25"})
    void standardisedResidualsAreStandardNormal(String model) throws IOException {
        ResidualError e = ResidualError.parse(model);
        Dataset data = events();
        double[] f = dv(DatasetSimulation.run(BASE, data, ResidualError.NONE, Occasions.NONE, 7).data());
        double[] y = dv(DatasetSimulation.run(BASE, data, e, Occasions.NONE, 7).data());
        DoubleBinaryOperator z = switch (e.model()) {
            case "additive" -> (yi, fi) -> (yi - fi) / e.a();
            case "proportional" -> (yi, fi) -> (yi / fi - 1) / e.b();
            case "combined" -> (yi, fi) -> (yi - fi) / Math.sqrt(e.a() * e.a() + e.b() * e.b() * fi * fi);
            default -> (yi, fi) -> Math.log(yi / fi) / e.a();
        };
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < N; i++) {
            assertTrue(f[i] > 0);
            double zi = z.applyAsDouble(y[i], f[i]);
            sum += zi;
            sq += zi * zi;
        }
        double mean = sum / N;
        double sd = Math.sqrt(sq / N - mean * mean);
        assertEquals(0, mean, 4 / Math.sqrt(N), "mean of standardised residuals");
        assertEquals(1, sd, 4 / Math.sqrt(2.0 * N), "SD of standardised residuals");
    }

    @Test
    void theSameSeedGivesTheSameObservationsAndAnotherSeedOthers() throws IOException {
        Dataset data = events();
        ResidualError e = ResidualError.parse("proportional:0.2");
        double[] a = dv(DatasetSimulation.run(BASE, data, e, Occasions.NONE, 3).data());
        double[] b = dv(DatasetSimulation.run(BASE, data, e, Occasions.NONE, 3).data());
        double[] c = dv(DatasetSimulation.run(BASE, data, e, Occasions.NONE, 4).data());
        assertEquals(a[17], b[17]);
        assertNotEquals(a[17], c[17]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"gaussian:0.2", "additive", "combined:0.1", "proportional:x", "additive:-1"})
    void badSpecificationsAreRefused(String text) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> ResidualError.parse(text));
        assertTrue(x.getMessage().contains(text.contains("-1") ? ">= 0" : "expected additive:SD"), x.getMessage());
    }

    @Test
    void formulasOfEachModel() {
        assertEquals(12.5, ResidualError.parse("additive:0.5").observe(12, 1), 1e-15);
        assertEquals(12 * 1.2, ResidualError.parse("proportional:0.2").observe(12, 1), 1e-15);
        assertEquals(12 - 5, ResidualError.parse("combined:3,0.333333333333333333").observe(12, -1), 1e-12);
        assertEquals(12 * Math.exp(-0.5), ResidualError.parse("log-normal:0.25").observe(12, -2), 1e-15);
        assertEquals(12, ResidualError.NONE.observe(12, 3));
    }
}
