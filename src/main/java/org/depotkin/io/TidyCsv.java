package org.depotkin.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;

/**
 * Tidy long-format CSV: one row per scenario, subject, time and analyte,
 * {@code scenario,subject,time_h,analyte,value,unit}. Lines starting with {@code #} before the
 * header carry the tool version, model hashes and settings; read with
 * {@code pandas.read_csv(f, comment="#")} or {@code read.csv(f, comment.char = "#")}.
 */
public final class TidyCsv {
    public static final String HEADER = "scenario,subject,time_h,analyte,value,unit";

    private TidyCsv() {
    }

    /** One simulated curve set to write. */
    public record Run(String scenario, int subject, Trajectory trajectory, double step) {
    }

    public static void write(Path file, List<String> comments, List<Run> runs) throws IOException {
        try (BufferedWriter w = open(file, comments, HEADER)) {
            for (Run r : runs) {
                Trajectory tr = r.trajectory();
                int n = (int) Math.round(tr.endTime() / r.step());
                for (int i = 0; i <= n; i++) {
                    double t = Math.min(i * r.step(), tr.endTime());
                    double[] y = tr.state(t);
                    for (Output o : tr.model().outputs()) {
                        w.write(quote(r.scenario()) + "," + r.subject() + "," + number(t) + "," + o.name() + ","
                                + number(o.at(t, y)) + "," + o.unit());
                        w.newLine();
                    }
                }
            }
        }
    }

    /** 12 significant digits, no trailing zeros, scientific notation below 1e-4. */
    /** A new CSV file: the comment lines (each prefixed {@code # }), then the header line. */
    static BufferedWriter open(Path file, List<String> comments, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file);
        for (String c : comments) {
            w.write("# " + c.replace('\n', ' '));
            w.newLine();
        }
        w.write(header);
        w.newLine();
        return w;
    }

    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String quick = plain(x);
        if (quick != null) {
            return quick;
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(12)).stripTrailingZeros();
        return Math.abs(x) < 1e-4 ? d.toString().replace('E', 'e') : d.toPlainString();
    }

    /**
     * The same text as {@link #number} by long arithmetic, for 1e-4 ≤ |x| &lt; 1e11 when the 12th digit's
     * rounding is clear-cut (the scaled value's fraction is not within 1e-3 of one half: its own rounding error is
     * below 1e-4); null otherwise, for the exact decimal expansion to decide.
     */
    private static String plain(double x) {
        double a = Math.abs(x);
        if (!(a >= 1e-4 && a < 1e11)) {
            return null;
        }
        int e = (int) Math.floor(Math.log10(a));
        double scaled = a * POWERS[11 - e + 4];
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < 1e-3 || scaled < 1e11 || scaled >= 1e12) {
            return null;
        }
        long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
        if (digits >= 1_000_000_000_000L) {
            return null;
        }
        String m = Long.toString(digits);
        int point = e + 1;
        StringBuilder sb = new StringBuilder(20);
        if (x < 0) {
            sb.append('-');
        }
        if (point <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-point));
            sb.append(m);
        } else {
            sb.append(m, 0, point);
            sb.append('.');
            sb.append(m, point, m.length());
        }
        int end = sb.length();
        while (sb.charAt(end - 1) == '0') {
            end--;
        }
        if (sb.charAt(end - 1) == '.') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    /** 10^(k − 4) for k = 0..30. */
    private static final double[] POWERS = new double[31];

    static {
        for (int k = 0; k < POWERS.length; k++) {
            POWERS[k] = Double.parseDouble("1e" + (k - 4));
        }
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
