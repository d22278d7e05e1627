package org.depotkin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link Benchmark.Measurement} against bench/golden.json (bundled as a resource):
 * <ul>
 * <li>W1/W2: every value at the golden times and the three grid sums within {@value #GOLDEN_REL} relative
 * (the spec's solver tolerances, rtol 1e-8, give about 3.5e-9 here);</li>
 * <li>W3/W4, statistically (§6): |mean − expected| ≤ 4·√(SD²/N + SE²), and each reported daily fraction
 * within 4·√(p(1 − p)/N + SE_p²) + 1/N (the 1/N for the count's discreteness);</li>
 * <li>W3/W4 with the portable stream at the N of a reference total (§6 table): total coverage within
 * {@value #PORTABLE_SLACK} grid points, Σ i·cov_i within {@value #PORTABLE_SLACK}·N and the sum of the daily
 * fractions within {@value #PORTABLE_SLACK}/N. A grid point flips only if its Cp is within the two solutions'
 * combined error (about 1e-12 relative here) of the threshold; a few such points are allowed, a wrong
 * parameter or an off-by-one step would miss by hundreds.</li>
 * </ul>
 */
public final class BenchCheck {
    static final double GOLDEN_REL = 1e-6;
    static final int PORTABLE_SLACK = 3;

    private final JsonNode golden;

    /** One check: its name, whether it passed and what was compared. */
    public record Verdict(String name, boolean ok, String detail) {
        @Override
        public String toString() {
            return (ok ? "ok   " : "MISS ") + name + ": " + detail;
        }
    }

    private BenchCheck(JsonNode golden) {
        this.golden = golden;
    }

    /** Loads the bundled golden values. */
    public static BenchCheck load() {
        try (InputStream in = BenchCheck.class.getResourceAsStream("/bench/golden.json")) {
            return new BenchCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled bench/golden.json", e);
        }
    }

    public List<Verdict> check(Benchmark.Measurement m) {
        if (m.trials() != null) {
            return List.of();
        }
        return m.grid() != null ? List.of(grid(m.workload().name(), m.grid())) : population(m);
    }

    /**
     * W5: the same digests from a run on another number of threads (subjects are seeded by index, so the
     * thread count must not change a bit).
     */
    public static List<Verdict> sameForAnyThreads(Benchmark.Measurement m, Benchmark.Measurement other) {
        List<Verdict> out = new java.util.ArrayList<>();
        for (int i = 0; i < m.trials().size(); i++) {
            TrialChecksum a = m.trials().get(i);
            TrialChecksum b = other.trials().get(i);
            out.add(new Verdict("W5 " + a.scenario() + " on " + m.threads() + " and " + other.threads() + " threads",
                    a.digest().equals(b.digest()), "sha256 " + a.digest().substring(0, 16) + "... vs "
                    + b.digest().substring(0, 16) + "..."));
        }
        return out;
    }

    private Verdict grid(String id, GridChecksum c) {
        JsonNode g = golden.get(id);
        double worst = 0;
        String where = "";
        String[] names = {"Cp", "Cm", "RO"};
        for (Iterator<Map.Entry<String, JsonNode>> it = g.get("at").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double[] v = c.at().get(Integer.parseInt(e.getKey()));
            for (int k = 0; k < 3; k++) {
                double err = relative(v[k], e.getValue().get(k).asDouble());
                if (err >= worst) {
                    worst = err;
                    where = names[k] + " at " + e.getKey() + " h";
                }
            }
        }
        for (int k = 0; k < 3; k++) {
            double err = relative(c.sums()[k], g.get("sum" + names[k]).asDouble());
            if (err >= worst) {
                worst = err;
                where = "sum" + names[k];
            }
        }
        return new Verdict(id + " golden values", worst <= GOLDEN_REL,
                String.format("max relative error %.2e (%s), allowed %.0e", worst, where, GOLDEN_REL));
    }

    private List<Verdict> population(Benchmark.Measurement m) {
        String id = m.workload().name();
        PopulationChecksum c = m.population();
        int n = c.subjects();
        List<Verdict> out = new ArrayList<>();
        JsonNode e = golden.get(id + "_expectation");
        double expected = e.get("mean_cov_hours").asDouble();
        double bound = 4 * Math.sqrt(square(e.get("sd_cov_hours").asDouble()) / n + square(e.get("se_mean").asDouble()));
        out.add(new Verdict(id + " N=" + n + " mean coverage (statistical)",
                Math.abs(c.meanCoverage() - expected) <= bound,
                String.format("%.3f h vs expected %.3f h, allowed ±%.2f h", c.meanCoverage(), expected, bound)));
        double worst = 0;
        String where = "";
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = e.get("day_frac").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            double p = d.getValue().get(0).asDouble();
            double se = d.getValue().get(1).asDouble();
            double actual = c.dayFraction(Integer.parseInt(d.getKey()));
            double allowed = 4 * Math.sqrt(p * (1 - p) / n + se * se) + 1.0 / n;
            double miss = Math.abs(actual - p) / allowed;
            if (miss >= worst) {
                worst = miss;
                where = String.format("day %s: %.5f vs %.5f, allowed ±%.5f", d.getKey(), actual, p, allowed);
            }
            ok &= miss <= 1;
        }
        out.add(new Verdict(id + " N=" + n + " daily fractions (statistical)", ok, "closest to its bound: " + where));
        JsonNode p = golden.get(id + "_N" + n + "_portable");
        if (p != null) {
            out.add(exact(id + " N=" + n + " total coverage (portable stream)", c.totalCoverage(),
                    p.get("total_cov_hours").asLong(), PORTABLE_SLACK, "%d"));
            out.add(exact(id + " N=" + n + " weighted coverage (portable stream)", c.weightedCoverage(),
                    p.get("weighted_cov").asLong(), (long) PORTABLE_SLACK * n, "%d"));
            double sum = c.sumDayFraction();
            double ref = p.get("sum_day_frac").asDouble();
            out.add(new Verdict(id + " N=" + n + " sum of daily fractions (portable stream)",
                    Math.abs(sum - ref) <= PORTABLE_SLACK / (double) n + 1e-12,
                    String.format("%.6f vs %.6f, allowed ±%.6f", sum, ref, PORTABLE_SLACK / (double) n)));
        }
        return out;
    }

    private static Verdict exact(String name, long actual, long expected, long slack, String fmt) {
        return new Verdict(name, Math.abs(actual - expected) <= slack,
                String.format(fmt + " vs " + fmt + " (difference %d, allowed ±%d)", actual, expected, actual - expected,
                        slack));
    }

    private static double relative(double actual, double expected) {
        return Math.abs(actual / expected - 1);
    }

    private static double square(double x) {
        return x * x;
    }
}
