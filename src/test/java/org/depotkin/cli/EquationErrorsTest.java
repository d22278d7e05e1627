package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of mistake in an equations block is found when the file loads: {@code depotkin simulate} prints
 * one line {@code file:line:column: message} pointing at the mistake, exits with 2 and writes nothing. Each case
 * replaces one line of a valid scenario ({@code 22>23}: replaces line 22, the mistake shows at line 23); the
 * expected column is where {@code marker} starts in the reported line ({@code =X}: at its end).
 */
class EquationErrorsTest {
    @TempDir
    Path dir;

    static final String VALID = String.join("\n",
            "scenario: equations",                                        // 1
            "compound:",                                                  // 2
            "  compound: drug",                                           // 3
            "  analytes:",                                                // 4
            "    - name: drug",                                           // 5
            "      CL: 10 L/h",                                           // 6
            "      V: 50 L",                                              // 7
            "      peripheral:",                                          // 8
            "        - {Q: 5 L/h, V: 100 L}",                             // 9
            "  equations:",                                               // 10
            "    parameters:",                                            // 11
            "      Vmax: 20 mg/h",                                        // 12
            "      Km: 5 mg/L",                                           // 13
            "      kin: 2 ng/mL/h",                                       // 14
            "      kout: 0.1 /h",                                         // 15
            "      IC50: 3 mg/L",                                         // 16
            "      gamma: 2",                                             // 17
            "    model:",                                                 // 18
            "      - C = drug",                                           // 19
            "      - d/dt(drug.central) += -Vmax * C / (Km + C)",         // 20
            "      - E = (C / IC50)^gamma / (1 + (C / IC50)^gamma)",      // 21
            "      - R(0) = kin / kout",                                  // 22
            "      - d/dt(R) = kin * (1 - E) - kout * R",                 // 23
            "      - output biomarker = R",                               // 24
            "formulation:",                                               // 25
            "  route: iv-bolus",                                          // 26
            "regimen:",                                                   // 27
            "  doses:",                                                   // 28
            "    - {at: 0 h, dose: 100 mg}",                              // 29
            "duration: 2 d",                                              // 30
            "");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case | line | replacement | marker | message fragment
        "exp of a concentration | 21 | '      - E = exp(C) - 1' | exp | exp() of a concentration",
        "log of an amount | 21 | '      - E = log(drug.central)' | log | log() of a mass",
        "concentration added to an amount | 19 | '      - C = drug + drug.central' | + | cannot add a mass to a concentration",
        "derivative not in the state's unit per time | 23 | '      - d/dt(R) = kin * (1 - E) / kout' | kin | d/dt(R) must be R's unit per time",
        "built-in derivative not in mg/h | 20 | '      - d/dt(drug.central) += -C' | -C | mass rate (e.g. mg/d), got concentration",
        "unknown name | 19 | '      - C = drugg' | drugg | unknown name 'drugg'; did you mean 'drug'?",
        "wrong arity | 21 | '      - E = min(C / IC50)' | min | min() takes two or more arguments, got 1",
        "unknown function | 21 | '      - E = expp(C / IC50)' | expp | unknown function 'expp'; did you mean 'exp'?",
        "comparing mismatched units | 21 | '      - E = if C > 2 then 1 else 0' | > | cannot compare a concentration with a dimensionless number",
        "dimensioned base, parameter exponent | 21 | '      - E = C^gamma / (IC50^gamma + C^gamma)' | ^ | raising a concentration to a power that is not a fixed number",
        "exponent with a unit | 21 | '      - E = (C / IC50)^Km' | Km | an exponent must be a pure number",
        "assigning to a parameter | 21 | '      - Km = 3 [mg/L]' | Km | 'Km' is a parameter",
        "duplicate definition | 21 | '      - C = drug / 2' | C | 'C' is already defined by equation 1",
        "cycle among derived quantities | 19 | '      - C = E * Km' | C | defined in a circle: C -> E -> C",
        "own compartment without a starting value | 22>23 | '      # R(0) removed' | R) | compartment 'R' needs a starting value",
        "'=' on a built-in compartment | 20 | '      - d/dt(drug.central) = -Vmax * C / (Km + C)' | drug.central | has built-in kinetics",
        "if branches of different units | 21 | '      - E = if C > IC50 then 1 else C' | C\" | the two branches of 'if' have different units",
        "min of different units | 21 | '      - E = min(C / IC50, C)' | C) | min() of quantities with different units",
        "starting value that changes | 22 | '      - R(0) = C' | C | R(0) must be a fixed value",
        "output in a unit of another kind | 24 | '      - output biomarker [h] = R' | h] | cannot be reported in 'h'",
        "syntax: missing parenthesis | 21 | '      - E = (C / IC50' | =X | expected ')'",
        "parameter named like a built-in | 17 | '      drug: 2' | drug | 'drug' is built in",
        "number out of range | 21 | '      - E = 1e308 [kg] / 1 [mg]' | 1e308 | number out of range after unit conversion",
        "a condition used as a number | 21 | '      - E = C > IC50' | C > | a condition (true or false) is not a number",
    })
    void locatedOneLineExitTwo(String name, String where, String replacement, String marker, String fragment)
            throws IOException {
        String[] lines = VALID.split("\n", -1);
        String[] replacedAndReported = where.split(">");
        lines[Integer.parseInt(replacedAndReported[0]) - 1] = replacement;
        int line = Integer.parseInt(replacedAndReported[replacedAndReported.length - 1]);
        Path f = dir.resolve("scenario.yaml");
        Files.writeString(f, String.join("\n", lines));
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.run("simulate", f.toString(), "--out", out.toString());
        String err = r.err().strip().replaceFirst("^depotkin: ", "");
        System.out.println(name + " -> " + err);
        assertEquals(2, r.code(), name + ": " + err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(Files.exists(out), "nothing written");
        String shown = lines[line - 1];
        int column = marker.equals("=X") ? shown.length() + 1 : columnOf(shown, marker);
        assertTrue(err.startsWith(f + ":" + line + ":" + column + ": "),
                name + ": expected " + line + ":" + column + " in: " + err);
        assertTrue(err.contains(fragment), name + ": expected '" + fragment + "' in: " + err);
    }

    /** Where the marker starts (a trailing '"' means: the last occurrence of what precedes it). */
    private static int columnOf(String line, String marker) {
        if (marker.endsWith("\"")) {
            return line.lastIndexOf(marker.substring(0, marker.length() - 1)) + 1;
        }
        return line.indexOf(marker, line.indexOf("- ") + 2) + 1;
    }

    @Test
    void theValidFileRuns() throws IOException {
        Path f = dir.resolve("scenario.yaml");
        Files.writeString(f, VALID);
        CliTest.Result r = CliTest.run("simulate", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void quotedAndFoldedEquationsAreLocatedInTheFile() throws IOException {
        String quoted = VALID.replace("      - E = (C / IC50)^gamma / (1 + (C / IC50)^gamma)", "      - \"E = exp(C)\"");
        Path f = dir.resolve("quoted.yaml");
        Files.writeString(f, quoted);
        String err = CliTest.run("simulate", f.toString()).err().strip().replaceFirst("^depotkin: ", "");
        assertTrue(err.startsWith(f + ":21:14: exp() of a concentration"), err);
        String folded = VALID.replace("      - E = (C / IC50)^gamma / (1 + (C / IC50)^gamma)",
                "      - E = (C / IC50)^gamma /\n          (1 + log(C))");
        Path g = dir.resolve("folded.yaml");
        Files.writeString(g, folded);
        err = CliTest.run("simulate", g.toString()).err().strip().replaceFirst("^depotkin: ", "");
        assertTrue(err.startsWith(g + ":22:16: log() of a concentration"), err);
    }

    @Test
    void equationsTooDeepOrTooLongAreLocatedErrors() throws IOException {
        String deep = "      - E = " + "(".repeat(200) + "1" + ")".repeat(200);
        String longSum = "      - E = 1" + " + 1".repeat(1500);
        String many = "      - E = 0" + ("\n      - x = 1" + " + 1".repeat(199)).repeat(13).replace("x =", "x%d =");
        many = String.format(many, java.util.stream.IntStream.range(0, 13).boxed().toArray());
        for (String[] c : new String[][] {{deep, "nested more than 100 deep"}, {longSum, "more than 2000 symbols"},
            {many, "more than 5000 terms in all"}}) {
            Path f = dir.resolve("limits.yaml");
            Files.writeString(f, VALID.replace("      - E = (C / IC50)^gamma / (1 + (C / IC50)^gamma)", c[0]));
            CliTest.Result r = CliTest.run("simulate", f.toString());
            String err = r.err().strip().replaceFirst("^depotkin: ", "");
            assertEquals(2, r.code(), err);
            assertEquals(1, err.lines().count(), err);
            int line = c[0] == many ? 34 : 21; // the 13th sum of 399 terms passes 5000
            assertTrue(err.startsWith(f + ":" + line + ":") && err.contains(c[1]), err);
        }
    }
}
