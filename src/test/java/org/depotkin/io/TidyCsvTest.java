package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TidyCsvTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "4320, 4320", "0.5, 0.5", "13.2700000001, 13.2700000001", "9.913641535920575E-10, 9.91364153592e-10",
        "1.0E-300, 1e-300", "0.3460212181980807, 0.346021218198", "8569.983425909451, 8569.98342591", "-2.5, -2.5"})
    void numbersKeepTwelveDigitsAndTheirExponent(double x, String expected) {
        assertEquals(expected, TidyCsv.number(x));
        assertEquals(x, Double.parseDouble(TidyCsv.number(x)), Math.abs(x) * 1e-11);
    }

    /** The quick formatting against the exact decimal expansion (BigDecimal), on values of every magnitude and near ties. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void quickFormattingMatchesTheExactExpansion(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < 200_000; i++) {
            double x = Math.pow(10, rng.nextDouble(-6, 13)) * (rng.nextBoolean() ? 1 : -1);
            if (i % 4 == 0) {
                // a 13-digit decimal ending in 5: the 12th digit's rounding is a near tie
                x = Double.parseDouble(rng.nextLong(1_000_000_000_000L, 9_999_999_999_999L) / 10 * 10 + 5 + "e"
                        + rng.nextInt(-16, -2));
            }
            BigDecimal d = new BigDecimal(x).round(new MathContext(12)).stripTrailingZeros();
            String exact = x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                    : Math.abs(x) < 1e-4 ? d.toString().replace('E', 'e') : d.toPlainString();
            assertEquals(exact, TidyCsv.number(x), "x = " + x);
        }
    }
}
