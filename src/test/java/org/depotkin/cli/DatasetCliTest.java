package org.depotkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.DatasetReader;
import org.depotkin.io.dataset.EventRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code simulate --data}: the simulated dataset, and one located line with exit 2 for each kind of bad
 * record (each case: the records after the header, then {@code line:column: message}).
 */
class DatasetCliTest {
    private static final String HEADER = "ID,TIME,AMT,RATE,EVID,CMT,II,ADDL,SS,DV,MDV,WT";

    @TempDir
    Path tmp;

    @Test
    void simulatesAndExportsTheDataset() throws IOException {
        Path events = tmp.resolve("events.csv");
        Files.write(events, List.of(HEADER, "7,0,50,0,1,1,24,3,0,.,1,82", "7,2,.,.,0,2,.,.,.,.,0,.",
                "7,30,.,.,0,6b-naltrexol,.,.,.,.,0,.", "7,40,.,.,2,occupancy,.,.,.,.,1,."));
        Path out = tmp.resolve("out");
        CliTest.Result r = CliTest.run("simulate", "models/oral-50mg-by-weight.yaml", "--data", events.toString(),
                "--export", "nonmem", "--error", "proportional:0.1", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path file = out.resolve("oral-50mg-by-weight-data.csv");
        assertTrue(r.out().contains("wrote " + file.toAbsolutePath()), r.out());
        String text = Files.readString(file);
        assertTrue(text.startsWith("# depotkin "), text);
        assertTrue(text.contains("# units: TIME h, AMT mg (labelled)"), text);
        Dataset back = DatasetReader.read(file);
        List<EventRecord> obs = back.records().stream().filter(EventRecord::isObservation).toList();
        assertEquals(2, obs.size());
        assertTrue(obs.get(0).dv() > 1 && obs.get(1).dv() > 1, obs.toString());
        EventRecord occupancy = back.records().get(3);
        assertEquals(1, occupancy.mdv());
        assertTrue(occupancy.dv() > 0.5 && occupancy.dv() < 1, "occupancy at 40 h: " + occupancy.dv());
        assertEquals(82.0, occupancy.covariates().get("WT"));
    }

    /**
     * {@code --set} changes the model a dataset is simulated with, and the file says so: with CL doubled (140 to 280 L/h), a
     * one-compartment-like concentration long after the dose falls (its value at 12 h without residual error is
     * well below half), and the provenance line names the change.
     */
    @Test
    void setChangesTheModelOfADatasetRun() throws IOException {
        Path events = tmp.resolve("events.csv");
        Files.write(events, List.of(HEADER, "1,0,50,0,1,1,.,.,0,.,1,70", "1,12,.,.,0,2,.,.,.,.,0,."));
        double[] dv = new double[2];
        String[][] sets = {{}, {"--set", "naltrexone.CL=280 L/h"}};
        for (int k = 0; k < 2; k++) {
            Path out = tmp.resolve("set" + k);
            List<String> args = new java.util.ArrayList<>(List.of("simulate", "models/oral-50mg-single.yaml", "--data",
                    events.toString(), "--out", out.toString()));
            args.addAll(List.of(sets[k]));
            CliTest.Result r = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            Path file = out.resolve("oral-50mg-single-data.csv");
            dv[k] = DatasetReader.read(file).records().stream().filter(EventRecord::isObservation).findFirst()
                    .orElseThrow().dv();
            assertEquals(k == 1, Files.readString(file).contains("model changed by --set \"naltrexone.CL=280 L/h\""),
                    Files.readString(file));
        }
        assertTrue(dv[1] < 0.5 * dv[0], "12 h concentration with CL doubled " + dv[1] + " vs " + dv[0]);
    }

    /** NCA by subject: one row per subject, each equal to the NCA of that subject's profile alone. */
    @Test
    void ncaBySubjectEqualsEachSubjectAlone() throws IOException {
        Path out = tmp.resolve("nca");
        CliTest.Result r = CliTest.run("nca", "examples/events-oral-simulated.csv", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("events-oral-simulated-nca-subjects.csv"));
        assertEquals(14, rows.size(), "comment, header, 12 subjects");
        assertTrue(rows.get(1).startsWith("ID,Cmax [ng/mL],Tmax [h]"), rows.get(1));
        Dataset data = DatasetReader.read(Path.of("examples/events-oral-simulated.csv"));
        List<EventRecord> third = data.subjects().get("3").stream().filter(EventRecord::isObservation).toList();
        Path alone = tmp.resolve("subject3.csv");
        List<String> lines = new java.util.ArrayList<>(List.of("time_h,conc_ng_per_mL"));
        third.forEach(e -> lines.add(e.time() + "," + e.dv()));
        Files.write(alone, lines);
        CliTest.Result single = CliTest.run("nca", alone.toString(), "--dose", "50 mg", "--out",
                tmp.resolve("alone").toString());
        assertEquals(0, single.code(), single.err());
        List<String> params = Files.readAllLines(tmp.resolve("alone/subject3-nca.csv"));
        String[] bySubject = rows.get(4).split(",");
        assertEquals("3", bySubject[0]);
        int compared = 0;
        for (String p : params.subList(2, params.size())) {
            String[] c = p.split(",");
            int col = List.of(rows.get(1).split(",")).indexOf(c[0] + (c[2].isEmpty() ? "" : " [" + c[2] + "]"));
            if (col > 0) {
                // the two readers hand the points to the regression in a different order: rounding-level differences
                double expected = Double.parseDouble(c[1]);
                assertEquals(expected, Double.parseDouble(bySubject[col]), 1e-13 * Math.abs(expected), c[0]);
                compared++;
            }
        }
        assertTrue(compared >= 10, compared + " parameters compared");
        List<String> summary = Files.readAllLines(out.resolve("events-oral-simulated-nca-summary.csv"));
        assertTrue(summary.get(1).startsWith("parameter,unit,n,mean,sd,cv_pct,geometric_mean,geometric_cv_pct"));
        assertTrue(r.out().contains("geo mean"), r.out());
    }

    @Test
    void fitPlasmaBySubjectWritesSubjectsSummaryAndPooledFit() throws IOException {
        Path events = tmp.resolve("three.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("examples/events-oral-simulated.csv"))
                .stream().filter(l -> l.startsWith("ID") || l.matches("[123],.*")).toList());
        Files.write(events, lines);
        Path out = tmp.resolve("fit");
        CliTest.Result r = CliTest.run("fit", "plasma", "models/oral-50mg-by-weight.yaml", events.toString(),
                "--free", "naltrexone.CL", "--log", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Naive pooled fit"), r.out());
        assertEquals(5, Files.readAllLines(out.resolve("oral-50mg-by-weight-fit-subjects.csv")).size());
        assertTrue(Files.exists(out.resolve("oral-50mg-by-weight-fit-summary.csv")));
        assertTrue(Files.readString(out.resolve("oral-50mg-by-weight-fit.csv")).contains("naltrexone.CL,140.0,"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "1,5,50,0,1,1,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|3:3: column TIME: expected a time in h >= 5",
        "1,0,50,0,5,1,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|2:10: column EVID: expected a whole number from 0 to 4",
        "1,0,.,0,1,1,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|2:5: column AMT: expected an amount in mg > 0",
        "1,0,50,-1,1,1,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|2:8: column RATE: RATE -1 (rate from the model) is not",
        "1,0,50,0,1,1,0,0,1,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|2:14: column II: expected a dosing interval in h > 0 with SS 1",
        "1,0,50,0,1,lung,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|2:12: column CMT: expected a dosing compartment",
        "1,0,50,0,1,1,0,0,0,.,1,70|1,4,.,.,0,9,.,.,.,.,0,.|3:11: column CMT: expected an observed compartment",
        "1,0,50,0,1,1,0,0,0,.,1,.|1,4,.,.,0,2,.,.,.,.,0,.|2:24: column WT: expected a value on subject 1's first record",
        "1,0,50,0,1,1,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,high,0,.|3:19: column DV: expected a number, got 'high'",
        "1,0,50,0,1,1,0,0,0,.,1,70|1,4,.,.,0,2,24,2,.,.,0,.|3:16: column ADDL: ADDL and SS apply to dose records",
        "1,0,50,-2,1,1,0,0,0,.,1,70|1,4,.,.,0,2,.,.,.,.,0,.|2:8: column RATE: RATE -2 takes the infusion duration",
        "1,0,50,0,1,1,0,0,0,.,1,70|2,4,.,.,0,2,.,.,.,.,0,70|1,8,.,.,0,2,.,.,.,.,0,.|4:1: column ID: subject 1 appears again",
        "1,0,50,0,1,1,0,0,0,.,1,-70|1,4,.,.,0,2,.,.,.,.,0,.|2:24: column WT: expected a body weight in kg > 0",
        "1,0,50,0,1,1,0,0,0,.,0,70|1,4,.,.,0,2,.,.,.,.,0,.|2:22: column MDV: expected MDV 1 on a record that is not"})
    void badRecordsAreLocatedOneLineErrors(String records) throws IOException {
        String[] parts = records.split("\\|");
        List<String> lines = new java.util.ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(parts).subList(0, parts.length - 1));
        Path events = tmp.resolve("bad.csv");
        Files.write(events, lines);
        Path out = tmp.resolve("never");
        CliTest.Result r = CliTest.run("simulate", "models/oral-50mg-by-weight.yaml", "--data", events.toString(),
                "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("depotkin: " + events + ":" + parts[parts.length - 1]), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void variabilityNeedsAPopulationWithVariability() throws IOException {
        Path events = tmp.resolve("one.csv");
        Files.write(events, List.of("ID,TIME,AMT", "1,0,50", "1,2,0"));
        CliTest.Result r = CliTest.run("simulate", "models/oral-50mg-daily.yaml", "--data", events.toString(),
                "--variability", "--out", tmp.resolve("v").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has no population variability"), r.err());
    }

    @Test
    void aDatasetWithoutIdIsRefusedAtTheHeader() throws IOException {
        Path events = tmp.resolve("noid.csv");
        Files.write(events, List.of("TIME,AMT", "0,50"));
        CliTest.Result r = CliTest.run("simulate", "models/oral-50mg-daily.yaml", "--data", events.toString(),
                "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("depotkin: " + events + ":1:1: expected a column ID"), r.err());
    }
}
