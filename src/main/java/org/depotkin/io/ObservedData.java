package org.depotkin.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depotkin.analysis.Observations;
import org.depotkin.analysis.ReleaseProfile;
import org.depotkin.model.Dimension;
import org.depotkin.model.Unit;

/**
 * Reads replicate release profiles and multi-analyte plasma data from a {@link CsvTable} whose
 * first column is the time and whose headers carry their units ({@link ColumnHeader}):
 * <ul>
 *   <li>release or dissolution profiles: one column per replicate in % or as a fraction, e.g.
 *       {@code time_d,vessel1_pct,vessel2_pct} or {@code time_h,released_percent};</li>
 *   <li>plasma concentrations: one column per analyte, named by the analyte, in any concentration
 *       unit, e.g. {@code time_d,naltrexone_ng_mL} or {@code time_h,naltrexone_ng_per_mL}.</li>
 * </ul>
 * Empty cells are values not measured. Bad input is a one-line {@code file:line:column} error.
 */
public final class ObservedData {
    private ObservedData() {
    }

    /** A cumulative release or dissolution profile; values as fractions. */
    public static ReleaseProfile release(Path file) {
        CsvTable t = table(file, "column of released amounts (named ..._pct or ..._fraction)");
        double[] times = t.hours(0, t.allRows());
        double[][] reps = new double[t.header().size() - 1][];
        for (int c = 1; c < t.header().size(); c++) {
            Unit unit = t.heading(c, Dimension.NONE, "expected a column named ..._pct (% released) or ..._fraction "
                    + "(0..1)").unit();
            reps[c - 1] = new double[t.rows()];
            for (int r = 0; r < t.rows(); r++) {
                double v = t.number(r, c) * unit.factor();
                if (v < -0.1 || v > 1.5) {
                    throw t.error(r, c, "expected a released amount between 0 and " + (unit.factor() == 1 ? "1" : "100")
                            + " in column '" + t.header().get(c) + "', got " + t.number(r, c));
                }
                reps[c - 1][r] = v;
            }
        }
        return new ReleaseProfile(file.getFileName().toString(), times, reps);
    }

    /** Plasma concentrations (ng/mL) of the analytes named by the column headers. */
    public static Observations plasma(Path file) {
        CsvTable t = table(file, "concentration column named <analyte>_ng_mL");
        double[] times = t.hours(0, t.allRows());
        List<String> analytes = new ArrayList<>();
        double[][] values = new double[t.header().size() - 1][];
        for (int c = 1; c < t.header().size(); c++) {
            ColumnHeader h = t.heading(c, Dimension.CONCENTRATION, "expected a concentration column named "
                    + "<analyte>_ng_mL (or <analyte>_ng_per_mL, <analyte> (ng/mL)), e.g. naltrexone_ng_mL");
            analytes.add(h.name());
            values[c - 1] = new double[t.rows()];
            for (int r = 0; r < t.rows(); r++) {
                double v = t.number(r, c);
                if (v < 0) {
                    throw t.error(r, c, "expected a concentration >= 0, got " + v);
                }
                values[c - 1][r] = v * h.unit().factor() / Unit.NG_PER_ML.factor();
            }
        }
        return new Observations(file.getFileName().toString(), analytes, times, values);
    }

    /** The table, which must hold the time and at least one {@code valueColumn}. */
    private static CsvTable table(Path file, String valueColumn) {
        CsvTable t = CsvTable.read(file);
        if (t.header().size() < 2) {
            throw t.headerError(0, "expected a time column and at least one " + valueColumn);
        }
        return t;
    }
}
