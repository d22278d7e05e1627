package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.model.Format;

/** The blockade results as a plain-text table for the terminal. */
public final class BlockadeTable {
    private static final int MAX_WINDOWS = 3;

    private BlockadeTable() {
    }

    /**
     * @param results  one per scenario and criterion
     * @param washouts one per scenario (same order as the scenarios appear), may be empty
     */
    public static String render(List<Blockade> results, List<Washout> washouts, List<String> washoutScenarios) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "criterion", "blocked windows", "first failure", "covered per interval",
            "gap before next dose", "target", "surmountable dose"});
        for (Blockade b : results) {
            rows.add(new String[] {b.scenario(), b.criterion(), windows(b), failure(b), covered(b), gap(b),
                Double.isNaN(b.target()) ? "" : (b.targetMet() ? "met" : "NOT met") + " (" + ConsoleTable.time(
                    b.target()) + " after each dose)", surmountable(b)});
        }
        StringBuilder sb = new StringBuilder(ConsoleTable.layout(rows));
        results.stream().filter(b -> !Double.isNaN(b.unblockedDose())).map(b -> b.criterion().replaceFirst(" blocked$", "")
                .replaceFirst("^\\S+ mg ", "") + ": smallest dose felt without naltrexone " + Format.number(b.unblockedDose())
                + " mg" + (b.dose() < b.unblockedDose() ? " (the challenge is below it: it is never felt, blocked or not)" : ""))
                .distinct().forEach(line -> sb.append(line).append(System.lineSeparator()));
        if (!washouts.isEmpty()) {
            Washout w0 = washouts.get(0);
            sb.append(System.lineSeparator()).append("Washout: time after the last dose until ").append(w0.challenge())
                    .append(" reaches ").append(Format.number(100 * w0.margin())).append(" % of the peak effect it ")
                    .append("reaches without naltrexone (at ").append(Format.number(100 * w0.unblocked()))
                    .append(" % receptor occupancy)")
                    .append(System.lineSeparator());
            List<String[]> w = new ArrayList<>();
            w.add(new String[] {"scenario", "last dose", "washout"});
            for (int i = 0; i < washouts.size(); i++) {
                Washout x = washouts.get(i);
                w.add(new String[] {washoutScenarios.get(i), "day " + Format.number(x.lastDose() / 24),
                    Double.isInfinite(x.hours()) ? "> " + ConsoleTable.time(x.horizon()) : ConsoleTable.time(x.hours())});
            }
            sb.append(ConsoleTable.layout(w));
        }
        return sb.toString();
    }

    static String windows(Blockade b) {
        if (b.windows().isEmpty()) {
            return "never blocked";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_WINDOWS, b.windows().size()); i++) {
            Blockade.Window w = b.windows().get(i);
            parts.add(ConsoleTable.time(w.start()) + " - " + (w.open() ? "end (" + ConsoleTable.time(w.end()) + ")"
                    : ConsoleTable.time(w.end())));
        }
        String more = b.windows().size() > MAX_WINDOWS ? ", ... (" + b.windows().size() + " windows)" : "";
        return String.join(", ", parts) + more;
    }

    static String failure(Blockade b) {
        if (b.firstFailure() == 0) {
            return "never blocked";
        }
        return Double.isInfinite(b.firstFailure()) ? "none in " + ConsoleTable.time(b.duration())
                : ConsoleTable.time(b.firstFailure());
    }

    static String covered(Blockade b) {
        List<Blockade.Interval> full = b.intervals().stream().filter(i -> !i.last()).toList();
        List<Blockade.Interval> use = full.isEmpty() ? b.intervals() : full;
        if (use.isEmpty()) {
            return "";
        }
        double min = use.stream().mapToDouble(Blockade.Interval::covered).min().orElse(0);
        double max = use.stream().mapToDouble(Blockade.Interval::covered).max().orElse(0);
        String range = Format.number(100 * min) + (max - min > 5e-4 ? "-" + Format.number(100 * max) : "") + " %";
        return range + (full.isEmpty() ? " (to end of run)" : " (" + full.size() + " intervals)");
    }

    static String gap(Blockade b) {
        double max = b.intervals().stream().filter(i -> !i.last()).mapToDouble(Blockade.Interval::gap).max()
                .orElse(Double.NaN);
        return Double.isNaN(max) ? "" : max == 0 ? "none" : "up to " + ConsoleTable.time(max);
    }

    static String surmountable(Blockade b) {
        if (b.curve() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < b.curve().markTime().length; k++) {
            parts.add(Format.number(b.curve().markDose()[k]) + " mg at " + ConsoleTable.time(b.curve().markTime()[k]));
        }
        return String.join(", ", parts);
    }
}
