package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.depotkin.model.Format;

/**
 * Fits release laws to a cumulative release profile, every replicate value after time 0 an observation, by
 * unweighted least squares (Levenberg–Marquardt, {@link LeastSquares}), and ranks them.
 *
 * <p>Goodness of fit, with n observations, p parameters and SSR the residual sum of squares
 * (fractions): R² = 1 - SSR/SST (SST about the mean of the observations);
 * adjusted R² = 1 - (1 - R²)(n - 1)/(n - p); AIC = n ln(SSR/n) + 2p; BIC = n ln(SSR/n) + p ln n
 * (the least-squares forms used for dissolution models, Zhang et al. 2010, DDSolver, AAPS J 12:263).
 * The laws fitted to the whole curve are ranked by AIC, lowest first; Korsmeyer–Peppas, fitted to the
 * first 60 % only, has its own n and is listed after them, not ranked against them. A biexponential
 * fit is reported with the burst as the faster phase (k-burst &ge; k-slow).
 */
public final class ReleaseFit {

    /**
     * One fitted law.
     *
     * @param family  the law
     * @param fit     the least-squares optimum (estimates, covariance)
     * @param r2      R²
     * @param adjR2   adjusted R²
     * @param aic     Akaike information criterion
     * @param bic     Bayesian information criterion
     */
    public record LawFit(LawFamily family, LeastSquares.Result fit, double r2, double adjR2, double aic, double bic) {
        /** The fitted law, ready to simulate. */
        public org.depotkin.release.ReleaseLaw law() {
            return family.law(fit.estimates());
        }

        /** Lower end of the 95 % interval of parameter i. */
        public double lower(int i) {
            return fit.estimates()[i] - fit.t95() * fit.se(i);
        }

        /** Upper end of the 95 % interval of parameter i. */
        public double upper(int i) {
            return fit.estimates()[i] + fit.t95() * fit.se(i);
        }

        /** Correlation of the estimates of parameters i and j (from the covariance). */
        public double correlation(int i, int j) {
            return fit.covariance()[i][j] / (fit.se(i) * fit.se(j));
        }

        /**
         * What makes the estimates doubtful, one line each: no standard errors at all (a singular
         * covariance: a parameter at its bound, or parameters the data cannot tell apart); else a
         * parameter whose 95 % interval includes 0 (the data do not show it differs from 0) and a pair
         * whose correlation exceeds {@value ReleaseFit#MAX_CORRELATION} in magnitude (the data do not
         * separate them). Empty when none.
         */
        public List<String> concerns() {
            List<String> out = new ArrayList<>();
            List<String> names = family.parameters();
            for (int i = 0; i < names.size(); i++) {
                if (!Double.isFinite(fit.se(i))) {
                    return List.of("no standard errors: the fit's covariance is singular (a parameter at its bound, "
                            + "or parameters the data cannot tell apart)");
                }
            }
            for (int i = 0; i < names.size(); i++) {
                if (!(lower(i) > 0) && !(upper(i) < 0)) {
                    out.add(names.get(i) + ": the 95 % interval [" + Format.number(lower(i)) + ", "
                            + Format.number(upper(i)) + "] includes 0");
                }
                for (int j = i + 1; j < names.size(); j++) {
                    double r = correlation(i, j);
                    if (!(Math.abs(r) <= MAX_CORRELATION)) {
                        out.add(names.get(i) + " and " + names.get(j) + ": correlation " + Format.number(r)
                                + " (beyond ±" + MAX_CORRELATION + ": not determined separately)");
                    }
                }
            }
            return out;
        }

        /** Whether the data determine every parameter (see {@link LeastSquares.Result#determined()}). */
        public boolean determined() {
            return fit.determined() && Double.isFinite(aic);
        }

        /** Whether this fit takes part in the AIC ranking: a whole-curve law the data determine. */
        public boolean ranked() {
            return !family.earlyOnly() && determined();
        }
    }

    /** Estimates correlated beyond this (in magnitude) are flagged by {@link LawFit#concerns()}. */
    public static final double MAX_CORRELATION = 0.95;

    private ReleaseFit() {
    }

    /**
     * Fits every law in {@code families}: the whole-curve fits the data determine, ranked by AIC; then those
     * they do not determine (not ranked); then the early-only fits.
     */
    public static List<LawFit> fitAll(ReleaseProfile data, List<LawFamily> families) {
        List<LawFit> ranked = new ArrayList<>();
        List<LawFit> undetermined = new ArrayList<>();
        List<LawFit> early = new ArrayList<>();
        for (LawFamily f : families) {
            LawFit fit = fit(data, f);
            (f.earlyOnly() ? early : fit.ranked() ? ranked : undetermined).add(fit);
        }
        Comparator<LawFit> byAic = Comparator.comparingDouble(LawFit::aic);
        ranked.sort(byAic);
        early.sort(byAic);
        ranked.addAll(undetermined);
        ranked.addAll(early);
        return ranked;
    }

    /**
     * The best whole-curve fit of a ranked list: the first one the data determine.
     *
     * @throws IllegalArgumentException when there is none: then no formulation can be written
     */
    public static LawFit best(List<LawFit> ranked) {
        if (ranked.stream().allMatch(f -> f.family().earlyOnly())) {
            throw new IllegalArgumentException("no law fitted to the whole curve; add one to --laws");
        }
        return ranked.stream().filter(LawFit::ranked).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no release law is determined by these data (every fit has a standard error that is not finite); "
                        + "no formulation written"));
    }

    /**
     * Refuses data that cannot determine a release law: no value above 0 % after time 0 (nothing was
     * released), or the same mean at every time (no rate to find).
     */
    static void checkSignal(ReleaseProfile data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.times().length; i++) {
            double m = data.mean(i);
            if (data.times()[i] > 0 && Double.isFinite(m)) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        if (!(hi > 0)) {
            throw new IllegalArgumentException(data.source() + ": no release in the data (no value above 0 % "
                    + "after time 0): nothing to fit");
        }
        if (hi == lo && distinctTimes(observations(data, false)) > 1) {
            throw new IllegalArgumentException(data.source() + ": the mean is " + Format.number(100 * hi)
                    + " % at every time: a constant curve determines no release rate");
        }
    }

    private static long distinctTimes(List<double[]> points) {
        return points.stream().mapToDouble(x -> x[0]).distinct().count();
    }

    /** Fits one law. */
    public static LawFit fit(ReleaseProfile data, LawFamily family) {
        checkSignal(data);
        List<double[]> points = observations(data, family.earlyOnly());
        int np = family.parameters().size();
        if (distinctTimes(points) <= np) {
            throw new IllegalArgumentException(data.source() + ": " + family.lawName() + " has " + np + " parameter"
                    + (np == 1 ? "" : "s") + " and needs at least " + (np + 1) + " distinct times after 0"
                    + (family.earlyOnly() ? " up to " + Math.round(100 * LawFamily.PEPPAS_LIMIT) + " % released" : "")
                    + ", got " + distinctTimes(points) + " (leave it out with --laws)");
        }
        double[] t = points.stream().mapToDouble(x -> x[0]).toArray();
        double[] y = points.stream().mapToDouble(x -> x[1]).toArray();
        LeastSquares.Result best = null;
        for (double[] start : family.starts(t50(data))) {
            LeastSquares.Result r;
            try {
                r = LeastSquares.fit(p -> predict(family, p, t), y, start, family.lower(), family.upper());
            } catch (LeastSquares.NotConverged e) {
                continue;
            }
            if (best == null || r.ssr() < best.ssr()) {
                best = r;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(data.source() + ": the " + family.lawName() + " fit did not converge "
                    + "from any start: the data do not determine it (leave it out with --laws)");
        }
        if (family == LawFamily.BIEXPONENTIAL && best.estimates()[1] < best.estimates()[2]) {
            // the same curve with the labels swapped, so that the burst is the fast phase: refit from there
            double[] e = best.estimates();
            best = LeastSquares.fit(p -> predict(family, p, t), y, new double[] {1 - e[0], e[2], e[1]},
                    family.lower(), family.upper());
        }
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double sst = 0;
        for (double v : y) {
            sst += (v - mean) * (v - mean);
        }
        double r2 = 1 - best.ssr() / sst;
        double adj = 1 - (1 - r2) * (n - 1) / (n - np);
        double ll = n * Math.log(best.ssr() / n);
        return new LawFit(family, best, r2, adj, ll + 2 * np, ll + np * Math.log(n));
    }

    private static double[] predict(LawFamily family, double[] p, double[] t) {
        var law = family.law(p);
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = law.cumulative(t[i]);
        }
        return out;
    }

    /**
     * (time, fraction) of every measured replicate value after time 0 (every law gives 0 there, so a
     * time-0 row carries no information); early-only: times whose mean is &le; 60 %.
     */
    private static List<double[]> observations(ReleaseProfile data, boolean earlyOnly) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < data.times().length; i++) {
            if (data.times()[i] == 0 || earlyOnly && data.mean(i) > LawFamily.PEPPAS_LIMIT) {
                continue;
            }
            for (double[] r : data.replicates()) {
                if (!Double.isNaN(r[i])) {
                    out.add(new double[] {data.times()[i], r[i]});
                }
            }
        }
        return out;
    }

    /** Time (h) at which the mean curve reaches 50 %, interpolated, or extrapolated from the last point. */
    static double t50(ReleaseProfile data) {
        double[] t = data.times();
        double prevT = 0;
        double prevF = 0;
        for (int i = 0; i < t.length; i++) {
            double f = data.mean(i);
            if (Double.isNaN(f)) {
                continue;
            }
            if (f >= 0.5 && f > prevF) {
                return prevT + (0.5 - prevF) * (t[i] - prevT) / (f - prevF);
            }
            prevT = t[i];
            prevF = f;
        }
        return prevF > 0 ? prevT * 0.5 / prevF : Math.max(prevT, 1);
    }
}
