package org.depotkin.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Unit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ObservedCsvTest {
    @TempDir
    Path tmp;

    /** Header spellings: the row "1,written" read back in h and in the target unit. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "time_d,conc_ug_per_L; 2; 24; 2; ng/mL",
        "time (h),conc (ng/mL); 2; 1; 2; ng/mL",
        "time [min],conc [pg/mL]; 2000; 0.016666666666667; 2; ng/mL",
        "time_h,released_percent; 50; 1; 0.5; 1",
        "time_h,released_fraction; 0.5; 1; 0.5; 1",
        "time_h,naltrexone_ng_mL; 2; 1; 2; ng/mL",
        "time_w,rep1_pct; 50; 168; 0.5; 1",
        "\"time_h\",\"conc_ng_per_mL\"; 2; 1; 2; ng/mL"})
    void unitsInTheHeader(String header, double written, double hours, double expected, String target)
            throws IOException {
        Path f = tmp.resolve("d.csv");
        Files.writeString(f, "# comment\n" + header + "\n0,0\n1," + written + "\n");
        ObservedCsv.Series s = ObservedCsv.read(f, null);
        assertEquals(hours, s.times()[1], 1e-12);
        assertEquals(expected, s.valuesIn(Unit.parse(target))[1], 1e-12);
    }

    @Test
    void tidyCsvSelectsTheAnalyte() throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.writeString(f, "# tool\n" + TidyCsv.HEADER + "\ns,0,0,a,0,ng/mL\ns,0,0,b,0,ng/mL\ns,0,1,a,3,ng/mL\n"
                + "s,0,1,b,4,ng/mL\n");
        ObservedCsv.Series s = ObservedCsv.read(f, "b");
        assertArrayEquals(new double[] {0, 4}, s.values());
        assertThrows(IllegalArgumentException.class, () -> ObservedCsv.read(f, null));
        assertThrows(IllegalArgumentException.class, () -> ObservedCsv.read(f, "c"));
    }

    /** The plasma table of 'fit plasma', one column per analyte: --analyte picks the column; empty cells are left out. */
    @Test
    void analyteColumnOfAWideTable() throws IOException {
        Path f = tmp.resolve("w.csv");
        Files.writeString(f, "\uFEFF# fit plasma data\ntime_d,naltrexone_ng_mL,6b-naltrexol_ng_mL\n1,11.9,16.9\n2,,20\n"
                + "3,9.5,18\n");
        ObservedCsv.Series s = ObservedCsv.read(f, "6b-naltrexol");
        assertEquals("6b-naltrexol", s.name());
        assertArrayEquals(new double[] {24, 48, 72}, s.times());
        assertArrayEquals(new double[] {16.9, 20, 18}, s.values());
        s = ObservedCsv.read(f, "naltrexone");
        assertArrayEquals(new double[] {24, 72}, s.times(), "the empty cell was not measured");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObservedCsv.read(f, "x"));
        assertEquals("--analyte x: not in " + f + "; it holds naltrexone, 6b-naltrexol", e.getMessage());
        ModelFileException m = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":2:1: expected two columns, time and value, each with its unit (e.g. "
                + "'time_h,conc_ng_per_mL'), got 3", m.getMessage());
    }

    @Test
    void errorsAreLocated() throws IOException {
        Path f = tmp.resolve("e.csv");
        Files.writeString(f, "time_h,conc_ng_per_mL,extra\n0,0,0\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":1:1: expected two columns, time and value, each with its unit (e.g. "
                + "'time_h,conc_ng_per_mL'), got 3", e.getMessage());
        Files.writeString(f, "time_h,conc_ng_per_mL\n0,0\n1,-2\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":3:1: value must be >= 0, got -2.0", e.getMessage());
        Files.writeString(f, "time_h,conc_ng_per_ml\n0,0\n1,2\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f.toString() + ":1:8", e.location().toString());
        Files.writeString(f, "time_h,conc_ng_per_mL\n0,0\n1, abc\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":3:3: expected a number in column 'conc_ng_per_mL', got 'abc'", e.getMessage());
        Files.writeString(f, "time_mg,conc_ng_per_mL\n0,0\n1,2\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":1:1: expected the first column to be the time, named time_min, time_h, time_d or time_w "
                + "(or time (h)), got 'time_mg'", e.getMessage());
        Files.writeString(f, "time_h,conc_ng_per_mL\n0,0\n1,2,3\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":3:1: expected 2 cells (time_h,conc_ng_per_mL), got 3", e.getMessage());
    }

    /** What spreadsheets write: the dialect is detected and stated, errors stay located. */
    @Test
    void spreadsheetDialects() throws IOException {
        Path f = tmp.resolve("s.csv");
        Files.writeString(f, "\"time (h)\";\"conc; plasma (ng/mL)\"\n0;0\n1,5;\"2,25\"\n");
        ObservedCsv.Series s = ObservedCsv.read(f, null);
        assertArrayEquals(new double[] {0, 1.5}, s.times());
        assertArrayEquals(new double[] {0, 2.25}, s.values());
        assertEquals("conc; plasma", s.name());
        assertEquals("';'-separated, decimal commas", CsvTable.read(f).dialect().note());
        Files.writeString(f, "\"time_h\",\"conc, plasma (ng/mL)\"\n\"0\",\"0\"\n\"1\",\"x\"\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":3:5: expected a number in column 'conc, plasma (ng/mL)', got 'x'", e.getMessage());
        assertEquals("", CsvTable.read(f).dialect().note());
        Files.write(f, "# r\u00e9sum\u00e9\ntime_h,conc_ng_per_mL\n0,1\n1,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertArrayEquals(new double[] {1, 2}, ObservedCsv.read(f, null).values());
        assertEquals("not UTF-8, read as Latin-1 (ISO-8859-1)", CsvTable.read(f).dialect().note());
        Files.writeString(f, "time_h,conc_ng_per_mL\n-1,0\n1,2\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertEquals(f + ":2:1: expected times >= 0 (time 0 is the dose), got -1.0", e.getMessage());
        Files.writeString(f, "time_h,conc_ng_per_mL\n0,0\n1,\"2\n");
        e = assertThrows(ModelFileException.class, () -> ObservedCsv.read(f, null));
        assertTrue(e.getMessage().startsWith(f + ":3:1: not a CSV table after this cell"), e.getMessage());
    }
}
