package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TidyCsvTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "4320, 4320", "0.5, 0.5", "13.2700000001, 13.2700000001", "9.913641535920575E-10, 9.91364153592e-10",
        "1.0E-300, 1e-300", "0.3460212181980807, 0.346021218198", "8569.983425909451, 8569.98342591", "-2.5, -2.5"})
    void numbersKeepTwelveDigitsAndTheirExponent(double x, String expected) {
        assertEquals(expected, TidyCsv.number(x));
        assertEquals(x, Double.parseDouble(TidyCsv.number(x)), Math.abs(x) * 1e-11);
    }
}
