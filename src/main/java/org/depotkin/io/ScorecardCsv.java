package org.depotkin.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.depotkin.analysis.validation.Scorecard;
import org.depotkin.analysis.validation.Target;

/**
 * The validation scorecard as CSV, one row per target; the unit of predicted, observed and the allowed
 * range is its own column. Lines starting with {@code #} carry the tool version and file hashes, as in
 * {@link TidyCsv}.
 */
public final class ScorecardCsv {
    static final String HEADER = "id,strength,scenario,measure,predicted,observed,unit,ratio,allowed_low,allowed_high,"
            + "passes,source,note";

    private ScorecardCsv() {
    }

    public static void write(Path file, List<String> comments, Scorecard card) throws IOException {
        try (BufferedWriter w = TidyCsv.open(file, comments, HEADER)) {
            for (Scorecard.Row r : card.rows()) {
                Target t = r.target();
                w.write(String.join(",", TidyCsv.quote(t.id()), t.strength().word(), TidyCsv.quote(t.scenario().name()),
                        TidyCsv.quote(t.measure().describe()), n(r.predicted()),
                        TidyCsv.number(t.observed().value()), TidyCsv.quote(t.observed().unit().symbol()),
                        n(r.ratio()), TidyCsv.number(t.low()), TidyCsv.number(t.high()),
                        Boolean.toString(r.passes()), TidyCsv.quote(t.source()), TidyCsv.quote(t.note())));
                w.newLine();
            }
        }
    }

    private static String n(double x) {
        return Double.isNaN(x) ? "" : Double.isInfinite(x) ? (x > 0 ? "inf" : "-inf") : TidyCsv.number(x);
    }
}
