package org.depotkin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mg          | mass (e.g. mg)",
        "L           | volume (e.g. L)",
        "h           | time (e.g. h)",
        "1/h         | rate constant (e.g. 1/h)",
        "L/h         | clearance (e.g. L/h)",
        "ng/mL       | concentration (e.g. ng/mL)",
        "nM          | molar concentration (e.g. nM)",
        "mL/ng/h     | second-order rate constant ((ng/mL)^-1 h^-1, e.g. mL/ng/h)",
        "mg/d        | mass rate (e.g. mg/d)",
        "%           | dimensionless number (fraction or %)",
        "g/mol       | molar mass (e.g. g/mol)",
        "mg/h^2      | mass·time^-2 (e.g. mg·h^-2)",
        "L^0.5       | volume^0.5 (e.g. L^0.5)",
    })
    void describes(String unit, String expected) {
        assertEquals(expected, Unit.parse(unit).dimension().describe());
    }

    @Test
    void articles() {
        assertEquals("an amount of substance", Dimension.AMOUNT.kindWithArticle());
        assertEquals("a clearance (e.g. L/h)", Dimension.CLEARANCE.describeWithArticle());
        assertEquals("a quantity in mass·time^-2", new Dimension(1, 0, -2, 0).kindWithArticle());
    }

    @Test
    void exponentsAreSnappedSoEqualityWorks() {
        Dimension third = Dimension.TIME.pow(1.0 / 3);
        assertEquals(Dimension.TIME, third.times(third).times(third));
        assertEquals(Dimension.NONE, Dimension.TIME.pow(-1).times(Dimension.TIME));
        assertTrue(new Dimension(-0.0, 0, 0, 0).isDimensionless());
    }

    @Test
    void examples() {
        assertEquals("140 L/h", Dimension.CLEARANCE.example());
        assertEquals("1 mg·h^-2", new Dimension(1, 0, -2, 0).example());
    }
}
