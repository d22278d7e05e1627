package org.depotkin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.model.Dimension;
import org.depotkin.model.Unit;

/**
 * Reads one observed time course from a CSV file: plasma concentrations for NCA and
 * deconvolution, or an in-vitro release curve for IVIVC. Two layouts are accepted:
 * <ul>
 *   <li>two columns, each with its unit in the header: {@code time_h,conc_ng_per_mL},
 *       {@code time_d,released_percent}, {@code time (h),conc [ng/mL]} ({@code _per_} reads as
 *       {@code /}, {@code percent} as %, {@code fraction} as a bare fraction);</li>
 *   <li>the tidy CSV that {@code depotkin simulate} writes, {@value TidyCsv#HEADER}, from which one
 *       analyte (and one scenario and subject) is taken.</li>
 * </ul>
 * Lines starting with {@code #} and blank lines are skipped. Times must increase strictly and be
 * &ge; 0; values must be finite and &ge; 0. Any problem is a {@link ModelFileException} with
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
     * @param analyte for a tidy CSV, the analyte to take (null: the file must hold only one)
     */
    public static Series read(Path file, String analyte) {
        String name = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Location.start(name), "no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new ModelFileException(Location.start(name), "cannot read: " + e.getMessage());
        }
        int h = 0;
        while (h < lines.size() && skip(lines.get(h))) {
            h++;
        }
        if (h == lines.size()) {
            throw new ModelFileException(Location.start(name), "no header line; expected e.g. "
                    + "'time_h,conc_ng_per_mL'");
        }
        String header = lines.get(h).strip();
        if (header.equals(TidyCsv.HEADER)) {
            return tidy(name, lines, h, analyte);
        }
        if (analyte != null) {
            throw new IllegalArgumentException("--analyte applies to the tidy CSV of 'depotkin simulate' ("
                    + TidyCsv.HEADER + "); " + name + " has the columns " + header);
        }
        return twoColumns(name, lines, h);
    }

    private static Series twoColumns(String file, List<String> lines, int h) {
        String[] cols = lines.get(h).split(",", -1);
        if (cols.length != 2) {
            throw new ModelFileException(new Location(file, h + 1, 1), "expected two columns, time and value, each "
                    + "with its unit (e.g. 'time_h,conc_ng_per_mL'), got " + cols.length);
        }
        Unit timeUnit = columnUnit(file, h, 1, cols[0]);
        if (timeUnit.dimension() != Dimension.TIME) {
            throw new ModelFileException(new Location(file, h + 1, 1), "first column '" + cols[0].strip()
                    + "' must be a time with its unit, e.g. time_h or time_d");
        }
        int col2 = cols[0].length() + 2;
        Unit valueUnit = columnUnit(file, h, col2, cols[1]);
        List<double[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skip(line)) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 2) {
                throw new ModelFileException(new Location(file, i + 1, 1), "expected 2 fields, got " + f.length);
            }
            double t = number(file, i, 1, f[0]) * timeUnit.factor() / Unit.H.factor();
            double v = number(file, i, f[0].length() + 2, f[1]);
            rows.add(new double[] {t, v});
            lineNumbers.add(i);
        }
        return series(file, name(cols[1]), rows, lineNumbers, valueUnit);
    }

    private static Series tidy(String file, List<String> lines, int h, String analyte) {
        Set<String> analytes = new LinkedHashSet<>();
        Set<String> curves = new LinkedHashSet<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Unit unit = null;
        String chosen = analyte;
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skip(line)) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 6) {
                throw new ModelFileException(new Location(file, i + 1, 1), "expected 6 fields ("
                        + TidyCsv.HEADER + "), got " + f.length);
            }
            analytes.add(f[3]);
            if (chosen == null) {
                chosen = f[3];
            }
            if (!f[3].equals(chosen)) {
                continue;
            }
            curves.add(f[0] + " subject " + f[1]);
            int col = f[0].length() + f[1].length() + 3;
            double t = number(file, i, col, f[2]);
            double v = number(file, i, col + f[2].length() + f[3].length() + 2, f[4]);
            Unit u = parseUnit(file, i, line.length() - f[5].length() + 1, f[5]);
            if (unit == null) {
                unit = u;
            } else if (!unit.symbol().equals(u.symbol())) {
                throw new ModelFileException(new Location(file, i + 1, line.length() - f[5].length() + 1),
                        "unit '" + f[5] + "' differs from '" + unit.symbol() + "' in earlier rows of " + chosen);
            }
            rows.add(new double[] {t, v});
            lineNumbers.add(i);
        }
        if (analyte == null && analytes.size() > 1) {
            throw new IllegalArgumentException(file + " holds several analytes (" + String.join(", ", analytes)
                    + "); choose one with --analyte");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("--analyte " + analyte + ": not in " + file + "; it holds "
                    + String.join(", ", analytes));
        }
        if (curves.size() > 1) {
            throw new IllegalArgumentException(file + " holds several curves of " + chosen + " ("
                    + String.join("; ", curves) + "); write one scenario and subject per file");
        }
        return series(file, chosen, rows, lineNumbers, unit);
    }

    private static Series series(String file, String name, List<double[]> rows, List<Integer> lineNumbers, Unit unit) {
        if (rows.size() < 2) {
            throw new ModelFileException(Location.start(file), "need at least 2 data rows, got " + rows.size());
        }
        double[] t = new double[rows.size()];
        double[] v = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            t[k] = rows.get(k)[0];
            v[k] = rows.get(k)[1];
            Location at = new Location(file, lineNumbers.get(k) + 1, 1);
            if (t[k] < 0) {
                throw new ModelFileException(at, "time must be >= 0, got " + t[k]);
            }
            if (k > 0 && t[k] <= t[k - 1]) {
                throw new ModelFileException(at, "times must increase from row to row");
            }
            if (v[k] < 0) {
                throw new ModelFileException(at, "value must be >= 0, got " + v[k]);
            }
        }
        return new Series(file, name, t, v, unit);
    }

    /** The unit written in a column name: {@code conc_ng_per_mL}, {@code conc (ng/mL)}, {@code conc [ng/mL]}. */
    static Unit columnUnit(String file, int line, int column, String header) {
        String s = header.strip();
        String text;
        int open = Math.max(s.indexOf('('), s.indexOf('['));
        if (open > 0 && (s.endsWith(")") || s.endsWith("]"))) {
            text = s.substring(open + 1, s.length() - 1).strip();
        } else if (s.indexOf('_') > 0) {
            text = s.substring(s.indexOf('_') + 1).replace("_per_", "/");
        } else {
            throw new ModelFileException(new Location(file, line + 1, column), "column '" + s + "' has no unit; "
                    + "write it as name_unit (time_h, conc_ng_per_mL, released_percent) or name (unit)");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("percent") || lower.equals("pct")) {
            return Unit.PERCENT;
        }
        if (lower.equals("fraction")) {
            return Unit.ONE;
        }
        return parseUnit(file, line, column, text);
    }

    private static Unit parseUnit(String file, int line, int column, String text) {
        try {
            return Unit.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(new Location(file, line + 1, column), "unit '" + text.strip()
                    + "': " + e.getMessage());
        }
    }

    private static String name(String header) {
        String s = header.strip();
        int cut = s.indexOf('_') > 0 ? s.indexOf('_') : s.length();
        for (char c : new char[] {'(', '['}) {
            if (s.indexOf(c) > 0) {
                cut = Math.min(cut, s.indexOf(c));
            }
        }
        return s.substring(0, cut).strip();
    }

    private static double number(String file, int line, int column, String text) {
        try {
            double x = Double.parseDouble(text.strip());
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ModelFileException(new Location(file, line + 1, column), "expected a number, got '" + text.strip()
                + "'");
    }

    private static boolean skip(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }
}
