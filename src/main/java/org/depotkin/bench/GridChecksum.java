package org.depotkin.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.engine.Output;
import org.depotkin.engine.Trajectory;

/**
 * The W1/W2 checksums of docs/workloads.md §7: sums of Cp, Cm and RO over the grid t = 0, 1, …, 4320 h
 * and the three at the golden times.
 *
 * @param sums Σ Cp (ng/mL), Σ Cm (ng/mL), Σ RO (fraction)
 * @param at   golden time (h) → [Cp, Cm, RO]
 */
public record GridChecksum(double[] sums, Map<Integer, double[]> at) {
    /** The times of §5 (h), in the order of the JSON line. */
    public static final List<Integer> TIMES = List.of(1, 24, 168, 720, 2160, 4320, 4298);

    /** Evaluates the parent, the metabolite and occupancy of a run on its output grid. */
    static GridChecksum of(Trajectory tr, double step, List<String> outputNames) {
        Output[] outputs = outputNames.stream().map(tr::output).toArray(Output[]::new);
        double[] sums = new double[outputs.length];
        int n = (int) Math.round(tr.endTime() / step);
        for (int i = 0; i <= n; i++) {
            double[] y = tr.state(i * step);
            for (int k = 0; k < outputs.length; k++) {
                sums[k] += outputs[k].at(i * step, y);
            }
        }
        Map<Integer, double[]> at = new LinkedHashMap<>();
        for (int t : TIMES) {
            double[] y = tr.state(t);
            double[] v = new double[outputs.length];
            for (int k = 0; k < outputs.length; k++) {
                v[k] = outputs[k].at(t, y);
            }
            at.put(t, v);
        }
        return new GridChecksum(sums, at);
    }

    /** The §7 checksum fields. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sumCp", sums[0]);
        m.put("sumCm", sums[1]);
        m.put("sumRO", sums[2]);
        Map<String, Object> times = new LinkedHashMap<>();
        at.forEach((t, v) -> times.put(Integer.toString(t), v));
        m.put("at", times);
        return m;
    }
}
