package org.depotkin.cli;

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
import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Criteria on the outputs of an equations block: {@code biomarker >= 12 ng/mL} (a concentration output) and
 * {@code inhibition >= 50 %} (an output in %); the time each is met, from the run's crossings, against a count of
 * 0.01 h samples of the dense solution; a level of the wrong kind is one located line.
 */
class EquationCriteriaTest {
    @TempDir
    Path dir;

    private Path scenario(String criteria) throws IOException {
        for (String f : new String[] {"mm-indirect-response.yaml", "mm-drug.yaml"}) {
            Files.copy(Path.of("models", "equations", f), dir.resolve(f));
        }
        Path s = dir.resolve("mm-indirect-response.yaml");
        Files.writeString(s, Files.readString(s).replaceFirst("(?m)^criteria: .*$", "criteria: " + criteria));
        return s;
    }

    @Test
    void outputsOfTheEquationsCanBeCriteria() throws IOException {
        Scenario s = ModelFiles.scenario(scenario("[\"biomarker >= 12 ng/mL\", \"inhibition >= 50 %\"]"));
        assertEquals(List.of("biomarker >= 12 ng/mL", "inhibition >= 50 %"),
                s.criteria().stream().map(Criterion::describe).toList());
        CompiledModel m = CompiledModel.compile(s);
        Trajectory tr = m.simulate();
        for (Criterion c : s.criteria()) {
            Output out = m.output(c);
            double level = m.level(c);
            assertEquals(c instanceof Criterion.Level ? 50 : 12, level, 1e-12, c.describe() + " in the output's unit");
            double above = tr.timeAbove(out, level);
            double dt = 0.01;
            int count = 0;
            for (double t = dt / 2; t < s.duration(); t += dt) {
                count += tr.value(out, t) >= level ? 1 : 0;
            }
            int crossings = tr.crossings(out, level).size();
            assertTrue(crossings >= 2, c.describe() + ": crossings " + crossings);
            assertEquals(count * dt, above, (crossings + 1) * dt, c.describe() + ": hours met");
        }
    }

    @Test
    void aLevelOfTheWrongKindIsOneLocatedLine() throws IOException {
        Path s = scenario("[\"inhibition >= 50 h\"]");
        CliTest.Result r = CliTest.run("simulate", s.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("depotkin: " + s + ":") && r.err().strip().lines().count() == 1, r.err());
        assertTrue(r.err().contains("inhibition") && r.err().contains("%"), r.err());
    }
}
