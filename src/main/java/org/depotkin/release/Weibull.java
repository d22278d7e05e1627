package org.depotkin.release;

import org.depotkin.model.Format;

/**
 * Weibull release: F(s) = 1 − exp(−((s − lag)/T_D)^β) for s &gt; lag, 0 before; T_D is the time
 * (after the lag) to 63.2 % release. β &lt; 1 gives a rate singular at the start, which the engine
 * handles at s = 0 only, so β &lt; 1 requires lag = 0. Source: S67 (PMC3361330, Table 2).
 *
 * @param td   T_D (h)
 * @param beta shape β
 * @param lag  lag time (h), ≥ 0
 */
public record Weibull(double td, double beta, double lag) implements ReleaseLaw {
    public Weibull {
        Laws.positive("weibull", "td", td);
        Laws.positive("weibull", "beta", beta);
        if (!(lag >= 0)) {
            throw new IllegalArgumentException("weibull: lag must be >= 0, got " + lag);
        }
        if (beta < 1 && lag > 0) {
            throw new IllegalArgumentException("weibull: beta < 1 (rate singular at the start) needs lag = 0, got lag "
                    + lag + " h");
        }
    }

    @Override
    public double cumulative(double s) {
        return s <= lag ? 0 : -Math.expm1(-Math.pow((s - lag) / td, beta));
    }

    @Override
    public double rate(double s) {
        if (s <= lag) {
            return 0;
        }
        double x = (s - lag) / td;
        return beta / td * Math.pow(x, beta - 1) * Math.exp(-Math.pow(x, beta));
    }

    @Override
    public double rateExponentAtZero() {
        return beta < 1 ? beta - 1 : 0;
    }

    @Override
    public double[] breakpoints() {
        return lag > 0 ? new double[] {lag} : new double[0];
    }

    @Override
    public String name() {
        return "weibull";
    }

    @Override
    public String describe() {
        return "weibull(T_D = " + Laws.hours(td) + ", beta = " + Format.number(beta)
                + (lag > 0 ? ", lag = " + Laws.hours(lag) : "") + ")";
    }
}
