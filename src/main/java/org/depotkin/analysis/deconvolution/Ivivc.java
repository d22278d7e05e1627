package org.depotkin.analysis.deconvolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Level A in vitro–in vivo correlation: a point-to-point relation between the fraction absorbed in
 * vivo (from deconvolution) and the fraction released in vitro (FDA Guidance for Industry,
 * Extended Release Oral Dosage Forms: Development, Evaluation, and Application of IVIVC, 1997).
 * <ul>
 *   <li>correlation: at each in-vivo sample time t &gt; 0 whose scaled in-vitro time t/s lies within
 *       the in-vitro data, the fraction released is interpolated linearly at t/s and paired with the
 *       fraction absorbed; Fabs = intercept + slope·Frel by least squares (s = 1: no time scaling);</li>
 *   <li>Levy plot: for fractions 10 %, 20 %, … 90 % reached by both curves, the in-vivo time against
 *       the in-vitro time to reach it (first crossing, linear interpolation); its slope estimates
 *       the time-scaling factor s (Levy, Am J Pharm 135 (1963) 78; Cardot &amp; Davit, AAPS J 14
 *       (2012) 627).</li>
 * </ul>
 *
 * @param times     in-vivo times used (h)
 * @param released  fraction released in vitro at t/s
 * @param absorbed  fraction absorbed in vivo at t
 * @param fit       Fabs against Frel
 * @param timeScale s, in-vivo time per in-vitro time
 * @param levels    Levy fractions
 * @param vitroTime in-vitro time to reach each level (h)
 * @param vivoTime  in-vivo time to reach each level (h)
 * @param levy      in-vivo time against in-vitro time (null when fewer than 2 levels are reached)
 */
public record Ivivc(double[] times, double[] released, double[] absorbed, LinearFit fit, double timeScale,
                    double[] levels, double[] vitroTime, double[] vivoTime, LinearFit levy) {

    /**
     * @param vivo      the deconvolved absorption
     * @param vitroT    in-vitro sample times (h)
     * @param vitroF    fraction released at those times
     * @param timeScale s &gt; 0: in-vitro time t/s is matched with in-vivo time t
     */
    public static Ivivc of(Absorption vivo, double[] vitroT, double[] vitroF, double timeScale) {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("--time-scale must be > 0");
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < vivo.times().length; i++) {
            double t = vivo.times()[i];
            double tv = t / timeScale;
            if (t > 0 && tv >= vitroT[0] && tv <= vitroT[vitroT.length - 1]) {
                pairs.add(new double[] {t, interpolate(vitroT, vitroF, tv), vivo.fraction()[i]});
            }
        }
        if (pairs.size() < 3) {
            throw new IllegalArgumentException("only " + pairs.size() + " in-vivo times fall within the in-vitro "
                    + "data (after time scaling); need at least 3");
        }
        double[] t = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] fr = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double[] fa = pairs.stream().mapToDouble(p -> p[2]).toArray();
        List<double[]> levy = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            double level = k / 10.0;
            double a = firstTime(vitroT, vitroF, level);
            double b = firstTime(vivo.times(), vivo.fraction(), level);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                levy.add(new double[] {level, a, b});
            }
        }
        double[] lv = levy.stream().mapToDouble(p -> p[0]).toArray();
        double[] ta = levy.stream().mapToDouble(p -> p[1]).toArray();
        double[] tb = levy.stream().mapToDouble(p -> p[2]).toArray();
        return new Ivivc(t, fr, fa, LinearFit.of(fr, fa), timeScale, lv, ta, tb,
                lv.length >= 2 ? LinearFit.of(ta, tb) : null);
    }

    /** Linear interpolation of y at x within the table. */
    static double interpolate(double[] xs, double[] ys, double x) {
        for (int i = 0; i + 1 < xs.length; i++) {
            if (x <= xs[i + 1]) {
                double w = (x - xs[i]) / (xs[i + 1] - xs[i]);
                return ys[i] + w * (ys[i + 1] - ys[i]);
            }
        }
        return ys[ys.length - 1];
    }

    /** First time the curve reaches the level (linear interpolation), NaN if it never does. */
    static double firstTime(double[] t, double[] f, double level) {
        if (f[0] >= level) {
            return t[0];
        }
        for (int i = 1; i < t.length; i++) {
            if (f[i] >= level) {
                return t[i - 1] + (t[i] - t[i - 1]) * (level - f[i - 1]) / (f[i] - f[i - 1]);
            }
        }
        return Double.NaN;
    }
}
