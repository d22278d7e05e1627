package org.depotkin.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameters of a compound's equations block are parameters like any other ({@code --set}, population
 * variability, fits, design): {@code equations.Vmax} × 2 gives the same run as the model file written with twice
 * the value.
 */
class EquationParametersTest {
    @TempDir
    Path tmp;

    @Test
    void scalingAnEquationParameterEqualsWritingItInTheFile() throws IOException {
        Path dir = Path.of("models", "equations");
        Scenario s = ModelFiles.scenario(dir.resolve("mm-indirect-response.yaml"));
        assertTrue(ParameterSpace.of(s).names().contains("equations.Vmax"), ParameterSpace.of(s).names().toString());
        assertEquals(20, ParameterSpace.of(s).value("equations.Vmax"), 1e-12);
        assertEquals("mg/h", ParameterSpace.of(s).unit("equations.Vmax"));
        Scenario scaled = ParameterSpace.of(s).scaled(s, s.name(), Map.of("equations.Vmax", 2.0), "test");
        for (String f : new String[] {"mm-indirect-response.yaml", "mm-drug.yaml"}) {
            Files.copy(dir.resolve(f), tmp.resolve(f));
        }
        Path compound = tmp.resolve("mm-drug.yaml");
        String text = Files.readString(compound);
        assertTrue(text.contains("Vmax: {value: 20 mg/h"), "the example's Vmax line");
        Files.writeString(compound, text.replace("Vmax: {value: 20 mg/h", "Vmax: {value: 40 mg/h"));
        Scenario written = ModelFiles.scenario(tmp.resolve("mm-indirect-response.yaml"));
        Trajectory a = CompiledModel.compile(scaled).simulate();
        Trajectory b = CompiledModel.compile(written).simulate();
        Trajectory typical = CompiledModel.compile(s).simulate();
        for (String out : new String[] {"mmdrug", "biomarker"}) {
            for (double t = 0; t <= s.duration(); t += 7) {
                assertEquals(b.value(out, t), a.value(out, t), 1e-12 * Math.max(1, Math.abs(b.value(out, t))),
                        out + " at " + t + " h");
            }
        }
        assertTrue(a.value("mmdrug", 100) < 0.9 * typical.value("mmdrug", 100), "a faster saturable pathway");
    }
}
