package org.depotkin.release;

import java.util.List;

/**
 * Weibull release with an optional lag,
 * <pre>
 *   F(s) = 1 - exp(-x^beta),  x = (s - lag) / T_D     for s &gt; lag, else 0,
 *   dF/ds = (beta / T_D) x^(beta-1) exp(-x^beta),
 * </pre>
 * with T_D (h) the time, after the lag, to 63.2 % release. Source: S67 (PMC3361330, Table 2:
 * %D = 100 [1 - e^(-(t/T_D)^b)]); used as a PLGA input phase in S74a; docs/sources.md §8, §9.2.
 *
 * <p>beta &lt; 1 makes the rate singular at the start of release, like s^(beta-1); the engine
 * only removes such a singularity at s = 0, so beta &lt; 1 requires lag = 0 (then
 * {@link #rateExponentAtZero()} = beta - 1). With beta = 1 and a lag the rate jumps at s = lag;
 * lag &gt; 0 is reported as the breakpoint. At s = lag &gt; 0 the rate is its right-hand limit
 * (1/T_D for beta = 1, 0 for beta &gt; 1). F only tends to 1: completion is +infinity.
 *
 * @param td   T_D, the scale time (h); &gt; 0
 * @param beta the shape exponent; &gt; 0 (&lt; 1 only with lag = 0)
 * @param lag  the lag time (h) before release starts; &ge; 0
 */
public record Weibull(double td, double beta, double lag) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "weibull";

    public Weibull {
        Params.positive(NAME, "td", td);
        Params.positive(NAME, "beta", beta);
        Params.nonNegative(NAME, "lag", lag);
        if (beta < 1.0 && lag > 0.0) {
            throw new IllegalArgumentException(NAME + ": beta < 1 (got " + Params.num(beta)
                    + ") requires lag = 0, got lag " + Params.num(lag)
                    + " h: the rate would be singular at s = lag, and only a singularity at s = 0 is handled");
        }
    }

    /** Weibull without lag. */
    public Weibull(double td, double beta) {
        this(td, beta, 0.0);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0 || s <= lag) {
            return 0.0;
        }
        return -Math.expm1(-Math.pow((s - lag) / td, beta));
    }

    @Override
    public double rate(double s) {
        if (s <= 0.0 || s < lag) {
            return 0.0;
        }
        double u = s - lag;
        double x = u / td;
        double xb = Math.pow(x, beta);
        if (xb > 800.0) {
            return 0.0; // exp(-xb) underflows; avoids infinity * 0 for huge x
        }
        // x^(beta-1): directly for beta >= 1 (at x = 0: 1 for beta = 1, the right-hand limit; 0 for
        // beta > 1); through logarithms for beta < 1 (then lag = 0 and u = s > 0), so that a tiny s
        // does not underflow x to 0 and return an infinite rate
        double xbm1 = beta >= 1.0 ? Math.pow(x, beta - 1.0)
                : Math.exp((beta - 1.0) * (Math.log(u) - Math.log(td)));
        return beta / td * xbm1 * Math.exp(-xb);
    }

    @Override
    public double rateExponentAtZero() {
        return beta < 1.0 ? beta - 1.0 : 0.0;
    }

    @Override
    public double[] breakpoints() {
        return lag > 0.0 ? new double[] {lag} : new double[0];
    }

    /**
     * The law's parameters as model files name them (read in this order, in {@link #values()}'s order) and how the
     * law is made from their values.
     */
    static final ReleaseLaws.Kind KIND = new ReleaseLaws.Kind(NAME, List.of(
            new Parameter("td", "h", Range.POSITIVE),
            new Parameter("beta", "1", Range.POSITIVE),
            new Parameter("lag", "h", Range.NON_NEGATIVE)),
            v -> new Weibull(v[0], v[1], v[2]));

    @Override
    public ReleaseLaws.Kind kind() {
        return KIND;
    }

    @Override
    public double[] values() {
        return new double[] {td, beta, lag};
    }



    @Override
    public String describe() {
        return "Weibull(T_D = " + Params.num(td) + " h, beta = " + Params.num(beta)
                + (lag > 0.0 ? ", lag = " + Params.num(lag) + " h)" : ")");
    }
}
