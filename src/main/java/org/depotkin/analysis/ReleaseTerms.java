package org.depotkin.analysis;

import java.util.Locale;
import org.depotkin.model.Administration;
import org.depotkin.model.Format;
import org.depotkin.model.Formulation;
import org.depotkin.model.Scenario;
import org.depotkin.release.DepotRelease;

/**
 * A scenario's first depot in a formulation designer's terms, read from its release law (failure
 * modes included): the load, the release rate in mg/day at the start and on average until half is
 * out, and the times by which 50 % and 90 % of the load are released (the release half-time; for a
 * first-order law ln 2/k). With a Level A IVIVC of slope 1 whose in-vivo time is {@code timeScale}
 * times the in-vitro time (Levy plot, see {@code deconvolve --time-scale}), the in-vitro curve to
 * specify is F_vitro(t) = F_vivo(timeScale·t), so the in-vitro times are the in-vivo ones divided by
 * the time scale.
 *
 * @param load        mg base in the depot
 * @param initialRate mg/day released at the start, NaN when the law's rate is singular there
 *                    (Higuchi, Weibull with beta &lt; 1, ...)
 * @param meanRate    mg/day on average until 50 % is released, NaN if never
 * @param t50         h until 50 % is released, +infinity if never (e.g. a fibrosis lock-in)
 * @param t90         h until 90 % is released, +infinity if never
 */
public record ReleaseTerms(double load, double initialRate, double meanRate, double t50, double t90) {
    private static final double HORIZON = 100 * 365 * 24.0;

    /** The terms of the first depot of {@code s}, or null when it has none. */
    public static ReleaseTerms of(Scenario s) {
        for (Administration a : s.administrations()) {
            if (a.formulation() instanceof Formulation.Depot d && !a.regimen().doses().isEmpty()) {
                double load = a.regimen().doses().get(0).amount() * d.baseFraction();
                DepotRelease r = d.release();
                double initial = r.rateExponentAtZero() < 0 ? Double.NaN : load * r.rate(1e-6) * 24;
                double t50 = timeTo(r, 0.5);
                return new ReleaseTerms(load, initial, Double.isFinite(t50) ? 0.5 * load / t50 * 24 : Double.NaN, t50,
                        timeTo(r, 0.9));
            }
        }
        return null;
    }

    /** Law-time (h) at which the cumulative fraction released reaches {@code fraction}, +infinity if never. */
    private static double timeTo(DepotRelease r, double fraction) {
        if (r.released(HORIZON) < fraction) {
            return Double.POSITIVE_INFINITY;
        }
        double hi = 1;
        while (r.released(hi) < fraction) {
            hi *= 2;
        }
        return Roots.brent(s -> r.released(s) - fraction, hi / 2, hi, 1e-6 * hi);
    }

    /** {@code starts at 21.8 mg/d, mean 15.7 mg/d to 50 %; 50 % out by day 108.3, 90 % by day 359.8}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!Double.isNaN(initialRate)) {
            sb.append("starts at ").append(Format.number(initialRate)).append(" mg/d, ");
        }
        if (Double.isFinite(t50)) {
            sb.append("mean ").append(Format.number(meanRate)).append(" mg/d to 50 %; ");
        }
        return sb + String.format(Locale.ROOT, "50 %% out by %s, 90 %% by %s", day(t50), day(t90));
    }

    /** The in-vitro specification for an IVIVC time scale (in-vivo time per in-vitro time). */
    public String inVitro(double timeScale) {
        return String.format(Locale.ROOT, "in vitro (IVIVC time scale %s, Level A slope 1): 50 %% released by %s, "
                + "90 %% by %s", Format.number(timeScale), time(t50 / timeScale), time(t90 / timeScale));
    }

    private static String day(double h) {
        return Double.isFinite(h) ? "day " + Format.number(h / 24) : "never";
    }

    private static String time(double h) {
        return !Double.isFinite(h) ? "never" : h < 48 ? Format.number(h) + " h" : Format.number(h / 24) + " d";
    }
}
