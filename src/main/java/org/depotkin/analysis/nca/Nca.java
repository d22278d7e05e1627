package org.depotkin.analysis.nca;

/**
 * Non-compartmental analysis of one concentration–time profile (concentrations in ng/mL, times in
 * h, dose in mg).
 * <ul>
 *   <li>Cmax, Tmax: the largest observed concentration and its first time; Clast, Tlast: the last
 *       positive concentration;</li>
 *   <li>AUC0–t: from the first sample to Tlast by the linear-up/log-down rule ({@link Profile});</li>
 *   <li>λz by the rule of {@link LambdaZ}; t½ = ln 2/λz; AUC0–∞ = AUC0–t + Clast/λz (observed Clast),
 *       with the extrapolated percentage;</li>
 *   <li>with a dose (the total given; for linear kinetics all of it is eventually eliminated):
 *       CL/F = Dose/AUC0–∞, Vz/F = Dose/(λz·AUC0–∞);</li>
 *   <li>with a dosing interval τ starting at t0: AUCτ (interpolated at the ends by the same rule),
 *       Cavg = AUCτ/τ, Cmax,τ and Cmin,τ over the interval, Ctrough = C(t0 + τ), fluctuation
 *       = (Cmax,τ − Cmin,τ)/Cavg, and with the dose given at t0 CLss/F = Dose/AUCτ;</li>
 *   <li>with a threshold: the time at or above it between the first and last sample, crossings
 *       found by <b>linear interpolation</b> between adjacent samples.</li>
 * </ul>
 * Sources: Gabrielsson &amp; Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis (5th ed.),
 * ch. 2; Phoenix WinNonlin 8 NCA parameter definitions.
 *
 * @param profile      the data
 * @param cmax         ng/mL
 * @param tmax         h
 * @param clast        ng/mL
 * @param tlast        h
 * @param aucLast      ng·h/mL
 * @param lambdaZ      the terminal fit
 * @param aucInf       ng·h/mL (NaN without λz)
 * @param dose         total dose, mg (NaN when not given)
 * @param interval     the dosing-interval metrics, null when no τ was given
 * @param threshold    ng/mL (NaN when not given)
 * @param hoursAbove   h at or above the threshold (NaN when not given)
 */
public record Nca(Profile profile, double cmax, double tmax, double clast, double tlast, double aucLast,
                  LambdaZ lambdaZ, double aucInf, double dose, Interval interval, double threshold,
                  double hoursAbove) {

    /**
     * Metrics over one dosing interval [start, start + tau].
     *
     * @param start    t0 (h)
     * @param tau      τ (h)
     * @param auc      AUCτ (ng·h/mL)
     * @param cavg     ng/mL
     * @param cmax     ng/mL
     * @param cmin     ng/mL
     * @param ctrough  C at the end of the interval (ng/mL)
     * @param dose     the dose given at its start (mg, NaN when not known)
     */
    public record Interval(double start, double tau, double auc, double cavg, double cmax, double cmin,
                           double ctrough, double dose) {
        /** (Cmax,τ − Cmin,τ)/Cavg as a fraction. */
        public double fluctuation() {
            return (cmax - cmin) / cavg;
        }
    }

    /**
     * Runs the analysis.
     *
     * @param p         the profile (ng/mL, h)
     * @param dose      total dose (mg), NaN when unknown
     * @param tauStart  t0 of the dosing interval (h)
     * @param tau       τ (h), NaN for none
     * @param tauDose   the dose given at t0 (mg), NaN when unknown
     * @param threshold ng/mL, NaN for none
     */
    public static Nca of(Profile p, double dose, double tauStart, double tau, double tauDose, double threshold) {
        int imax = 0;
        int ilast = -1;
        for (int i = 0; i < p.size(); i++) {
            if (p.value(i) > p.value(imax)) {
                imax = i;
            }
            if (p.value(i) > 0) {
                ilast = i;
            }
        }
        if (ilast < 0) {
            throw new IllegalArgumentException("every concentration is 0: nothing to analyse");
        }
        double aucLast = p.aucTo(ilast);
        LambdaZ lz = LambdaZ.of(p);
        double aucInf = lz.estimated() ? aucLast + p.value(ilast) / lz.lambda() : Double.NaN;
        Interval iv = Double.isNaN(tau) ? null : interval(p, tauStart, tau, tauDose);
        double above = Double.isNaN(threshold) ? Double.NaN : hoursAbove(p, threshold);
        return new Nca(p, p.value(imax), p.time(imax), p.value(ilast), p.time(ilast), aucLast, lz, aucInf, dose, iv,
                threshold, above);
    }

    private static Interval interval(Profile p, double start, double tau, double dose) {
        if (!(tau > 0)) {
            throw new IllegalArgumentException("--tau must be > 0");
        }
        double end = start + tau;
        if (start < p.firstTime() - 1e-9 || end > p.lastTime() + 1e-9) {
            throw new IllegalArgumentException("dosing interval [" + num(start) + ", " + num(end)
                    + "] h is not within the samples [" + num(p.firstTime()) + ", " + num(p.lastTime()) + "] h");
        }
        double auc = p.auc(start, end);
        double hi = Math.max(p.at(start), p.at(end));
        double lo = Math.min(p.at(start), p.at(end));
        for (int i = 0; i < p.size(); i++) {
            if (p.time(i) > start && p.time(i) < end) {
                hi = Math.max(hi, p.value(i));
                lo = Math.min(lo, p.value(i));
            }
        }
        return new Interval(start, tau, auc, auc / tau, hi, lo, p.at(end), dose);
    }

    /** Time at or above {@code level}, with crossings linearly interpolated between samples. */
    static double hoursAbove(Profile p, double level) {
        double total = 0;
        for (int i = 0; i + 1 < p.size(); i++) {
            double t1 = p.time(i);
            double t2 = p.time(i + 1);
            double c1 = p.value(i) - level;
            double c2 = p.value(i + 1) - level;
            if (c1 >= 0 && c2 >= 0) {
                total += t2 - t1;
            } else if (c1 >= 0 || c2 >= 0) {
                double cross = t1 + (t2 - t1) * c1 / (c1 - c2);
                total += c1 >= 0 ? cross - t1 : t2 - cross;
            }
        }
        return total;
    }

    /** Terminal half-life (h). */
    public double halfLife() {
        return lambdaZ.halfLife();
    }

    /** Share of AUC0–∞ that is extrapolated beyond Tlast, as a fraction. */
    public double extrapolatedFraction() {
        return (aucInf - aucLast) / aucInf;
    }

    /** CL/F = Dose/AUC0–∞ (L/h): mg / (ng·h/mL) = 1000 L/h. */
    public double clearance() {
        return 1000 * dose / aucInf;
    }

    /** Vz/F = Dose/(λz·AUC0–∞) (L). */
    public double volume() {
        return clearance() / lambdaZ.lambda();
    }

    /** CLss/F = Dose(t0)/AUCτ (L/h), NaN without an interval. */
    public double steadyStateClearance() {
        return interval == null ? Double.NaN : 1000 * interval.dose() / interval.auc();
    }

    private static String num(double x) {
        return org.depotkin.model.Format.number(x);
    }
}
