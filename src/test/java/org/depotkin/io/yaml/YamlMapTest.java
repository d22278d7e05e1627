package org.depotkin.io.yaml;

import static org.depotkin.io.yaml.YamlTestFiles.assertError;
import static org.depotkin.io.yaml.YamlTestFiles.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.depotkin.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlMapTest {

    private static final List<String> LAWS = List.of("zero-order", "first-order", "higuchi", "weibull");

    @TempDir
    Path dir;

    private YamlMap yaml(String text) {
        return load(dir, text);
    }

    @Test
    void quantitiesAreConvertedToEngineUnits() {
        YamlMap m = yaml("""
                CL: 3510 mL/min
                k: 0.0064 /d
                C: 1 mg/L
                T: 180 d
                Ki: 2.12 nM
                kon: 0.235 (ng/mL)^-1/h
                """);
        assertEquals(210.6, m.quantity("CL", Unit.L_PER_H), 1e-10);
        assertEquals(0.0064 / 24, m.quantity("k", Unit.PER_H), 1e-15);
        assertEquals(1000, m.quantity("C", Unit.NG_PER_ML), 1e-9);
        assertEquals(4320, m.positive("T", Unit.H), 1e-9);
        assertEquals(0.728, m.quantity("Ki", Unit.NG_PER_ML, 343.4), 5e-4);
        assertEquals(0.235, m.quantity("kon", Unit.NG_PER_ML_INV_PER_H), 1e-12);
        m.finish();
    }

    @Test
    void missingKeyIsReportedAtTheMapWithTheExpectation() {
        YamlMap d = yaml("name: x\ndisposition:\n  V: 70 L\n").map("disposition");
        assertError(3, 3, "missing key 'CL' (expected a clearance, e.g. '140 L/h')",
                () -> d.quantity("CL", Unit.L_PER_H));
        assertError(3, 3, "missing key 'F' (expected a fraction, e.g. 0.2 or '20 %')", () -> d.fraction("F"));
        assertError(3, 3, "missing key 'law' (expected one of: zero-order, first-order, higuchi, weibull)",
                () -> d.choice("law", LAWS));
        assertError(3, 3, "missing key 'name' (expected a text value)", () -> d.string("name"));
    }

    @Test
    void bareNumberNeedsAUnit() {
        YamlMap m = yaml("CL: 140\n");
        assertError(1, 5, "'CL' needs a unit: expected a clearance (e.g. '140 L/h')",
                () -> m.quantity("CL", Unit.L_PER_H));
    }

    @Test
    void bareNumberIsFineWhenDimensionless() {
        assertEquals(0.9, yaml("F: 0.9\n").quantity("F", Unit.ONE));
    }

    @Test
    void wrongUnitIsLocatedAtTheValue() {
        YamlMap m = yaml("disposition:\n  CL:   3 mg/h\n").map("disposition");
        assertError(2, 9, "'CL': expected a clearance (e.g. L/h), got 'mg/h' (a mass rate)",
                () -> m.quantity("CL", Unit.L_PER_H));
    }

    @Test
    void unknownUnitIsLocatedAtTheValueWithASuggestion() {
        YamlMap m = yaml("V: 70 L\nCL: 140 L/hrr\n");
        assertError(2, 5, "'CL': unknown unit 'hrr' in 'L/hrr'; did you mean 'hr'?",
                () -> m.quantity("CL", Unit.L_PER_H));
    }

    @Test
    void monthsAreRejectedAtTheValue() {
        YamlMap m = yaml("duration: 6 months\n");
        assertError(1, 11, "'duration': 'months' has no fixed length; write the duration in days instead (e.g. '180 d')",
                () -> m.positive("duration", Unit.H));
    }

    @Test
    void wrongKindOfNode() {
        YamlMap m = yaml("CL:\n  - 1 L/h\nV: [1, 2]\nW: {a: 1}\nname: [x]\nsub: 5 mg\nE:\n");
        assertError(2, 3, "expected a quantity with a unit, got a list", () -> m.quantity("CL", Unit.L_PER_H));
        assertError(3, 4, "expected a quantity with a unit, got a list", () -> m.positive("V", Unit.L));
        assertError(4, 4, "expected a quantity with a unit, got a map", () -> m.quantity("W", Unit.L));
        assertError(5, 7, "expected a text value, got a list", () -> m.string("name"));
        assertError(6, 6, "expected a map of keys, got '5 mg'", () -> m.map("sub"));
        assertError(6, 6, "expected a list, got '5 mg'", () -> m.list("sub"));
        ModelFileException e = assertError(7, 3, "expected a quantity with a unit, got nothing",
                () -> m.quantity("E", Unit.L));
        assertTrue(e.getMessage().contains(":7:3: "));
    }

    @Test
    void negativeVolume() {
        YamlMap m = yaml("V: -3 L\n");
        assertError(1, 4, "'V' must be > 0, got -3 L", () -> m.positive("V", Unit.L));
        assertError(1, 4, "'V' must be >= 0, got -3 L", () -> m.nonNegative("V", Unit.L));
        assertError(1, 4, "'V' must be > 0, got 0 mL", () -> yaml("V: 0 mL\n").positive("V", Unit.L));
        assertEquals(0, yaml("V: 0 mL\n").nonNegative("V", Unit.L));
    }

    @Test
    void fractions() {
        YamlMap m = yaml("a: 0.2\nb: 20 %\nc: 120 %\nd: 20\ne: -0.1\nf: 2 mg\ng: 100%\n");
        assertEquals(0.2, m.fraction("a"));
        assertEquals(0.2, m.fraction("b"), 1e-15);
        assertEquals(1.0, m.fraction("g"), 1e-15);
        assertError(3, 4, "'c' must be a fraction between 0 and 1 (or 0-100 %), got 120 %", () -> m.fraction("c"));
        assertError(4, 4, "'d' must be a fraction between 0 and 1 (or 0-100 %), got 20; did you mean '20 %'?",
                () -> m.fraction("d"));
        assertError(5, 4, "'e' must be a fraction between 0 and 1 (or 0-100 %), got -0.1", () -> m.fraction("e"));
        assertError(6, 4, "'f': expected a fraction (e.g. 0.2 or '20 %'), got 'mg' (a mass)", () -> m.fraction("f"));
        assertEquals(OptionalDouble.empty(), m.optFraction("zz"));
    }

    @Test
    void choiceWithTypo() {
        YamlMap m = yaml("release:\n  law: weibul\n").map("release");
        assertError(2, 8, "unknown value 'weibul' for 'law'; did you mean 'weibull'?"
                + " (one of: zero-order, first-order, higuchi, weibull)", () -> m.choice("law", LAWS));
        assertEquals("higuchi", yaml("law: higuchi\n").choice("law", LAWS));
        assertError(1, 6, "unknown value 'banana' for 'law' (one of: zero-order, first-order, higuchi, weibull)",
                () -> yaml("law: banana\n").choice("law", LAWS));
    }

    @Test
    void unknownKeySuggestsTheNearestKnownKey() {
        YamlMap m = yaml("CL: 140 L/h\nCLL: 2 L/h\nV: 70 L\n");
        m.quantity("CL", Unit.L_PER_H);
        m.quantity("V", Unit.L);
        m.optQuantity("Q", Unit.L_PER_H);
        m.optQuantity("V2", Unit.L);
        assertError(2, 1, "unknown key 'CLL'; did you mean 'CL'? (known keys: CL, V, Q, V2)", m::finish);
    }

    @Test
    void unknownKeyWithoutSuggestion() {
        YamlMap m = yaml("x:\n  CL: 1 L/h\n  colour: red\n").map("x");
        m.has("CL");
        assertError(3, 3, "unknown key 'colour' (known keys: CL)", m::finish);
        YamlMap none = yaml("x: {a: 1}\n").map("x");
        assertError(1, 5, "unknown key 'a' (no keys are expected here)", none::finish);
    }

    @Test
    void finishPassesWhenEverythingWasRead() {
        YamlMap m = yaml("name: n\nF: 50 %\nn: 3\nsub: {a: b}\nlist: [1]\n");
        m.string("name");
        m.fraction("F");
        m.positiveInteger("n");
        m.optMap("sub");
        m.optList("list");
        m.finish();
    }

    @Test
    void integers() {
        YamlMap m = yaml("a: 3\nb: 2.5\nc: 0\nd: 3 doses\ne: 99999999999\n");
        assertEquals(3, m.integer("a"));
        assertError(2, 4, "'b' must be a whole number, got '2.5'", () -> m.integer("b"));
        assertError(3, 4, "'c' must be a whole number >= 1, got 0", () -> m.positiveInteger("c"));
        assertError(4, 4, "'d' must be a whole number, got '3 doses'", () -> m.integer("d"));
        assertError(5, 4, "'e' must be a whole number, got '99999999999'", () -> m.integer("e"));
    }

    @Test
    void optionalAccessors() {
        YamlMap m = yaml("Q: 10 L/h\nflag: yes\nname: x\n");
        assertEquals(OptionalDouble.of(10), m.optQuantity("Q", Unit.L_PER_H));
        assertEquals(OptionalDouble.empty(), m.optQuantity("V2", Unit.L));
        assertEquals(OptionalDouble.empty(), m.optPositive("V3", Unit.L));
        assertEquals(Optional.of(true), m.optBoolean("flag"));
        assertEquals(Optional.of("x"), m.optString("name"));
        assertEquals(Optional.empty(), m.optString("nothing"));
        assertEquals(Optional.empty(), m.optMap("nothing"));
        assertFalse(m.has("nothing"));
        assertTrue(m.has("Q"));
        assertError(1, 1, "unknown key 'flag' (known keys: Q, V2, V3)", () -> {
            YamlMap fresh = yaml("flag: yes\n");
            fresh.optQuantity("Q", Unit.L_PER_H);
            fresh.optQuantity("V2", Unit.L);
            fresh.optPositive("V3", Unit.L);
            fresh.finish();
        });
    }

    @Test
    void errorIsLocatedAtTheValue() {
        YamlMap m = yaml("regimen:\n  every:   24 h\n").map("regimen");
        ModelFileException e = m.error("every", "must be a multiple of 24 h for weekday patterns");
        assertEquals(2, e.location().line());
        assertEquals(12, e.location().column());
        assertEquals(m.location(), m.error("absent", "x").location());
    }

    @Test
    void documentedNumbers() {
        YamlMap m = yaml("""
                CL: {value: 140 L/h, source: "Smith 2001, table 2"}
                V:
                  value: 70 L
                  note: central volume
                Q: {value: 5 L/h, sauce: typo}
                """);
        assertEquals(140, m.quantity("CL", Unit.L_PER_H));
        assertEquals(Optional.of("Smith 2001, table 2"), m.source("CL"));
        assertEquals(70, m.positive("V", Unit.L));
        assertEquals(Optional.empty(), m.source("V"));
        assertError(5, 19, "unknown key 'sauce'; did you mean 'source'? (known keys: value, source, note)",
                () -> m.quantity("Q", Unit.L_PER_H));
    }

    @Test
    void molarMassConversionThroughTheMap() {
        YamlMap m = yaml("Ki: 2.12 nM\nKi2: 0.728 ng/mL\n");
        assertEquals(2.12 * 343.4 / 1000, m.quantity("Ki", Unit.NG_PER_ML, 343.4), 1e-12);
        assertEquals(0.728, m.quantity("Ki2", Unit.NG_PER_ML, 343.4), 1e-12);
        assertError(1, 5, "'Ki': expected a concentration (e.g. ng/mL), got 'nM' (a molar concentration)",
                () -> m.quantity("Ki", Unit.NG_PER_ML));
    }
}
