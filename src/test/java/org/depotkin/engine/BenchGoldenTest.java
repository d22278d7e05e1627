package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;
import org.depotkin.model.SolverSettings;
import org.depotkin.release.FirstOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** W1 and W2 against the 30-digit golden values of docs/workloads.md §5 (golden.json). */
class BenchGoldenTest {

    static JsonNode golden() throws IOException {
        try (InputStream in = BenchGoldenTest.class.getResourceAsStream("/bench/golden.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The bench model built in Java, or loaded from the bundled model file. */
    static Scenario scenario(String id, SolverSettings s, boolean fromFile) {
        if (fromFile) {
            return ModelFiles.scenario(Path.of("models", id.equals("W1") ? "bench-w1.yaml" : "bench-w2.yaml"))
                    .with(4320, 1, s);
        }
        return id.equals("W1") ? BenchScenarios.w1(s) : BenchScenarios.w2(s, new FirstOrder(0.0008));
    }

    static Scenario scenario(String id, SolverSettings s) {
        return scenario(id, s, false);
    }

    @ParameterizedTest(name = "{0} at rtol {1} (model file: {4}): max relative error <= {3}")
    @CsvSource({"W1, 1e-8, 1e-10, 1e-6, false", "W2, 1e-8, 1e-10, 1e-6, false", "W1, 1e-12, 1e-16, 1e-9, false",
        "W2, 1e-12, 1e-16, 1e-9, false", "W1, 1e-8, 1e-10, 1e-6, true", "W2, 1e-8, 1e-10, 1e-6, true"})
    void goldenValues(String id, double rtol, double atol, double bound, boolean fromFile) throws IOException {
        JsonNode g = golden().get(id);
        Trajectory tr = CompiledModel.compile(scenario(id, new SolverSettings(rtol, atol), fromFile)).simulate();
        String[] outputs = {"Cp", "Cm", "occupancy"};
        double worst = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = g.get("at").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double t = Double.parseDouble(e.getKey());
            for (int k = 0; k < 3; k++) {
                double expected = Double.parseDouble(e.getValue().get(k).asText());
                double actual = tr.value(outputs[k], t);
                worst = Math.max(worst, Math.abs(actual / expected - 1));
            }
        }
        String[] sums = {"sumCp", "sumCm", "sumRO"};
        for (int k = 0; k < 3; k++) {
            double sum = 0;
            for (int t = 0; t <= 4320; t++) {
                sum += tr.value(outputs[k], t);
            }
            worst = Math.max(worst, Math.abs(sum / Double.parseDouble(g.get(sums[k]).asText()) - 1));
        }
        System.out.printf("%s rtol %.0e%s: max relative error %.3e%n", id, rtol, fromFile ? " (model file)" : "",
                worst);
        assertTrue(worst <= bound, id + " max relative error " + worst);
    }

    @ParameterizedTest
    @CsvSource({"W1", "W2"})
    void massBalanceHolds(String id) {
        Trajectory tr = CompiledModel.compile(scenario(id, SolverSettings.DEFAULT)).simulate();
        for (double t : new double[] {0, 1, 24.5, 700, 4320}) {
            var mb = tr.massBalance(t);
            double scale = id.equals("W2") ? 1000 : 50;
            assertEquals(0, mb.bodyError(), 1e-9 * scale, "body balance at " + t);
            assertEquals(0, mb.depotError(), 1e-9 * scale, "depot balance at " + t);
        }
    }
}
