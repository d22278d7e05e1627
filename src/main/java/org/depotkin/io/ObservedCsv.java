package org.depotkin.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Dimension;
import org.depotkin.model.Unit;

/**
 * Reads one observed time course from a {@link CsvTable}: plasma concentrations for NCA and
 * deconvolution, or an in-vitro release curve for IVIVC. Two layouts are accepted:
 * <ul>
 *   <li>a time column, then value columns, each with its unit in the header ({@link ColumnHeader}):
 *       {@code time_h,conc_ng_per_mL}, {@code time_d,released_percent}, {@code time (h),conc [ng/mL]},
 *       {@code time_d,naltrexone_ng_mL,6b-naltrexol_ng_mL}; with more than one value column, the
 *       analyte picks the column by its name;</li>
 *   <li>the tidy CSV that {@code depotkin simulate} writes, {@value TidyCsv#HEADER}, from which one
 *       analyte (and one scenario and subject) is taken.</li>
 * </ul>
 * A row whose value is empty was not measured and is left out. Times must increase strictly and be
 * &ge; 0; values must be &ge; 0. Any problem is a {@link ModelFileException} with
 * {@code file:line:column}.
 */
public final class ObservedCsv {

    /**
     * One time course.
     *
     * @param file   the file as the user named it
     * @param name   the value column's name (or the analyte)
     * @param times  sample times (h)
     * @param values values in {@code unit}
     * @param unit   the unit of the values as written in the file
     */
    public record Series(String file, String name, double[] times, double[] values, Unit unit) {
        /** The values converted to {@code target} (same dimension), e.g. ng/mL or a fraction. */
        public double[] valuesIn(Unit target) {
            if (!unit.isCompatible(target)) {
                throw new ModelFileException(Location.start(file), "column '" + name + "' is in '" + unit.symbol()
                        + "'; expected " + (target.dimension() == Dimension.NONE ? "a fraction or %"
                        : "a unit like " + target.symbol()));
            }
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = values[i] * unit.factor() / target.factor();
            }
            return out;
        }
    }

    private ObservedCsv() {
    }

    /**
     * Reads a file.
     *
     * @param file    the CSV file
     * @param analyte the analyte to take from a tidy CSV or from a table with one column per analyte
     *                (null: the file must hold only one)
     */
    public static Series read(Path file, String analyte) {
        CsvTable t = CsvTable.read(file);
        if (String.join(",", t.header()).equals(TidyCsv.HEADER)) {
            return tidy(t, analyte);
        }
        if (analyte == null && t.header().size() != 2) {
            throw t.headerError(0, "expected two columns, time and value, each with its unit (e.g. "
                    + "'time_h,conc_ng_per_mL'), got " + t.header().size());
        }
        List<ColumnHeader> headings = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            headings.add(t.heading(c));
        }
        List<String> names = headings.subList(1, headings.size()).stream().map(ColumnHeader::name).toList();
        int column = analyte == null ? 1 : names.indexOf(analyte) + 1;
        if (column == 0) {
            throw notIn(t, analyte, names);
        }
        ColumnHeader value = headings.get(column);
        return series(t, t.allRows(), 0, column, value.name(), value.unit());
    }

    private static Series tidy(CsvTable t, String analyte) {
        Set<String> analytes = new LinkedHashSet<>();
        Set<String> curves = new LinkedHashSet<>();
        List<Integer> rows = new ArrayList<>();
        Unit unit = null;
        String chosen = analyte;
        for (int r = 0; r < t.rows(); r++) {
            String a = t.text(r, 3);
            analytes.add(a);
            if (chosen == null) {
                chosen = a;
            }
            if (!a.equals(chosen)) {
                continue;
            }
            curves.add(t.text(r, 0) + " subject " + t.text(r, 1));
            Unit u;
            try {
                u = ColumnHeader.unit(t.text(r, 5));
            } catch (IllegalArgumentException e) {
                throw t.error(r, 5, e.getMessage());
            }
            if (unit == null) {
                unit = u;
            } else if (!unit.symbol().equals(u.symbol())) {
                throw t.error(r, 5, "unit '" + t.text(r, 5) + "' differs from '" + unit.symbol()
                        + "' in earlier rows of " + chosen);
            }
            rows.add(r);
        }
        if (analyte == null && analytes.size() > 1) {
            throw new IllegalArgumentException(t.file() + " holds several analytes (" + String.join(", ", analytes)
                    + "); choose one with --analyte");
        }
        if (rows.isEmpty()) {
            throw notIn(t, analyte, analytes);
        }
        if (curves.size() > 1) {
            throw new IllegalArgumentException(t.file() + " holds several curves of " + chosen + " ("
                    + String.join("; ", curves) + "); write one scenario and subject per file");
        }
        return series(t, rows, 2, 4, chosen, unit);
    }

    private static IllegalArgumentException notIn(CsvTable t, String analyte, Iterable<String> analytes) {
        return new IllegalArgumentException("--analyte " + analyte + ": not in " + t.file() + "; it holds "
                + String.join(", ", analytes));
    }

    /** The rows whose value is measured (not empty), as a series in h and {@code unit}. */
    private static Series series(CsvTable t, List<Integer> rows, int timeColumn, int valueColumn, String name,
                                 Unit unit) {
        List<Integer> measured = rows.stream().filter(r -> !Double.isNaN(t.number(r, valueColumn))).toList();
        if (measured.size() < 2) {
            throw new ModelFileException(Location.start(t.file()), "need at least 2 data rows, got " + measured.size());
        }
        double[] times = t.hours(timeColumn, measured);
        double[] values = new double[measured.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = t.number(measured.get(k), valueColumn);
            if (values[k] < 0) {
                throw t.error(measured.get(k), 0, "value must be >= 0, got " + values[k]);
            }
        }
        return new Series(t.file(), name, times, values, unit);
    }
}
