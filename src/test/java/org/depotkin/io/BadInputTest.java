package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depotkin.io.yaml.ModelFileException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad model input gives one line {@code file:line:column: message} naming what was
 * expected. Each case edits one line of a valid scenario whose blocks are all inline.
 */
class BadInputTest {
    @TempDir
    Path dir;

    static final String VALID = String.join("\n",
            "scenario: test",
            "compound:",
            "  compound: drug",
            "  analytes:",
            "    - name: drug",
            "      CL: 140 L/h",
            "      V: 78.8 L",
            "      peripheral:",
            "        - {Q: 43.8 L/h, V: 425 L}",
            "    - name: metabolite",
            "      formed-from: drug",
            "      fm: 0.8",
            "      CL: 65.1 L/h",
            "      V: 82.7 L",
            "formulation:",
            "  route: sc-implant",
            "  release:",
            "    law: first-order",
            "    k: 0.0064 /d",
            "  failure:",
            "    fibrosis: {onset: 0 d, tau: 14 d, p-min: 0.25}",
            "regimen:",
            "  doses:",
            "    - {at: 0 d, dose: 3.4 g}",
            "duration: 180 d",
            "criteria: [\"drug >= 2 ng/mL\"]",
            "");

    Path write(String text) throws IOException {
        Path f = dir.resolve("scenario.yaml");
        Files.writeString(f, text);
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case | line to replace | replacement | expected line:col | message fragment
        "unknown key with a suggestion | '      CL: 140 L/h' | '      CLL: 140 L/h' | 6:7 | did you mean 'CL'",
        "missing key | '      V: 78.8 L' | '      # V removed' | 5:7 | missing key 'V'",
        "missing unit | '      CL: 140 L/h' | '      CL: 140' | 6:11 | unit",
        "incompatible unit | '      CL: 140 L/h' | '      CL: 140 mg/h' | 6:11 | clearance",
        "negative volume | '      V: 78.8 L' | '      V: -78.8 L' | 7:10 | > 0",
        "zero clearance | '      CL: 65.1 L/h' | '      CL: 0 L/h' | 13:11 | > 0",
        "negative rate | '    k: 0.0064 /d' | '    k: -0.0064 /d' | 19:8 | > 0",
        "fraction above 1 | '      fm: 0.8' | '      fm: 1.8' | 12:11 | between 0 and 1",
        "fraction as percent above 100 | '      fm: 0.8' | '      fm: 180 %' | 12:11 | between 0 and 1",
        "typo in a law name | '    law: first-order' | '    law: frist-order' | 18:10 | did you mean 'first-order'",
        "typo in a route | '  route: sc-implant' | '  route: sc-implnt' | 16:10 | did you mean 'sc-implant'",
        "unknown failure mode | '    fibrosis: {onset: 0 d, tau: 14 d, p-min: 0.25}' | '    fibrossis: {onset: 0 d}' | 21:5 | did you mean 'fibrosis'",
        "p-min outside [0, 1] | '    fibrosis: {onset: 0 d, tau: 14 d, p-min: 0.25}' | '    fibrosis: {onset: 0 d, tau: 14 d, p-min: 1.5}' | 21:46 | between 0 and 1",
        "month is ambiguous | 'duration: 180 d' | 'duration: 6 month' | 25:11 | d",
        "bad criterion | 'criteria: [\"drug >= 2 ng/mL\"]' | 'criteria: [\"drug above 2\"]' | 26:12 | expected '<analyte> >= <value> <unit>'",
        "criterion unit | 'criteria: [\"drug >= 2 ng/mL\"]' | 'criteria: [\"drug >= 2 h\"]' | 26:12 | concentration",
        "file that does not exist | 'compound:' | 'compound: compounds/nothere.yaml' | 2:11 | file not found",
        "unknown metabolite precursor | '      formed-from: drug' | '      formed-from: drgu' | 11:20 | did you mean 'drug'",
    })
    void oneLineWithLocation(String name, String line, String replacement, String where, String fragment)
            throws IOException {
        String text = name.equals("file that does not exist")
                ? VALID.replaceAll("(?s)compound:\n  compound: drug.*?(formulation:)", replacement + "\n$1")
                : VALID.replace(line + "\n", replacement + "\n");
        assertFalse(text.equals(VALID), "the case must change the file");
        Path f = write(text);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.scenario(f), name);
        String msg = e.getMessage();
        System.out.println(name + " -> " + msg);
        assertFalse(msg.contains("\n"), "one line: " + msg);
        assertTrue(msg.startsWith(f + ":" + where + ":"), name + ": expected location " + where + " in: " + msg);
        assertTrue(msg.contains(fragment), name + ": expected '" + fragment + "' in: " + msg);
    }

    @ParameterizedTest(name = "valid file loads")
    @CsvSource("x")
    void theValidFileLoads(String unused) throws IOException {
        ModelFiles.scenario(write(VALID));
    }
}
