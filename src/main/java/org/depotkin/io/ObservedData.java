package org.depotkin.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depotkin.analysis.Observations;
import org.depotkin.analysis.ReleaseProfile;

/**
 * Reads observed data from CSV files ({@link DataTable}: {@code #} comments, a header, numbers).
 * <ul>
 *   <li>release or dissolution profiles: {@code time_h} (or {@code time_min}, {@code time_d},
 *       {@code time_w}), then one column per replicate, named {@code ..._pct} (% released) or
 *       {@code ..._fraction} (0..1), e.g. {@code time_d,vessel1_pct,vessel2_pct};</li>
 *   <li>plasma concentrations: the time column, then one column per analyte, named
 *       {@code <analyte>_ng_mL}, e.g. {@code time_d,naltrexone_ng_mL}.</li>
 * </ul>
 * Empty cells are values not measured. Bad input is a one-line {@code file:line:column} error.
 */
public final class ObservedData {
    private ObservedData() {
    }

    /** A cumulative release or dissolution profile; values as fractions. */
    public static ReleaseProfile release(Path file) {
        DataTable t = DataTable.read(file);
        double hours = t.hoursPerTimeUnit();
        if (t.header().size() < 2) {
            throw t.headerError(0, "expected a time column and at least one column of released amounts "
                    + "(named ..._pct or ..._fraction)");
        }
        double[][] reps = new double[t.header().size() - 1][];
        for (int c = 1; c < t.header().size(); c++) {
            String name = t.header().get(c);
            double scale;
            if (name.endsWith("_pct")) {
                scale = 0.01;
            } else if (name.endsWith("_fraction")) {
                scale = 1;
            } else {
                throw t.headerError(c, "expected a column named ..._pct (% released) or ..._fraction (0..1), got '"
                        + name + "'");
            }
            reps[c - 1] = new double[t.rows()];
            for (int r = 0; r < t.rows(); r++) {
                double v = t.value(r, c) * scale;
                if (v < -0.1 || v > 1.5) {
                    throw t.error(r, c, "expected a released amount between 0 and " + (scale == 1 ? "1" : "100")
                            + " in column '" + name + "', got " + t.value(r, c));
                }
                reps[c - 1][r] = v;
            }
        }
        return new ReleaseProfile(file.getFileName().toString(), times(t, hours), reps);
    }

    /** Plasma concentrations (ng/mL) of the analytes named by the column headers. */
    public static Observations plasma(Path file) {
        DataTable t = DataTable.read(file);
        double hours = t.hoursPerTimeUnit();
        if (t.header().size() < 2) {
            throw t.headerError(0, "expected a time column and at least one concentration column named "
                    + "<analyte>_ng_mL");
        }
        List<String> analytes = new ArrayList<>();
        double[][] values = new double[t.header().size() - 1][];
        for (int c = 1; c < t.header().size(); c++) {
            String name = t.header().get(c);
            if (!name.endsWith("_ng_mL") || name.length() == "_ng_mL".length()) {
                throw t.headerError(c, "expected a concentration column named <analyte>_ng_mL, e.g. naltrexone_ng_mL, "
                        + "got '" + name + "'");
            }
            analytes.add(name.substring(0, name.length() - "_ng_mL".length()));
            values[c - 1] = t.column(c);
            for (int r = 0; r < t.rows(); r++) {
                if (values[c - 1][r] < 0) {
                    throw t.error(r, c, "expected a concentration >= 0, got " + values[c - 1][r]);
                }
            }
        }
        return new Observations(file.getFileName().toString(), analytes, times(t, hours), values);
    }

    private static double[] times(DataTable t, double hours) {
        double[] out = t.column(0);
        for (int i = 0; i < out.length; i++) {
            out[i] *= hours;
        }
        return out;
    }
}
