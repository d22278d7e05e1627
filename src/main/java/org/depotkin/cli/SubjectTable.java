package org.depotkin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.depotkin.analysis.dataset.Summary;
import org.depotkin.model.Format;

/**
 * One row per subject and one column per parameter, with the summary statistics of the chosen columns
 * (geometric mean and CV %, …): the by-subject output of {@code nca} and {@code fit plasma}.
 */
final class SubjectTable {
    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, Double>> rows = new ArrayList<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final List<String> summarized = new ArrayList<>();

    /** Starts a subject's row. */
    void subject(String id) {
        ids.add(id);
        rows.add(new LinkedHashMap<>());
    }

    /** A value of the current subject; {@code summarize} puts the column in the summary statistics. */
    void put(String name, double value, String unit, boolean summarize) {
        units.putIfAbsent(name, unit);
        if (summarize && !summarized.contains(name)) {
            summarized.add(name);
        }
        rows.get(rows.size() - 1).put(name, value);
    }

    private double[] column(String name) {
        return rows.stream().mapToDouble(r -> r.getOrDefault(name, Double.NaN)).toArray();
    }

    private static String heading(String name, String unit) {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }

    /** The table and the summary, for the console. */
    String render() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s", "ID"));
        units.forEach((n, u) -> sb.append(String.format(Locale.ROOT, " %14s", n)));
        sb.append('\n');
        for (int i = 0; i < ids.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-8s", ids.get(i)));
            for (String n : units.keySet()) {
                double v = rows.get(i).getOrDefault(n, Double.NaN);
                sb.append(String.format(Locale.ROOT, " %14s", Double.isNaN(v) ? "-" : Format.number(v)));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n%-14s %-9s %4s %11s %9s %11s %9s %11s%n", "parameter", "unit", "n",
                "mean", "CV %", "geo mean", "geo CV %", "median"));
        for (String n : summarized) {
            Summary s = Summary.of(column(n));
            sb.append(String.format(Locale.ROOT, "%-14s %-9s %4d %11s %9s %11s %9s %11s%n", n, units.get(n), s.n(),
                    num(s.mean()), num(s.cvPercent()), num(s.geometricMean()), num(s.geometricCv()), num(s.median())));
        }
        return sb.toString();
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "-" : Format.number(x);
    }

    /** {@code ID,<name> [unit],...}, one line per subject. */
    void writeSubjects(Path file, String comment) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# " + comment);
            w.newLine();
            List<String> head = new ArrayList<>(List.of("ID"));
            units.forEach((n, u) -> head.add(heading(n, u)));
            w.write(String.join(",", head));
            w.newLine();
            for (int i = 0; i < ids.size(); i++) {
                List<String> cells = new ArrayList<>(List.of(ids.get(i)));
                for (String n : units.keySet()) {
                    double v = rows.get(i).getOrDefault(n, Double.NaN);
                    cells.add(Double.isNaN(v) ? "" : Double.toString(v));
                }
                w.write(String.join(",", cells));
                w.newLine();
            }
        }
    }

    /** One line per summarised parameter: n, mean, SD, CV %, geometric mean, geometric CV %, median, min, max. */
    void writeSummary(Path file, String comment) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# " + comment + "; geometric CV % = 100 sqrt(exp(s^2) - 1), s the SD of ln x; SDs with n - 1");
            w.newLine();
            w.write("parameter,unit,n,mean,sd,cv_pct,geometric_mean,geometric_cv_pct,median,min,max");
            w.newLine();
            for (String n : summarized) {
                Summary s = Summary.of(column(n));
                w.write(String.join(",", n, units.get(n), Integer.toString(s.n()), cell(s.mean()), cell(s.sd()),
                        cell(s.cvPercent()), cell(s.geometricMean()), cell(s.geometricCv()), cell(s.median()),
                        cell(s.min()), cell(s.max())));
                w.newLine();
            }
        }
    }

    private static String cell(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }
}
