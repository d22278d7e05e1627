package org.depotkin.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.analysis.Exposure;
import org.depotkin.analysis.RunSummary;

/** The JSON summary of runs: header (version, model hashes, settings) and per scenario its metrics with units. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static void write(Path file, Map<String, Object> header, List<RunSummary> runs) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>(header);
        List<Object> scenarios = new ArrayList<>();
        for (RunSummary r : runs) {
            scenarios.add(scenario(r));
        }
        root.put("scenarios", scenarios);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static Map<String, Object> scenario(RunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("description", r.description());
        m.put("duration_h", r.duration());
        List<Object> outs = new ArrayList<>();
        for (Exposure e : r.exposures()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("analyte", e.output());
            x.put("unit", e.unit());
            x.put("Cmax", e.cmax());
            x.put("Tmax_h", e.tmax());
            x.put("Cmin", nanToNull(e.cmin()));
            x.put("AUC", e.auc());
            x.put("AUC_unit", e.unit() + "*h");
            List<Object> troughs = new ArrayList<>();
            e.troughs().forEach((t, v) -> troughs.add(Map.of("before_dose_at_h", t, "value", v)));
            x.put("Ctrough", troughs);
            List<Object> th = new ArrayList<>();
            for (Exposure.ThresholdTime tt : e.thresholds()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("criterion", tt.label());
                y.put("threshold", tt.threshold());
                y.put("time_above_h", tt.hoursAbove());
                y.put("first_time_below_h", nanToNull(tt.firstTimeBelow()));
                th.add(y);
            }
            x.put("thresholds", th);
            outs.add(x);
        }
        m.put("analytes", outs);
        List<Object> depots = new ArrayList<>();
        for (RunSummary.DepotEnd d : r.depots()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("depot", d.index());
            y.put("given_at_h", d.givenAt());
            y.put("release", d.release());
            y.put("load_mg", d.load());
            y.put("released_mg", d.released());
            y.put("residual_mg", d.remaining());
            y.put("removed_mg", d.removed());
            depots.add(y);
        }
        m.put("depots_at_end", depots);
        Map<String, Object> mb = new LinkedHashMap<>();
        mb.put("administered_mg", r.balance().administered());
        mb.put("in_body_mg", r.balance().inBody());
        mb.put("eliminated_mg", r.balance().eliminated());
        mb.put("balance_error_mg", r.balance().bodyError());
        m.put("mass_balance_at_end", mb);
        return m;
    }

    private static Object nanToNull(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
