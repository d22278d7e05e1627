package org.depotkin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // unit          | factor in (mg, L, h, mol) | mass | volume | time | amount
        "L/h             | 1          | 0  | 1  | -1   | 0",
        "1/h             | 1          | 0  | 0  | -1   | 0",
        "/d              | 0.041666666666666664 | 0 | 0 | -1 | 0",
        "h^-1            | 1          | 0  | 0  | -1   | 0",
        "d^-0.5          | 0.2041241452319315 | 0 | 0 | -0.5 | 0",
        "h^(-1/2)        | 1          | 0  | 0  | -0.5 | 0",
        "mL/ng/h         | 1000       | -1 | 1  | -1   | 0",
        "(ng/mL)^-1/h    | 1000       | -1 | 1  | -1   | 0",
        "ng·h/mL         | 0.001      | 1  | -1 | 1    | 0",
        "ng*h/mL         | 0.001      | 1  | -1 | 1    | 0",
        "ng.h/mL         | 0.001      | 1  | -1 | 1    | 0",
        "g/mol           | 1000       | 1  | 0  | 0    | -1",
        "%               | 0.01       | 0  | 0  | 0    | 0",
        "1               | 1          | 0  | 0  | 0    | 0",
        "mL/min          | 0.06       | 0  | 1  | -1   | 0",
        "µg/L            | 0.001      | 1  | -1 | 0    | 0",
        "μg/L            | 0.001      | 1  | -1 | 0    | 0",
        "mcg/dL          | 0.01       | 1  | -1 | 0    | 0",
        "nM              | 1e-9       | 0  | -1 | 0    | 1",
        "nmol/L          | 1e-9       | 0  | -1 | 0    | 1",
        "mg/wk           | 0.005952380952380952 | 1 | 0 | -1 | 0",
        "L / h           | 1          | 0  | 1  | -1   | 0",
        "mg/kg           | 1e-6       | 0  | 0  | 0    | 0",
    })
    void parses(String text, double factor, double mass, double volume, double time, double amount) {
        Unit u = Unit.parse(text);
        assertEquals(factor, u.factor(), factor * 1e-12, text);
        assertEquals(new Dimension(mass, volume, time, amount), u.dimension(), text);
        assertEquals(text.strip(), u.symbol());
    }

    @Test
    void emptyIsDimensionless() {
        assertEquals(Unit.ONE, Unit.parse(""));
        assertEquals(Unit.ONE, Unit.parse("   "));
    }

    @Test
    void divisionIsLeftAssociative() {
        // a/b/c = a/(b·c), not a/(b/c)
        Unit u = Unit.parse("mg/L/h");
        assertEquals(Dimension.CONCENTRATION.times(Dimension.RATE_CONSTANT), u.dimension());
    }

    @Test
    void engineConstantsAgreeWithTheirParsedSymbols() {
        for (Unit u : List.of(Unit.MG, Unit.L, Unit.H, Unit.MOL, Unit.PER_H, Unit.PER_SQRT_H, Unit.L_PER_H,
                Unit.MG_PER_H, Unit.NG_PER_ML, Unit.NG_H_PER_ML, Unit.NG_PER_ML_INV_PER_H, Unit.NMOL_PER_L,
                Unit.L_PER_NMOL_PER_H, Unit.G_PER_MOL, Unit.PERCENT)) {
            Unit parsed = Unit.parse(u.symbol());
            assertEquals(u.factor(), parsed.factor(), u.factor() * 1e-12, u.symbol());
            assertEquals(u.dimension(), parsed.dimension(), u.symbol());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mgg/L | 'mgg' in 'mgg/L'; did you mean 'mg'?",
        "ML    | 'ML'; did you mean 'mL'?",
        "hour  | ",
        "nmoll | 'nmoll'; did you mean 'nmol'?",
        "Mg/h  | 'Mg' in 'Mg/h'; did you mean 'mg'?",
    })
    void unknownSymbolsSuggestTheNearest(String text, String expectedTail) {
        if (expectedTail == null) {
            Unit.parse(text); // accepted alias
            return;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse(text));
        assertEquals("unknown unit " + expectedTail, e.getMessage());
    }

    @Test
    void unknownSymbolWithNothingClose() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse("furlong"));
        assertEquals("unknown unit 'furlong'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"month", "months", "mo", "y", "yr", "year", "years", "mg/month"})
    void monthsAndYearsAreRejectedWithAHint(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse(text));
        assertTrue(e.getMessage().contains("days") && e.getMessage().contains("'180 d'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mg h", "mg/", "(mg/L", "mg^", "10/h", "mg^x", "((((mg))))", "mg)", "h^(-1/0)"})
    void badSyntaxIsRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse(text));
        assertTrue(e.getMessage().contains(text.strip()) || e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    void ambiguousMGetsAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse("mL/m"));
        assertTrue(e.getMessage().contains("'min'"), e.getMessage());
    }

    // ---- property-style checks, seeded ----

    private static final List<String> SYMBOLS = new ArrayList<>(UnitParser.symbols());

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1000L + i);
    }

    private static String randomSymbol(Random r) {
        return SYMBOLS.get(r.nextInt(SYMBOLS.size()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quotientFactorIsTheQuotientOfFactors(long seed) {
        Random r = new Random(seed);
        String a = randomSymbol(r);
        String b = randomSymbol(r);
        String c = randomSymbol(r);
        Unit u = Unit.parse(a + "/" + b + "/" + c);
        Unit expected = Unit.parse(a).per(Unit.parse(b).times(Unit.parse(c)));
        assertEquals(expected.factor(), u.factor(), expected.factor() * 1e-12);
        assertEquals(expected.dimension(), u.dimension());
        Unit inverse = Unit.parse("(" + b + "·" + c + "/" + a + ")^-1");
        assertEquals(u.factor(), inverse.factor(), u.factor() * 1e-12);
        assertEquals(u.dimension(), inverse.dimension());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void conversionRoundTrips(long seed) {
        Random r = new Random(seed);
        // pick two units of the same dimension from the table
        Unit from = Unit.parse(randomSymbol(r));
        List<String> same = SYMBOLS.stream().filter(s -> Unit.parse(s).isCompatible(from)).toList();
        Unit to = Unit.parse(same.get(r.nextInt(same.size())));
        double value = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6);
        Quantity q = new Quantity(value, from, null);
        double there = q.in(to);
        double back = new Quantity(there, to, null).in(from);
        assertEquals(value, back, Math.abs(value) * 1e-12);
        assertEquals(value * from.factor() / to.factor(), there, Math.abs(there) * 1e-12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void incompatibleUnitsAlwaysThrow(long seed) {
        Random r = new Random(seed);
        Unit a = Unit.parse(randomSymbol(r));
        Unit b = Unit.parse(randomSymbol(r) + "/" + randomSymbol(r) + "^2");
        Quantity q = new Quantity(1, a, null);
        if (a.isCompatible(b)) {
            q.in(b);
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.in(b));
            assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
        }
    }
}
