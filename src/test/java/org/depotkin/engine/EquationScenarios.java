package org.depotkin.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Scenario;

/** Scenario files with an inline compound {@code drug}, for the tests of equations blocks. */
public final class EquationScenarios {
    private EquationScenarios() {
    }

    /**
     * The text of a scenario: lines 1-4 its name and the compound's head, then {@code compound} (the analytes'
     * and the equations' lines, indented as under {@code compound:}), then {@code dosing} and the duration.
     */
    public static String scenario(String name, String dosing, String duration, String... compound) {
        List<String> lines = new ArrayList<>(List.of("scenario: " + name, "compound:", "  compound: drug", "  analytes:"));
        lines.addAll(List.of(compound));
        lines.add(dosing);
        lines.add("duration: " + duration);
        lines.add("");
        return String.join("\n", lines);
    }

    /** The dosing lines of one IV bolus at time 0. */
    public static String bolus(String dose) {
        return "formulation: {route: iv-bolus}\nregimen: {doses: [{at: 0 h, dose: " + dose + "}]}";
    }

    /** Writes the text to {@code dir/file} and returns that path. */
    public static Path write(Path dir, String file, String text) throws IOException {
        return Files.writeString(dir.resolve(file), text);
    }

    /** Writes the text to {@code dir/file} and loads the scenario. */
    public static Scenario load(Path dir, String file, String text) throws IOException {
        return ModelFiles.scenario(write(dir, file, text));
    }
}
