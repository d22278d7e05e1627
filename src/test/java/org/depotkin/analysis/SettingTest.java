package org.depotkin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --set NAME=VALUE}: the parameter reads back the value converted to engine units; the rest is kept. */
class SettingTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "models/implant-3.4g.yaml; release.k=0.0216/d; release.k; 0.0009",
        "models/implant-3.4g.yaml; naltrexone.CL=100 L/h; naltrexone.CL; 100",
        "models/implant-3.4g.yaml; naltrexone.CL=1.5 L/min; naltrexone.CL; 90",
        "models/implant-3.4g.yaml; naltrexone.Kd=0.2 ng/mL; naltrexone.Kd; 0.2",
        "models/population-implant-3.4g.yaml; release.k=0.0002/h; release.k; 0.0002",
        "models/oral-50mg-daily.yaml; oral.lag=30 min; oral.lag; 0.5"})
    void valueReadsBackInEngineUnits(String model, String setting, String name, double expected) {
        Scenario s = ModelFiles.scenario(Path.of(model));
        Scenario set = Setting.parse(setting).apply(s);
        assertEquals(expected, ParameterSpace.of(set).value(name), 1e-12 * expected);
        assertEquals(s.name(), set.name());
        assertEquals(s.population(), set.population(), "the population block is kept");
        for (String other : ParameterSpace.of(s).names()) {
            if (!other.equals(name)) {
                assertEquals(ParameterSpace.of(s).value(other), ParameterSpace.of(set).value(other), 0, other);
            }
        }
        if (s.population() != null) {
            assertNotNull(set.population());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "naltrexone.CL=100 L| --set naltrexone.CL=100 L: naltrexone.CL is in L/h; expected a clearance (e.g. L/h), "
            + "got 'L' (a volume)",
        "release.k=0/h| --set release.k=0/h: expected a value > 0 1/h",
        "=1/h| --set =1/h: expected NAME=VALUE with a unit, e.g. release.k=0.0009/h or naltrexone.CL=100 L/h"})
    void badSettingsNameWhatWasExpected(String setting, String message) {
        Scenario s = ModelFiles.scenario(Path.of("models/implant-3.4g.yaml"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Setting.parse(setting).apply(s));
        assertEquals(message, e.getMessage());
    }
}
