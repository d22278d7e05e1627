package org.depotkin.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.analysis.Blockade;
import org.depotkin.analysis.Washout;

/**
 * Blockade results as CSV, units in the column names: the windows, the dosing intervals, the
 * surmountable dose over time and the washouts. Lines starting with {@code #} carry the tool
 * version and the model files' hashes, as in {@link TidyCsv}.
 */
public final class BlockadeCsv {
    private BlockadeCsv() {
    }

    /** {@code scenario,criterion,start_h,end_h,length_h,open_at_end}. */
    public static void windows(Path file, List<String> comments, List<Blockade> results) throws IOException {
        try (BufferedWriter w = open(file, comments, "scenario,criterion,start_h,end_h,length_h,open_at_end")) {
            for (Blockade b : results) {
                for (Blockade.Window x : b.windows()) {
                    line(w, q(b.scenario()), q(b.criterion()), n(x.start()), n(x.end()), n(x.length()),
                            Boolean.toString(x.open()));
                }
            }
        }
    }

    /** {@code scenario,criterion,dose_h,next_dose_h,blocked_for_h,covered_percent,gap_before_next_h}. */
    public static void intervals(Path file, List<String> comments, List<Blockade> results) throws IOException {
        try (BufferedWriter w = open(file, comments,
                "scenario,criterion,dose_h,next_dose_h,blocked_for_h,covered_percent,gap_before_next_h")) {
            for (Blockade b : results) {
                for (Blockade.Interval i : b.intervals()) {
                    line(w, q(b.scenario()), q(b.criterion()), n(i.dose()), n(i.next()), n(i.blockedFor()),
                            n(100 * i.covered()), Double.isNaN(i.gap()) ? "" : n(i.gap()));
                }
            }
        }
    }

    /** {@code scenario,criterion,time_h,surmountable_dose_mg,antagonist_occupancy_percent}. */
    public static void surmountable(Path file, List<String> comments, List<Blockade> results) throws IOException {
        try (BufferedWriter w = open(file, comments,
                "scenario,criterion,time_h,surmountable_dose_mg,antagonist_occupancy_percent")) {
            for (Blockade b : results) {
                if (b.curve() == null) {
                    continue;
                }
                for (int k = 0; k < b.curve().time().length; k++) {
                    line(w, q(b.scenario()), q(b.criterion()), n(b.curve().time()[k]), n(b.curve().surmountable()[k]),
                            n(100 * b.curve().occupancy()[k]));
                }
            }
        }
    }

    /** {@code scenario,analgesic,margin_percent,unblocked_peak_percent,last_dose_h,washout_h}. */
    public static void washouts(Path file, List<String> comments, List<String> scenarios, List<Washout> washouts)
            throws IOException {
        try (BufferedWriter w = open(file, comments,
                "scenario,analgesic,margin_percent,unblocked_peak_percent,last_dose_h,washout_h")) {
            for (int i = 0; i < washouts.size(); i++) {
                Washout x = washouts.get(i);
                line(w, q(scenarios.get(i)), q(x.challenge()), n(100 * x.margin()), n(100 * x.unblocked()),
                        n(x.lastDose()), Double.isInfinite(x.hours()) ? "inf" : n(x.hours()));
            }
        }
    }

    private static BufferedWriter open(Path file, List<String> comments, String header) throws IOException {
        return TidyCsv.open(file, comments, header);
    }

    private static void line(BufferedWriter w, String... cells) throws IOException {
        w.write(String.join(",", cells));
        w.newLine();
    }

    private static String n(double x) {
        return TidyCsv.number(x);
    }

    private static String q(String s) {
        return TidyCsv.quote(s);
    }
}
