package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.EquationScenarios;
import org.depotkin.engine.SolverException;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equations mangled at random (characters deleted, inserted or replaced by ones the language uses) either load
 * and run (or stop with a solver error that names the equations), or are rejected with one located line; never an
 * internal error, never code that does not compile.
 */
class EquationFuzzTest {
    private static final String ALPHABET = "()+-*/^,<>=[]`. abCkt0123e_";
    private static final String[] LINES = {
        "C = drug",
        "d/dt(drug.central) += -Vmax * C / (Km + C)",
        "E = if C > 2 [mg/L] and not t < 24 [h] then min(C / Km, 1) else max(0, exp(-t / 10 [h]))",
        "R(0) = kin / kout",
        "d/dt(R) = kin * (1 - E) - kout * R",
        "output biomarker [ng/mL] = R",
        "output ratio = (C / Km)^2 + sqrt(C / Km) + pow(C / Km, 1.5) + log(1 + abs(C - Km) / Km)",
    };

    @TempDir
    Path dir;

    @Test
    void mangledEquationsLoadOrFailOnOneLocatedLine() throws IOException {
        SplittableRandom rng = new SplittableRandom(12);
        int loaded = 0;
        int rejected = 0;
        for (int k = 0; k < 300; k++) {
            StringBuilder model = new StringBuilder();
            for (String line : LINES) {
                String mangled = rng.nextInt(6) == 0 ? mangle(line, rng) : line;
                model.append("      - \"").append(mangled.replace("\\", "").replace("\"", "")).append("\"\n");
            }
            String text = EquationScenarios.scenario("fuzz", EquationScenarios.bolus("100 mg"), "1 d",
                    "    - {name: drug, CL: 10 L/h, V: 50 L}",
                    "  equations:",
                    "    parameters: {Vmax: 20 mg/h, Km: 5 mg/L, kin: 2 ng/mL/h, kout: 0.1 /h}",
                    "    model:",
                    model.toString().stripTrailing());
            Path f = dir.resolve("fuzz" + k + ".yaml");
            Files.writeString(f, text);
            try {
                Scenario s = ModelFiles.scenario(f);
                try {
                    CompiledModel.compile(s).simulate();
                } catch (SolverException e) {
                    assertTrue(e.getMessage().contains("equations"), e.getMessage());
                }
                loaded++;
            } catch (ModelFileException e) {
                String msg = e.getMessage();
                assertFalse(msg.contains("\n"), msg);
                assertTrue(msg.startsWith(f + ":") && e.location().line() >= 9 && e.location().line() <= 15,
                        "located in the equations: " + msg + "\n" + text);
                rejected++;
            }
        }
        System.out.printf("equation fuzz: %d loaded and ran, %d rejected with a located line%n", loaded, rejected);
        assertTrue(loaded > 20 && rejected > 20, loaded + " loaded, " + rejected + " rejected");
    }

    private static String mangle(String line, SplittableRandom rng) {
        StringBuilder s = new StringBuilder(line);
        for (int edits = 1 + rng.nextInt(3); edits > 0; edits--) {
            int at = rng.nextInt(s.length() + 1);
            char c = ALPHABET.charAt(rng.nextInt(ALPHABET.length()));
            switch (rng.nextInt(3)) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
            }
        }
        return s.toString();
    }
}
