package org.depotkin.analysis.nca;

import java.util.Arrays;

/**
 * The terminal elimination rate constant λz from a log-linear least-squares fit of the last
 * samples, chosen by the <b>adjusted-R² best-fit rule</b> of Phoenix WinNonlin: fit ln C against t
 * for the last 3, 4, … positive samples after Cmax (Cmax itself is never used), compute
 * R²adj = 1 − (1 − R²)(n − 1)/(n − 2) for each, and take the fit with the most points among those
 * whose R²adj is within {@value #TOLERANCE} of the largest; the slope must be negative.
 * (Phoenix WinNonlin 8 User's Guide, "Lambda Z or slope estimation settings"; Gabrielsson &amp;
 * Weiner, ch. 2.8.)
 *
 * @param lambda    λz (1/h), NaN when it cannot be estimated
 * @param intercept ln C at t = 0 of the fitted line
 * @param points    indices of the samples used, in time order (empty when not estimated)
 * @param r2        R² of the fit
 * @param r2adj     adjusted R²
 * @param reason    why λz could not be estimated, empty when it was
 */
public record LambdaZ(double lambda, double intercept, int[] points, double r2, double r2adj, String reason) {
    /** Fits whose adjusted R² is within this of the best count as equally good; the longest wins. */
    public static final double TOLERANCE = 1e-4;
    /** The smallest number of points in a fit. */
    public static final int MIN_POINTS = 3;

    /** The rule in one line, for reports. */
    public static final String RULE = "best adjusted R² of log-linear fits to the last >= 3 positive samples after "
            + "Cmax (Cmax excluded); among fits within 1e-4 of the best, the one with the most points";

    public LambdaZ {
        points = points.clone();
    }

    /** Applies the rule to a profile. */
    public static LambdaZ of(Profile p) {
        int imax = 0;
        for (int i = 1; i < p.size(); i++) {
            if (p.value(i) > p.value(imax)) {
                imax = i;
            }
        }
        int[] candidates = java.util.stream.IntStream.range(imax + 1, p.size()).filter(i -> p.value(i) > 0).toArray();
        if (candidates.length < MIN_POINTS) {
            return failed("fewer than " + MIN_POINTS + " positive samples after Cmax");
        }
        // fits of the last n candidates for every n, from running sums taken backwards: O(N)
        int m = candidates.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double[] adj = new double[m + 1];
        double[] slope = new double[m + 1];
        double bestAdj = Double.NEGATIVE_INFINITY;
        for (int n = 1; n <= m; n++) {
            int i = candidates[m - n];
            double x = p.time(i) - p.time(candidates[m - 1]);
            double y = Math.log(p.value(i));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            if (n >= MIN_POINTS) {
                double cxx = sxx - sx * sx / n;
                double cxy = sxy - sx * sy / n;
                double cyy = syy - sy * sy / n;
                slope[n] = cxy / cxx;
                double r2 = cyy <= 0 ? 1 : cxy * cxy / (cxx * cyy);
                adj[n] = 1 - (1 - r2) * (n - 1) / (n - 2);
                if (slope[n] < 0 && adj[n] > bestAdj) {
                    bestAdj = adj[n];
                }
            }
        }
        int chosen = -1;
        for (int n = MIN_POINTS; n <= m; n++) {
            if (slope[n] < 0 && adj[n] >= bestAdj - TOLERANCE) {
                chosen = n;
            }
        }
        if (chosen < 0) {
            return failed("no terminal fit has a negative slope");
        }
        // the running sums can leave a flat tail a slope of -1e-17; the centred fit decides
        LambdaZ z = fit(p, Arrays.copyOfRange(candidates, m - chosen, m));
        return z.lambda() > 0 && Double.isFinite(Math.log(2) / z.lambda()) ? z
                : failed("the terminal samples do not fall (no negative slope)");
    }

    /** Log-linear least squares through the given samples. */
    public static LambdaZ fit(Profile p, int[] idx) {
        int n = idx.length;
        double sx = 0;
        double sy = 0;
        for (int i : idx) {
            sx += p.time(i);
            sy += Math.log(p.value(i));
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i : idx) {
            double dx = p.time(i) - mx;
            double dy = Math.log(p.value(i)) - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        double r2adj = 1 - (1 - r2) * (n - 1) / (n - 2);
        return new LambdaZ(-slope, my - slope * mx, idx, r2, r2adj, "");
    }

    private static LambdaZ failed(String why) {
        return new LambdaZ(Double.NaN, Double.NaN, new int[0], Double.NaN, Double.NaN, why);
    }

    public boolean estimated() {
        return !Double.isNaN(lambda);
    }

    /** Terminal half-life ln 2 / λz (h). */
    public double halfLife() {
        return Math.log(2) / lambda;
    }
}
