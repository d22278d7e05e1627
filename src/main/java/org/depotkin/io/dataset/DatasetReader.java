package org.depotkin.io.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.depotkin.io.CsvTable;
import org.depotkin.io.yaml.ModelFileException;

/**
 * Reads a NONMEM-style event dataset (docs/datasets.md). ID and TIME are required; EVID, AMT, RATE,
 * CMT, II, ADDL, SS, DV and MDV are optional (standard names in any case); every other column is a
 * numeric covariate. A missing value is {@code .} or an empty cell: a covariate then carries the
 * subject's previous value forward. Each bad cell is a one-line {@code file:line:column} error that
 * names the column and what was expected.
 */
public final class DatasetReader {
    /** The standard columns, in the order the writer puts them. */
    public static final List<String> STANDARD = List.of("ID", "TIME", "AMT", "RATE", "EVID", "CMT", "II", "ADDL",
            "SS", "DV", "MDV");

    private final CsvTable table;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    private final List<String> covariates = new ArrayList<>();

    private DatasetReader(CsvTable table) {
        this.table = table;
        for (int c = 0; c < table.header().size(); c++) {
            String raw = table.header().get(c);
            String upper = raw.toUpperCase(Locale.ROOT);
            String name = STANDARD.contains(upper) ? upper : raw;
            if (index.putIfAbsent(name, c) != null) {
                throw table.headerError(c, "column " + name + " appears twice");
            }
            columns.add(name);
            if (!STANDARD.contains(upper)) {
                covariates.add(name);
            }
        }
        for (String required : List.of("ID", "TIME")) {
            if (!index.containsKey(required)) {
                throw table.headerError(0, "expected a column " + required + " (an event dataset needs ID and TIME; "
                        + "see docs/datasets.md), got " + String.join(",", table.header()));
            }
        }
    }

    /** Reads and checks the file. */
    public static Dataset read(Path path) {
        return new DatasetReader(CsvTable.read(path)).dataset();
    }

    /** Whether a CSV file is an event dataset: its header has the columns ID and TIME (any case). */
    public static boolean isDataset(Path path) {
        List<String> header = CsvTable.read(path).header().stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
        return header.contains("ID") && header.contains("TIME");
    }

    private Dataset dataset() {
        List<EventRecord> records = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        Set<String> finished = new HashSet<>();
        String current = null;
        double lastTime = 0;
        Map<String, Double> carried = new LinkedHashMap<>();
        for (int r = 0; r < table.rows(); r++) {
            String id = table.text(r, index.get("ID"));
            if (id.isEmpty() || id.equals(".")) {
                throw table.error(r, index.get("ID"), "column ID: expected a subject identifier, got an empty cell");
            }
            if (!id.equals(current)) {
                if (!finished.add(id)) {
                    throw table.error(r, index.get("ID"), "column ID: subject " + id + " appears again after other "
                            + "subjects; a subject's records must be contiguous");
                }
                current = id;
                lastTime = 0;
                carried = new LinkedHashMap<>();
            }
            double time = required(r, "TIME");
            if (time < 0 || time < lastTime) {
                throw table.error(r, index.get("TIME"), "column TIME: expected a time in h >= " + lastTime
                        + " (times may not decrease within a subject), got " + time);
            }
            lastTime = time;
            for (String cov : covariates) {
                double v = optional(r, cov, Double.NaN);
                if (Double.isNaN(v)) {
                    if (!carried.containsKey(cov)) {
                        throw table.error(r, index.get(cov), "column " + cov + ": expected a value on subject " + id
                                + "'s first record (later missing values carry the previous one forward)");
                    }
                } else {
                    carried.put(cov, v);
                }
            }
            records.add(record(r, id, time, carried));
            cells.add(cellStarts(r));
        }
        return new Dataset(table.file(), columns, covariates, records, cells);
    }

    private EventRecord record(int r, String id, double time, Map<String, Double> covs) {
        double amount = optional(r, "AMT", 0);
        int evid = whole(r, "EVID", amount > 0 ? 1 : 0, 0, 4);
        if (amount < 0) {
            throw error(r, "AMT", "expected an amount in mg >= 0, got " + amount);
        }
        if ((evid == 1 || evid == 4) && !(amount > 0)) {
            throw error(r, "AMT", "expected an amount in mg > 0 on a dose record (EVID " + evid + ")");
        }
        double rate = optional(r, "RATE", 0);
        if (rate == -1) {
            throw error(r, "RATE", "RATE -1 (rate from the model) is not supported; give the rate in mg/h, or -2 "
                    + "for the duration of the scenario's iv-infusion formulation");
        }
        if (rate < 0 && rate != -2) {
            throw error(r, "RATE", "expected 0 (bolus), a rate in mg/h > 0, or -2 (duration from the model), got "
                    + rate);
        }
        double interval = optional(r, "II", 0);
        if (interval < 0) {
            throw error(r, "II", "expected a dosing interval in h >= 0, got " + interval);
        }
        int additional = whole(r, "ADDL", 0, 0, Integer.MAX_VALUE);
        int ss = whole(r, "SS", 0, 0, 2);
        if ((additional > 0 || ss > 0) && !(interval > 0)) {
            throw error(r, "II", "expected a dosing interval in h > 0 with " + (ss > 0 ? "SS " + ss : "ADDL "
                    + additional));
        }
        if ((additional > 0 || ss > 0) && evid != 1 && evid != 4) {
            throw error(r, ss > 0 ? "SS" : "ADDL", "ADDL and SS apply to dose records (EVID 1 or 4), this record has "
                    + "EVID " + evid);
        }
        double dv = optional(r, "DV", Double.NaN);
        int mdv = whole(r, "MDV", evid == 0 ? 0 : 1, 0, 1);
        if (evid != 0 && mdv == 0) {
            throw error(r, "MDV", "expected MDV 1 on a record that is not an observation (EVID " + evid + ")");
        }
        String cmt = index.containsKey("CMT") ? table.text(r, index.get("CMT")) : "";
        cmt = cmt.equals(".") ? "" : cmt;
        return new EventRecord(table.error(r, 0, "").location().line(), id, time, evid, amount, rate, cmt, interval,
                additional, ss, dv, mdv, covs);
    }

    private int[] cellStarts(int r) {
        int[] out = new int[columns.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = table.error(r, c, "").location().column();
        }
        return out;
    }

    private ModelFileException error(int r, String column, String message) {
        return table.error(r, index.get(column), "column " + column + ": " + message);
    }

    private double required(int r, String column) {
        double v = optional(r, column, Double.NaN);
        if (Double.isNaN(v)) {
            throw error(r, column, "expected a number, got an empty cell");
        }
        return v;
    }

    /** The number in a column, {@code absent} when the column is missing or the cell is empty or '.'. */
    private double optional(int r, String column, double absent) {
        Integer c = index.get(column);
        if (c == null) {
            return absent;
        }
        String cell = table.text(r, c);
        if (cell.isEmpty() || cell.equals(".")) {
            return absent;
        }
        try {
            double x = Double.parseDouble(cell);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(r, column, "expected a number, got '" + cell + "'");
    }

    private int whole(int r, String column, int absent, int min, int max) {
        double v = optional(r, column, absent);
        if (v != Math.rint(v) || v < min || v > max) {
            throw error(r, column, "expected a whole number from " + min + (max == Integer.MAX_VALUE ? " up"
                    : " to " + max) + ", got " + v);
        }
        return (int) v;
    }
}
