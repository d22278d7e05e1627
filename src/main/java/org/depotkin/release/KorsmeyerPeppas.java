package org.depotkin.release;

import org.depotkin.model.Format;

/**
 * Korsmeyer–Peppas (power law): F(s) = min(1, k·s^n), 0 &lt; n ≤ 1. Fickian diffusion gives
 * n = 0.50 (slab), 0.45 (cylinder), 0.43 (sphere); larger n is anomalous transport, n = 1 case II
 * for a slab. Source: S68 Ritger &amp; Peppas 1987, J Control Release 5:23; fits are made on the first
 * 60 % released.
 *
 * @param k release constant (h^-n)
 * @param n release exponent
 */
public record KorsmeyerPeppas(double k, double n) implements ReleaseLaw {
    public KorsmeyerPeppas {
        Laws.positive("korsmeyer-peppas", "k", k);
        if (!(n > 0 && n <= 1)) {
            throw new IllegalArgumentException("korsmeyer-peppas: n must be within (0, 1], got " + n);
        }
    }

    @Override
    public double cumulative(double s) {
        return s <= 0 ? 0 : Math.min(1, k * Math.pow(s, n));
    }

    @Override
    public double rate(double s) {
        return s <= 0 || s >= completionTime() ? 0 : k * n * Math.pow(s, n - 1);
    }

    @Override
    public double completionTime() {
        return Math.pow(1 / k, 1 / n);
    }

    @Override
    public double rateExponentAtZero() {
        return n < 1 ? n - 1 : 0;
    }

    @Override
    public double[] breakpoints() {
        return new double[] {completionTime()};
    }

    @Override
    public String name() {
        return "korsmeyer-peppas";
    }

    @Override
    public String describe() {
        return "korsmeyer-peppas(k = " + Format.number(k) + " /h^" + Format.number(n) + ", n = " + Format.number(n)
                + ")";
    }
}
