package org.depotkin.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.depotkin.model.Criterion;
import org.depotkin.population.SubjectResult;
import org.depotkin.population.TrialSummary;

/**
 * Files of a virtual trial: per-subject summaries (one row per subject), percentile bands and the
 * probability of meeting each criterion over time (tidy), and a JSON summary. Every file starts
 * with {@code #} lines giving the tool version, the model hashes and the seed.
 */
public final class PopulationTables {
    /** Days at which coverage fractions and probabilities are reported in the JSON summary. */
    public static final double[] REPORT_DAYS = {7, 14, 28, 30, 60, 90, 120, 150, 180};

    private PopulationTables() {
    }

    /** One scenario's trial. */
    public record Trial(String scenario, List<SubjectResult> subjects, TrialSummary summary) {
    }

    public static void subjects(Path file, List<String> header, List<Trial> trials) throws IOException {
        TreeSet<String> params = new TreeSet<>();
        trials.forEach(t -> t.subjects().forEach(s -> params.addAll(s.subject().factors().keySet())));
        try (BufferedWriter w = open(file, header)) {
            StringBuilder h = new StringBuilder("scenario,subject,weight_kg,doses_planned,doses_taken,failures");
            params.forEach(p -> h.append(",factor_").append(p));
            h.append(",cmax_ng_mL");
            int maxCriteria = trials.stream().mapToInt(t -> t.summary().criteria().size()).max().orElse(0);
            for (int k = 0; k < maxCriteria; k++) {
                h.append(",criterion_").append(k + 1).append(",hours_met_").append(k + 1)
                        .append(",first_failure_h_").append(k + 1);
            }
            line(w, h.toString());
            for (Trial t : trials) {
                List<Criterion> criteria = t.summary().criteria();
                for (SubjectResult r : t.subjects()) {
                    StringBuilder row = new StringBuilder(t.scenario()).append(',').append(r.subject().index() + 1)
                            .append(',').append(num(r.subject().weight())).append(',')
                            .append(r.subject().dosesPlanned()).append(',').append(r.subject().dosesTaken())
                            .append(',').append(String.join(";", r.subject().failures()));
                    params.forEach(p -> row.append(',').append(num(r.subject().factors().getOrDefault(p, 1.0))));
                    row.append(',').append(num(r.cmax()));
                    for (int k = 0; k < maxCriteria; k++) {
                        if (k < criteria.size()) {
                            row.append(',').append(quote(criteria.get(k).describe())).append(',')
                                    .append(num(r.hoursMet()[k])).append(',').append(num(r.firstFailure()[k]));
                        } else {
                            row.append(",,,");
                        }
                    }
                    line(w, row.toString());
                }
            }
        }
    }

    public static void bands(Path file, List<String> header, List<Trial> trials) throws IOException {
        try (BufferedWriter w = open(file, header)) {
            line(w, "scenario,time_h,analyte,percentile,value,unit");
            for (Trial t : trials) {
                TrialSummary s = t.summary();
                String parent = s.parent();
                for (int i = 0; i < s.grid().length; i++) {
                    for (int q = 0; q < s.percentiles().length; q++) {
                        line(w, t.scenario() + "," + num(s.grid()[i]) + "," + parent + "," + num(s.percentiles()[q])
                                + "," + num(s.parentBands()[q][i]) + ",ng/mL");
                        if (s.occupancyBands() != null) {
                            line(w, t.scenario() + "," + num(s.grid()[i]) + ",occupancy," + num(s.percentiles()[q])
                                    + "," + num(s.occupancyBands()[q][i]) + ",fraction");
                        }
                    }
                }
            }
        }
    }

    public static void probability(Path file, List<String> header, List<Trial> trials) throws IOException {
        try (BufferedWriter w = open(file, header)) {
            line(w, "scenario,time_h,criterion,probability");
            for (Trial t : trials) {
                TrialSummary s = t.summary();
                for (int k = 0; k < s.criteria().size(); k++) {
                    String c = quote(s.criteria().get(k).describe());
                    for (int i = 0; i < s.grid().length; i++) {
                        line(w, t.scenario() + "," + num(s.grid()[i]) + "," + c + "," + num(s.probability()[k][i]));
                    }
                }
            }
        }
    }

    public static void json(Path file, Map<String, Object> header, List<Trial> trials) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>(header);
        List<Object> out = new ArrayList<>();
        for (Trial t : trials) {
            TrialSummary s = t.summary();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", t.scenario());
            m.put("description", s.label());
            m.put("subjects", t.subjects().size());
            List<Object> crit = new ArrayList<>();
            for (int k = 0; k < s.criteria().size(); k++) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("criterion", s.criteria().get(k).describe());
                double[] ff = s.firstFailureDays()[k];
                double median = median(ff);
                // JSON has no infinity (Jackson would write the string "Infinity"): null when the
                // median subject never lapses
                c.put("median_uninterrupted_coverage_d", Double.isInfinite(median) ? null : median);
                Map<String, Object> covered = new LinkedHashMap<>();
                Map<String, Object> prob = new LinkedHashMap<>();
                for (double d : REPORT_DAYS) {
                    covered.put(num(d), s.coveredAtLeast(k, d));
                    int i = (int) Math.round(d * 24 / (s.grid()[1] - s.grid()[0]));
                    if (i < s.grid().length) {
                        prob.put(num(d), s.probability()[k][i]);
                    }
                }
                c.put("fraction_covered_at_least_days", covered);
                c.put("probability_met_at_day", prob);
                crit.add(c);
            }
            m.put("criteria", crit);
            out.add(m);
        }
        root.put("scenarios", out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    private static BufferedWriter open(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file);
        for (String h : header) {
            line(w, "# " + h);
        }
        return w;
    }

    private static void line(BufferedWriter w, String s) throws IOException {
        w.write(s);
        w.newLine();
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : Double.isInfinite(x) ? "inf" : TidyCsv.number(x);
    }

    private static String quote(String s) {
        return s.contains(",") ? "\"" + s + "\"" : s;
    }
}
