package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.depotkin.analysis.LawFamily;
import org.depotkin.analysis.ReleaseFit;
import org.depotkin.analysis.ReleaseProfile;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;
import org.depotkin.release.ReleaseLaw;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The fitted formulation file loads back to the same law; bad data files give one located line. */
class FitFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: the written formulation loads back through a scenario")
    @EnumSource(LawFamily.class)
    void formulationRoundTrip(LawFamily family) throws Exception {
        double[] truth = switch (family) {
            case ZERO_ORDER -> new double[] {400};
            case FIRST_ORDER -> new double[] {0.008};
            case HIGUCHI -> new double[] {0.045};
            case KORSMEYER_PEPPAS -> new double[] {0.03, 0.6};
            case WEIBULL -> new double[] {120, 0.8};
            case BIEXPONENTIAL -> new double[] {0.3, 0.1, 0.004};
            case HIXSON_CROWELL -> new double[] {0.0015};
        };
        double[] t = {2, 6, 12, 24, 48, 72, 96, 144, 192, 288, 384, 480};
        Random rng = new Random(5);
        double[][] reps = new double[3][t.length];
        for (double[] r : reps) {
            for (int i = 0; i < t.length; i++) {
                r[i] = family.law(truth).cumulative(t[i]) + 0.01 * rng.nextGaussian();
            }
        }
        ReleaseFit.LawFit fit = ReleaseFit.fit(new ReleaseProfile("data.csv", t, reps), family);
        FormulationWriter.write(dir.resolve("fitted.yaml"), fit, "data.csv", "sc-implant");
        Files.writeString(dir.resolve("scenario.yaml"), String.join("\n",
                "scenario: uses-fit",
                "compound: {compound: drug, analytes: [{name: drug, CL: 140 L/h, V: 78.8 L}]}",
                "formulation: fitted.yaml",
                "regimen: {regimen: once, doses: [{at: 0 h, dose: 100 mg}]}",
                "duration: 30 d", ""));
        Scenario s = ModelFiles.scenario(dir.resolve("scenario.yaml"));
        ReleaseLaw loaded = ((Formulation.Depot) s.administrations().get(0).formulation()).release().law();
        ReleaseLaw fitted = fit.law();
        assertEquals(fitted.getClass(), loaded.getClass());
        for (RecordComponent rc : fitted.getClass().getRecordComponents()) {
            double a = (Double) rc.getAccessor().invoke(fitted);
            double b = (Double) rc.getAccessor().invoke(loaded);
            assertEquals(a, b, 1e-9 * Math.abs(a), rc.getName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'time_h,a_pct\n1,10\n2,abc\n' | data.csv:3:3: expected a number in column 'a_pct', got 'abc'",
        "'# c\ntime_h,a_pct\n1,10,3\n' | data.csv:3:1: expected 2 cells (time_h,a_pct), got 3",
        "'time_mg,a_pct\n1,10\n' | data.csv:1:1: expected the first column to be the time, named time_min, time_h",
        "'time,a_pct\n1,10\n' | data.csv:1:1: column 'time' has no unit; write it as name_unit",
        "'time_h, a_pct,b_fraction\n1,10,0.1\n2,11,x\n' | data.csv:3:6: expected a number in column 'b_fraction', got 'x'",
        "'\uFEFF\"time_h\",\"a_pct\"\n1,10\n2,20,3\n' | data.csv:3:1: expected 2 cells (time_h,a_pct), got 3",
        "'time_h,a_mg\n1,10\n' | data.csv:1:8: expected a column named ..._pct (% released) or ..._fraction",
        "'time_h,a\n1,10\n' | data.csv:1:8: expected a column named ..._pct (% released) or ..._fraction",
        "'time_h,a_pct\n2,10\n1,20\n' | data.csv:3:1: expected times in increasing order",
        "'time_h,a_fraction\n1,40\n' | data.csv:2:3: expected a released amount between 0 and 1",
        "'# only comments\n' | data.csv:1:1: no header line",
    })
    void badReleaseDataGiveOneLocatedLine(String text, String expected) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, text.replace("\\n", "\n"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ObservedData.release(f));
        String msg = e.getMessage().replace(dir.toString() + "/", "");
        assertTrue(msg.startsWith(expected), msg);
        assertFalse(msg.contains("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'time_d,naltrexone\n1,2\n' | data.csv:1:8: expected a concentration column named <analyte>_ng_mL",
        "'time_d,naltrexone_ng_mL\n1,-2\n' | data.csv:2:3: expected a concentration >= 0",
    })
    void badPlasmaDataGiveOneLocatedLine(String text, String expected) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, text.replace("\\n", "\n"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ObservedData.plasma(f));
        String msg = e.getMessage().replace(dir.toString() + "/", "");
        assertTrue(msg.startsWith(expected), msg);
    }

    @org.junit.jupiter.api.Test
    void readsPercentFractionsAndEmptyCells() throws IOException {
        Path f = dir.resolve("d.csv");
        Files.writeString(f, "# comment\ntime_d,a_pct,b_fraction\n0,0,0\n1,50,\n2,80,0.82\n");
        ReleaseProfile p = ObservedData.release(f);
        assertEquals(List.of(0.0, 24.0, 48.0), java.util.Arrays.stream(p.times()).boxed().toList());
        assertEquals(0.5, p.mean(1), 1e-12, "the empty cell is not measured");
        assertEquals(0.81, p.mean(2), 1e-12);
        // time 0 carries no information: 3 observations after it
        assertEquals(3, ReleaseFit.fit(p, LawFamily.FIRST_ORDER).fit().observations());
    }

    /** The spellings nca and deconvolve read give the same release profile: 50 % at 1 d. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "time_d,a_pct; 50",
        "time_h,released_percent; 50",
        "time (h),released (%); 50",
        "time [min],vessel_1_fraction; 0.5",
        "time_w,a_pct; 50"})
    void releaseHeadersInEverySpelling(String header, String written) throws IOException {
        Path f = dir.resolve("r.csv");
        double hours = header.startsWith("time_d") ? 24 : header.startsWith("time [min]") ? 1.0 / 60
                : header.startsWith("time_w") ? 168 : 1;
        Files.writeString(f, header + "\n0,0\n1," + written + "\n");
        ReleaseProfile p = ObservedData.release(f);
        assertEquals(hours, p.times()[1], 1e-12);
        assertEquals(0.5, p.mean(1), 1e-12);
    }

    /** The spellings nca and deconvolve read give the same plasma data: 2 ng/mL at 1 h. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "time_h,naltrexone_ng_mL; 2; naltrexone",
        "time_h,naltrexone_ng_per_mL; 2; naltrexone",
        "time (h),naltrexone [ug/L]; 2; naltrexone",
        "time_h,6b-naltrexol_pg_per_mL; 2000; 6b-naltrexol",
        "time_h,conc_ng_per_mL; 2; conc"})
    void plasmaHeadersInEverySpelling(String header, String written, String analyte) throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "# c\n" + header + "\n0,0\n1," + written + "\n");
        var obs = ObservedData.plasma(f);
        assertEquals(List.of(analyte), obs.analytes());
        assertEquals(1, obs.times()[1], 1e-12);
        assertEquals(2, obs.values()[0][1], 1e-12);
    }

    @org.junit.jupiter.api.Test
    void spreadsheetExportsAreRead() throws IOException {
        Path f = dir.resolve("excel.csv");
        Files.writeString(f, "\uFEFF\"time_h\",\"a_pct\"\r\n1,10\r\n2,20\r\n");
        ReleaseProfile p = ObservedData.release(f);
        assertEquals(0.2, p.mean(1), 1e-12);
    }
}
