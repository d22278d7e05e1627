package org.depotkin.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.depotkin.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded property-style checks of the located YAML tree. */
class YamlPropertyTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 50).mapToObj(i -> 4242L + i);
    }

    /** One key written into a generated file, with where we put it. */
    private record Written(String section, String key, int line, int keyColumn, int valueColumn) {
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void locationsMatchWhereTheTextWasWritten(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<Written> written = new ArrayList<>();
        int line = 0;
        int sections = 1 + r.nextInt(4);
        for (int s = 0; s < sections; s++) {
            line = noise(r, text, line);
            String section = "section" + s;
            text.append(section).append(":\n");
            line++;
            int indent = 2 + 2 * r.nextInt(2);
            int keys = 1 + r.nextInt(5);
            for (int k = 0; k < keys; k++) {
                line = noise(r, text, line);
                String key = "k" + k;
                String gap = " ".repeat(1 + r.nextInt(4));
                text.append(" ".repeat(indent)).append(key).append(':').append(gap)
                        .append(r.nextInt(1000)).append(" L/h\n");
                line++;
                int keyColumn = indent + 1;
                written.add(new Written(section, key, line, keyColumn, keyColumn + key.length() + 1 + gap.length()));
            }
        }
        YamlMap root = YamlDocument.parse(text.toString(), "gen.yaml");
        for (Written w : written) {
            YamlMap section = root.map(w.section);
            Location key = section.keyLocation(w.key);
            Location value = section.valueLocation(w.key);
            assertEquals(w.line + ":" + w.keyColumn, key.line() + ":" + key.column(), text::toString);
            assertEquals(w.line + ":" + w.valueColumn, value.line() + ":" + value.column(), text::toString);
            assertEquals("gen.yaml", key.file());
        }
    }

    /** Random blank and comment lines; returns the new line count. */
    private static int noise(Random r, StringBuilder text, int line) {
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            text.append(r.nextBoolean() ? "\n" : "# comment: with [brackets] and 'quotes'\n");
            line++;
        }
        return line;
    }

    private static final List<String> KEYS = List.of("clearance", "volume", "duration", "absorption", "bioavailability");

    @ParameterizedTest
    @MethodSource("seeds")
    void aMisspeltKeyIsTracedBackToTheIntendedOne(long seed) {
        Random r = new Random(seed);
        String intended = KEYS.get(r.nextInt(KEYS.size()));
        StringBuilder typo = new StringBuilder(intended);
        int i = r.nextInt(intended.length());
        switch (r.nextInt(3)) {
            case 0 -> typo.deleteCharAt(i);
            case 1 -> typo.insert(i, (char) ('a' + r.nextInt(26)));
            default -> typo.setCharAt(i, typo.charAt(i) == 'x' ? 'y' : 'x');
        }
        int typoLine = 1 + r.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int l = 1; l < typoLine; l++) {
            text.append("# line ").append(l).append('\n');
        }
        text.append(typo).append(": 1 h\n");
        YamlMap m = YamlDocument.parse(text.toString(), "t.yaml");
        for (String k : KEYS) {
            m.optQuantity(k, Unit.H);
        }
        try {
            m.finish();
            fail("accepted " + typo);
        } catch (ModelFileException e) {
            assertTrue(e.detail().startsWith("unknown key '" + typo + "'; did you mean '" + intended + "'?"),
                    e.getMessage());
            assertEquals(typoLine, e.location().line());
            assertEquals(1, e.location().column());
        }
    }

    private static final List<String> CLEARANCE_UNITS = List.of("L/h", "mL/min", "L/d", "mL/h", "dL/min", "uL/s", "L/wk");

    @ParameterizedTest
    @MethodSource("seeds")
    void quantitiesInAnyUnitConvertExactly(long seed) {
        Random r = new Random(seed);
        String unit = CLEARANCE_UNITS.get(r.nextInt(CLEARANCE_UNITS.size()));
        double value = r.nextDouble() * Math.pow(10, r.nextInt(8) - 3);
        String number = r.nextBoolean() ? Double.toString(value) : String.format(java.util.Locale.ROOT, "%.6e", value);
        String space = r.nextBoolean() ? " " : "";
        YamlMap m = YamlDocument.parse("CL: " + number + space + unit + "\n", "q.yaml");
        double expected = Double.parseDouble(number) * Unit.parse(unit).factor();
        assertEquals(expected, m.quantity("CL", Unit.L_PER_H), Math.abs(expected) * 1e-12);
    }

    private static final String VALID = """
            name: naltrexone   # comment
            disposition:
              CL: 3510 mL/min
              V: [1, 2, {a: "b: c"}]
              text: 'it''s'
            release:
              law: weibull
              steps:
                - dose: 25 mg
                - dose: 50 mg
            """;

    private static final String NASTY = ":[]{}\"'\t\n -#&*!|>,%@`?";

    @ParameterizedTest
    @MethodSource("seeds")
    void mangledFilesGiveOneLineErrorsAndNothingElse(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder(VALID);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(text.length());
            if (r.nextBoolean()) {
                text.insert(at, NASTY.charAt(r.nextInt(NASTY.length())));
            } else {
                text.deleteCharAt(at);
            }
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        try {
            YamlMap m = YamlDocument.parse(text.toString(), "x.yaml");
            m.optMap("disposition").ifPresent(d -> d.optQuantity("CL", Unit.L_PER_H));
        } catch (ModelFileException e) {
            YamlTestFiles.assertOneLine(e);
            assertTrue(e.getMessage().startsWith("x.yaml:"), e.getMessage());
            assertTrue(e.location().line() <= lines + 1, () -> e.getMessage() + "\n" + text);
        } catch (RuntimeException e) {
            fail("unexpected " + e + " for\n" + text, e);
        }
    }
}
