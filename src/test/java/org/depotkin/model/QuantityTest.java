package org.depotkin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12 + 1e-300, () -> "expected " + expected + ", got " + actual);
    }

    @Test
    void rateConstantPerDayToPerHour() {
        assertEquals(2.6667e-4, Quantity.parse("0.0064 /d").in(Unit.PER_H), 1e-8);
        assertClose(0.0064 / 24, Quantity.parse("0.0064 /d").in(Unit.PER_H));
    }

    @Test
    void clearances() {
        assertClose(140, Quantity.parse("140 L/h").in(Unit.L_PER_H));
        assertClose(210.6, Quantity.parse("3510 mL/min").in(Unit.L_PER_H));
    }

    @Test
    void concentrations() {
        assertClose(2, Quantity.parse("2 ng/mL").in(Unit.NG_PER_ML));
        assertClose(1000, Quantity.parse("1 mg/L").in(Unit.NG_PER_ML));
        assertClose(2, Quantity.parse("2 ug/L").in(Unit.NG_PER_ML));
        assertClose(1e-3, Unit.NG_PER_ML.factor());
    }

    @Test
    void timeAndPercent() {
        assertClose(4320, Quantity.parse("180 d").in(Unit.H));
        assertClose(4320, Quantity.parse("180d").in(Unit.H));
        assertClose(0.9, Quantity.parse("90 %").in(Unit.ONE));
        assertClose(0.9, Quantity.parse("90%").in(Unit.ONE));
        assertClose(0.9, Quantity.parse("0.9").in(Unit.ONE));
    }

    @Test
    void secondOrderRateConstantSpellingsAgree() {
        double a = Quantity.parse("0.235 (ng/mL)^-1/h").in(Unit.NG_PER_ML_INV_PER_H);
        double b = Quantity.parse("0.235 mL/ng/h").in(Unit.NG_PER_ML_INV_PER_H);
        assertClose(0.235, a);
        assertClose(a, b);
    }

    @Test
    void molarToMassConcentration() {
        assertEquals(0.728, Quantity.parse("2.12 nM").in(Unit.NG_PER_ML, 343.4), 5e-4);
        assertClose(2.12 * 343.4 / 1000, Quantity.parse("2.12 nM").in(Unit.NG_PER_ML, 343.4));
        // and back
        assertClose(2.12, Quantity.parse("0.728008 ng/mL").in(Unit.NMOL_PER_L, 343.4));
    }

    @Test
    void molarKonToMassKon() {
        // 1 /nM/h at 343.4 g/mol: 1 nM = 0.3434 ng/mL, so 1/0.3434 mL/ng/h
        assertClose(1 / 0.3434, Quantity.parse("1 /nM/h").in(Unit.NG_PER_ML_INV_PER_H, 343.4));
    }

    @Test
    void molarMassIsNotNeededWhenDimensionsAgree() {
        assertClose(140, Quantity.parse("140 L/h").in(Unit.L_PER_H, 343.4));
    }

    @Test
    void molarConversionStillRejectsOtherMismatches() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.parse("2 nM").in(Unit.L_PER_H, 343.4));
        assertTrue(e.getMessage().startsWith("expected a clearance"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5e-3 /h | 2.5e-3",
        "1E2 /h    | 100",
        "-3.5 /h   | -3.5",
        "+.5 /h    | 0.5",
        "  7 1/h   | 7",
        "2 h^-1    | 2",
        "2 h⁻¹     | 2",
    })
    void numberForms(String text, double expected) {
        assertClose(expected, Quantity.parse(text).in(Unit.PER_H));
    }

    @Test
    void mismatchMessageNamesBothDimensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.parse("3 mg/h").in(Unit.L_PER_H));
        assertEquals("expected a clearance (e.g. L/h), got 'mg/h' (a mass rate)", e.getMessage());
    }

    @Test
    void bareNumberWhereAUnitIsNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.parse("140").in(Unit.L_PER_H));
        assertEquals("expected a clearance (e.g. L/h), got '140' (a dimensionless number)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan mg", "Infinity", "-Infinity L", ".inf", "-.inf h"})
    void nonFiniteNumbersAreRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }

    @Test
    void overflowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1e400 mg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "mg", "abc", "five mg"})
    void missingNumberIsRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
        assertTrue(e.getMessage().startsWith("expected a number with a unit"), e.getMessage());
    }

    @Test
    void decimalCommaGetsAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("0,5 mg"));
        assertTrue(e.getMessage().contains("decimal separator"), e.getMessage());
    }

    @Test
    void keepsTheOriginalText() {
        Quantity q = Quantity.parse(" 45.2 mg ");
        assertEquals("45.2 mg", q.text());
        assertEquals(45.2, q.value());
        assertEquals("mg", q.unit().symbol());
        assertEquals("2 mg", Quantity.of(2, Unit.MG).text());
    }
}
