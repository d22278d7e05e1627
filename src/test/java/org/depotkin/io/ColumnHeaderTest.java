package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.depotkin.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every header spelling of the observed-data files gives the name and the unit (checked by its factor to base units). */
class ColumnHeaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "time_h; time; h",
        "time_min; time; min",
        "time_d; time; d",
        "time_w; time; wk",
        "time (h); time; h",
        "time [min]; time; min",
        "conc_ng_per_mL; conc; ng/mL",
        "conc [ng/mL]; conc; ng/mL",
        "naltrexone_ng_mL; naltrexone; ng/mL",
        "6b-naltrexol_ng_mL; 6b-naltrexol; ng/mL",
        "6b_naltrexol_ng_mL; 6b_naltrexol; ng/mL",
        "rep1_pct; rep1; %",
        "vessel_1_pct; vessel_1; %",
        "released_percent; released; %",
        "released (%); released; %",
        "b_fraction; b; 1",
        "released_mg; released; mg",
        "conc_ug_per_L; conc; ug/L"})
    void nameAndUnit(String header, String name, String unit) {
        ColumnHeader h = ColumnHeader.parse(header);
        assertEquals(name, h.name());
        Unit expected = unit.equals("1") ? Unit.ONE : Unit.parse(unit);
        assertEquals(expected.dimension(), h.unit().dimension());
        assertEquals(expected.factor(), h.unit().factor(), 1e-15 * expected.factor());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "time; column 'time' has no unit; write it as name_unit (time_h, conc_ng_per_mL, released_percent) or name (unit)",
        "conc_ng_per_ml; unit 'ng/ml': ",
        "conc (ng/ml); unit 'ng/ml': "})
    void noUnitIsOneLine(String header, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnHeader.parse(header));
        assertEquals(message, e.getMessage().substring(0, Math.min(message.length(), e.getMessage().length())));
        assertEquals(1, e.getMessage().lines().count());
    }
}
