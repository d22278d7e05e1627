package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depotkin.model.Format;

/** The summaries as a plain-text table for the terminal. */
public final class ConsoleTable {
    private ConsoleTable() {
    }

    public static String render(List<RunSummary> runs) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "analyte", "Cmax", "Tmax", "Cmin", "AUC", "criterion", "time above",
            "first below"});
        for (RunSummary r : runs) {
            for (Exposure e : r.exposures()) {
                boolean percent = e.unit().equals("fraction");
                String u = percent ? "%" : e.unit();
                double f = percent ? 100 : 1;
                String[] base = {r.scenario(), e.output(), Format.number(f * e.cmax()) + " " + u, time(e.tmax()),
                    Format.number(f * e.cmin()) + " " + u, Format.number(f * e.auc()) + " " + u + "·h"};
                if (e.thresholds().isEmpty()) {
                    rows.add(concat(base, "", "", ""));
                }
                for (Exposure.ThresholdTime t : e.thresholds()) {
                    rows.add(concat(base, t.label(), time(t.hoursAbove()), Double.isNaN(t.firstTimeBelow()) ? "never"
                            : time(t.firstTimeBelow())));
                }
            }
            for (RunSummary.DepotEnd d : r.depots()) {
                rows.add(new String[] {r.scenario(), "depot " + d.index(), "load " + Format.number(d.load()) + " mg",
                    "", "residual " + Format.number(d.remaining()) + " mg", "removed " + Format.number(d.removed())
                        + " mg", "", "", ""});
            }
        }
        return layout(rows);
    }

    /** Rows (the first is the header) as aligned columns with a rule under the header. */
    public static String layout(List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format(Locale.ROOT, "%-" + w[i] + "s", r[i])).append(i < r.length - 1 ? "  " : "");
            }
            sb.append(System.lineSeparator());
            if (k == 0) {
                for (int i = 0; i < r.length; i++) {
                    sb.append("-".repeat(w[i])).append(i < r.length - 1 ? "  " : "");
                }
                sb.append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    /** h below 72 h, else days. */
    public static String time(double h) {
        return h < 72 ? Format.number(h) + " h" : Format.number(h / 24) + " d";
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
