package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Dissolution profile comparison by the difference and similarity factors (Moore &amp; Flanner 1996,
 * Pharm Tech 20:64; FDA Guidance "Dissolution Testing of Immediate Release Solid Oral Dosage Forms",
 * 1997; EMA CPMP/EWP/QWP/1401/98 Rev. 1, 2010, Appendix I), on the mean % dissolved R_t, T_t at
 * the n common time points after time 0:
 * <pre>
 *   f1 = 100 &Sigma;|R_t - T_t| / &Sigma;R_t
 *   f2 = 50 log10(100 / sqrt(1 + &Sigma;(R_t - T_t)² / n))
 * </pre>
 * Profiles are similar when f1 &le; 15 and f2 &ge; 50. The conditions for using f2 are checked:
 * at least 3 time points (0 excluded), the same time points in both profiles, not more than one
 * mean value above 85 % for either product, and, with replicates, a coefficient of variation of
 * at most 20 % at the first time point and 10 % at the others, and 12 units per product.
 *
 * <p>Bootstrap (Shah et al. 1998, Pharm Res 15:889): units (replicate columns) are resampled with
 * replacement within each product, f2 of the resampled means is computed each time, and the
 * 5th–95th percentiles give a 90 % interval; the lower end &ge; 50 supports similarity when the
 * variability rules are not met.
 */
public final class Similarity {
    /** f2 at and above which profiles are similar. */
    public static final double F2_LIMIT = 50;

    /**
     * The comparison.
     *
     * @param times      the time points used (h)
     * @param reference  mean % dissolved of the reference at those times
     * @param test       mean % dissolved of the test
     * @param f1         difference factor
     * @param f2         similarity factor
     * @param violations the regulatory conditions not met, one sentence each (empty when all are met)
     * @param bootstrap  f2 bootstrap: 5th and 95th percentile and the number of resamples; null without replicates
     */
    public record Result(double[] times, double[] reference, double[] test, double f1, double f2,
                         List<String> violations, Bootstrap bootstrap) {
        /** Whether f1 &le; 15 and f2 &ge; 50. */
        public boolean similar() {
            return f1 <= 15 && f2 >= F2_LIMIT;
        }
    }

    /**
     * A bootstrap interval for f2.
     *
     * @param lower     5th percentile
     * @param upper     95th percentile
     * @param resamples number of resamples
     * @param seed      seed of the random numbers
     */
    public record Bootstrap(double lower, double upper, int resamples, long seed) {
    }

    private Similarity() {
    }

    /** f1 of mean % dissolved. */
    public static double f1(double[] reference, double[] test) {
        double diff = 0;
        double sum = 0;
        for (int i = 0; i < reference.length; i++) {
            diff += Math.abs(reference[i] - test[i]);
            sum += reference[i];
        }
        return 100 * diff / sum;
    }

    /** f2 of mean % dissolved. */
    public static double f2(double[] reference, double[] test) {
        double ss = 0;
        for (int i = 0; i < reference.length; i++) {
            ss += (reference[i] - test[i]) * (reference[i] - test[i]);
        }
        return 50 * Math.log10(100 / Math.sqrt(1 + ss / reference.length));
    }

    /** Compares two profiles (fractions in {@link ReleaseProfile}, reported in %). */
    public static Result compare(ReleaseProfile reference, ReleaseProfile test, int resamples, long seed) {
        List<String> violations = new ArrayList<>();
        if (!Arrays.equals(reference.times(), test.times())) {
            throw new IllegalArgumentException(test.source() + ": f2 needs the same time points as "
                    + reference.source() + " (" + hours(reference.times()) + "), got " + hours(test.times()));
        }
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < reference.times().length; i++) {
            if (reference.times()[i] > 0) {
                used.add(i);
            }
        }
        double[] t = used.stream().mapToDouble(i -> reference.times()[i]).toArray();
        double[] r = used.stream().mapToDouble(i -> 100 * reference.mean(i)).toArray();
        double[] x = used.stream().mapToDouble(i -> 100 * test.mean(i)).toArray();
        checkComparable(reference, test, t, r, x);
        if (t.length < 3) {
            violations.add("fewer than 3 time points after time 0 (" + t.length + ")");
        }
        int above = 0;
        for (int i = 0; i < t.length; i++) {
            if (r[i] > 85 || x[i] > 85) {
                above++;
            }
        }
        if (above > 1) {
            violations.add("more than one time point with a mean above 85 % dissolved (" + above + "): keep only the "
                    + "first of them");
        }
        variability(reference, used, violations);
        variability(test, used, violations);
        Bootstrap boot = reference.replicateCount() > 1 && test.replicateCount() > 1
                ? bootstrap(reference, test, used, resamples, seed) : null;
        return new Result(t, r, x, f1(r, x), f2(r, x), List.copyOf(violations), boot);
    }

    /**
     * Refuses profiles f1 and f2 cannot compare: no time point after 0, a time without any value, or a reference
     * that does not dissolve at all (f1 divides by the sum of its means).
     */
    private static void checkComparable(ReleaseProfile reference, ReleaseProfile test, double[] t, double[] r,
                                        double[] x) {
        if (t.length == 0) {
            throw new IllegalArgumentException(reference.source() + ": no time point after 0: nothing to compare");
        }
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(r[i]) || !Double.isFinite(x[i])) {
                throw new IllegalArgumentException((Double.isFinite(r[i]) ? test : reference).source()
                        + ": no value at " + time(t[i]) + ": f2 needs a mean at every time point");
            }
        }
        if (!(Arrays.stream(r).sum() > 0)) {
            throw new IllegalArgumentException(reference.source() + ": nothing dissolved (every mean is 0 %): f1 is "
                    + "undefined and f2 of two flat profiles says nothing about similarity");
        }
    }

    private static void variability(ReleaseProfile p, List<Integer> used, List<String> violations) {
        if (p.replicateCount() < 2) {
            return;
        }
        if (p.replicateCount() < 12) {
            violations.add(p.source() + ": " + p.replicateCount() + " units; 12 are required");
        }
        for (int k = 0; k < used.size(); k++) {
            int i = used.get(k);
            double cv = 100 * p.sd(i) / p.mean(i);
            double limit = k == 0 ? 20 : 10;
            if (cv > limit) {
                violations.add(String.format(Locale.ROOT, "%s: CV %.1f %% at %s exceeds %.0f %%", p.source(), cv,
                        time(p.times()[i]), limit));
            }
        }
    }

    private static Bootstrap bootstrap(ReleaseProfile reference, ReleaseProfile test, List<Integer> used,
                                       int resamples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] f2 = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            f2[b] = f2(resampledMeans(reference, used, rng), resampledMeans(test, used, rng));
        }
        Arrays.sort(f2);
        return new Bootstrap(percentile(f2, 0.05), percentile(f2, 0.95), resamples, seed);
    }

    private static double[] resampledMeans(ReleaseProfile p, List<Integer> used, SplittableRandom rng) {
        int units = p.replicateCount();
        int[] pick = new int[units];
        for (int u = 0; u < units; u++) {
            pick[u] = rng.nextInt(units);
        }
        double[] out = new double[used.size()];
        for (int k = 0; k < out.length; k++) {
            double sum = 0;
            int n = 0;
            for (int u : pick) {
                double v = p.replicates()[u][used.get(k)];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            out[k] = n == 0 ? 100 * p.mean(used.get(k)) : 100 * sum / n;
        }
        return out;
    }

    /** Linear interpolation between order statistics (type 7, the R and numpy default). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** A time in min below 3 h, else in h. */
    private static String time(double h) {
        return h < 3 ? org.depotkin.model.Format.number(60 * h) + " min" : org.depotkin.model.Format.number(h) + " h";
    }

    private static String hours(double[] t) {
        return Arrays.stream(t).mapToObj(org.depotkin.model.Format::number).reduce((a, b) -> a + ", " + b).orElse("")
                + " h";
    }
}
