package org.depotkin.io.yaml;

import static org.depotkin.io.yaml.YamlTestFiles.assertError;
import static org.depotkin.io.yaml.YamlTestFiles.load;
import static org.depotkin.io.yaml.YamlTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlDocumentTest {

    @TempDir
    Path dir;

    @Test
    void buildsALocatedTree() {
        YamlMap root = load(dir, """
                name: naltrexone
                disposition:
                  CL: 3510 mL/min
                  doses: [50 mg, "100 mg"]
                empty:
                """);
        assertEquals(new Location(dir.resolve("m.yaml").toString(), 1, 1), root.location());
        assertEquals("1:7", pos(root.valueLocation("name")));
        YamlMap d = root.map("disposition");
        assertEquals("3:3", pos(d.location()));
        assertEquals("2:1", pos(root.keyLocation("disposition")));
        assertEquals("3:3", pos(d.keyLocation("CL")));
        assertEquals("3:7", pos(d.valueLocation("CL")));
        YamlList doses = d.list("doses");
        assertEquals("4:10", pos(doses.location()));
        assertEquals("4:18", pos(doses.get(1).location()));
        assertEquals("100 mg", doses.string(1));
        assertInstanceOf(YamlScalar.class, root.node("empty"));
        assertTrue(((YamlScalar) root.node("empty")).isEmpty());
        assertEquals(java.util.List.of("name", "disposition", "empty"), root.keys());
    }

    private static String pos(Location l) {
        return l.line() + ":" + l.column();
    }

    @Test
    void locationPrintsAsFileLineColumn() {
        assertEquals("models/a.yaml:3:14", new Location("models/a.yaml", 3, 14).toString());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.yaml");
        ModelFileException e = assertError(1, 1, "file not found", () -> YamlDocument.load(missing));
        assertEquals(missing + ":1:1: file not found", e.getMessage());
    }

    @Test
    void missingReferencedFileIsReportedWhereItWasNamed() {
        Path missing = dir.resolve("compounds/nope.yaml");
        Location from = new Location("scenario.yaml", 4, 12);
        ModelFileException e = assertError(4, 12, "file not found: " + missing,
                () -> YamlDocument.load(missing, from));
        assertEquals("scenario.yaml:4:12: file not found: " + missing, e.getMessage());
    }

    @Test
    void directoryIsNotAModelFile() {
        assertError(1, 1, "expected a model file, got a directory", () -> YamlDocument.load(dir));
    }

    @Test
    void emptyFile() {
        String expected = "empty file: expected a map of keys (e.g. 'name: naltrexone')";
        assertError(1, 1, expected, () -> load(dir, ""));
        assertError(1, 1, expected, () -> load(dir, "# just a comment\n\n"));
        assertError(1, 1, expected, () -> load(dir, "---\n"));
    }

    @Test
    void rootMustBeAMap() {
        assertError(2, 1, "expected a map of keys at the top level (e.g. 'name: naltrexone'), got a list; this is not a depotkin model file",
                () -> load(dir, "# doses\n- 50 mg\n- 100 mg\n"));
        assertError(1, 1, "expected a map of keys at the top level (e.g. 'name: naltrexone'), got plain text; this is not a depotkin model file",
                () -> load(dir, "hello\n"));
    }

    @Test
    void badIndentation() {
        assertError(2, 3, "invalid YAML: mapping values are not allowed here"
                + " (check the indentation, or quote a value that contains ': ')",
                () -> load(dir, "a: 1\n b: 2\n"));
    }

    @Test
    void tabIndentation() {
        assertError(2, 1, "invalid YAML: tab character: indent with spaces, not tabs",
                () -> load(dir, "a:\n\t- 1\n"));
    }

    @Test
    void unclosedFlowSequence() {
        assertError(2, 1, "invalid YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence at line 1, column 4)",
                () -> load(dir, "a: [1, 2\n"));
    }

    @Test
    void unterminatedQuote() {
        assertError(2, 1, "invalid YAML: unterminated quoted value (opened at line 1, column 4)",
                () -> load(dir, "a: \"unterminated\n"));
    }

    @Test
    void snakeYamlNoiseIsTidied() {
        assertError(1, 4, "invalid YAML: found character '`' that cannot start any token."
                + " (while scanning for the next token)", () -> load(dir, "a: `x`\n"));
        assertError(1, 5, "invalid YAML: expected chomping or indentation indicators, but found 'n'"
                + " (while scanning a block scalar at line 1, column 4)", () -> load(dir, "a: |no\n"));
    }

    @Test
    void complexKeys() {
        assertError(1, 4, "invalid YAML: keys must be plain names (complex keys are not supported)",
                () -> load(dir, "? [a, b]\n: 1\n"));
    }

    @Test
    void duplicateKeys() {
        assertError(3, 1, "duplicate key 'a' (first given at line 1, column 1)",
                () -> load(dir, "a: 1\nb: 2\na: 3\n"));
        assertError(4, 3, "duplicate key 'CL' (first given at line 2, column 3)",
                () -> load(dir, "disposition:\n  CL: 1 L/h\n  V: 2 L\n  CL: 3 L/h\n"));
        assertError(1, 11, "duplicate key 'p' (first given at line 1, column 5)",
                () -> load(dir, "x: {p: 1, p: 2}\n"));
    }

    @Test
    void secondDocument() {
        assertError(3, 1, "a model file holds a single YAML document; found a second one (remove the '---' separator)",
                () -> load(dir, "a: 1\n---\nb: 2\n"));
    }

    @Test
    void aliasesAreRejected() {
        assertError(2, 4, "YAML aliases ('*A') are not supported; write the value out in full",
                () -> load(dir, "x: &A 5 mg\ny: *A\n"));
    }

    @Test
    void anchorsAloneAreHarmless() {
        assertEquals("5 mg", load(dir, "x: &A 5 mg\n").string("x"));
    }

    @Test
    void notUtf8() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xB5, 'g', '\n'});
        assertError(2, 4, "the file is not UTF-8 text (save it as UTF-8)", () -> YamlDocument.load(file));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        Path file = write(dir, "bom.yaml", "\uFEFFname: x\n");
        assertEquals("x", YamlDocument.load(file).string("name"));
    }

    @Test
    void parseFromMemoryUsesTheGivenName() {
        assertError(1, 1, null, () -> YamlDocument.parse("- 1\n", "<stdin>"));
        assertTrue(assertError(1, 1, null, () -> YamlDocument.parse("- 1\n", "<stdin>"))
                .getMessage().startsWith("<stdin>:1:1: "));
    }

    @Test
    void exceptionFlattensMultiLineMessages() {
        ModelFileException e = new ModelFileException(new Location("f", 2, 3),
                "bad thing\n in 'reader', line 2\n   ^ at [Source: REDACTED; line: 2, column: 3]");
        assertEquals("f:2:3: bad thing in 'reader', line 2 ^", e.getMessage());
    }
}
