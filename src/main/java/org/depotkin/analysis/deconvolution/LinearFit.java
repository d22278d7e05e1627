package org.depotkin.analysis.deconvolution;

/**
 * Ordinary least-squares line y = intercept + slope·x, with R² = 1 − SSres/SStot.
 *
 * @param slope     b
 * @param intercept a
 * @param r2        coefficient of determination
 * @param n         number of points
 */
public record LinearFit(double slope, double intercept, double r2, int n) {
    /** Fits the points; needs at least 2 with distinct x. */
    public static LinearFit of(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("a regression needs at least 2 points, got " + n);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a regression needs distinct x values");
        }
        double b = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new LinearFit(b, my - b * mx, r2, n);
    }
}
