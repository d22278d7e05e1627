package org.depotkin.release;

import org.depotkin.model.Format;

/**
 * Biexponential (burst + sustained) release:
 * F(s) = f·(1 − e^(−k1 s)) + (1 − f)·(1 − e^(−k2 s)).
 * Source: S67 (PMC3361330, Table 2: %D = 100·[1 − (A e^(−αt) + B e^(−βt))], A + B = 1).
 *
 * @param burstFraction f, in [0, 1]
 * @param kBurst        k1 (1/h)
 * @param kSlow         k2 (1/h)
 */
public record Biexponential(double burstFraction, double kBurst, double kSlow) implements ReleaseLaw {
    public Biexponential {
        Laws.fraction("biexponential", "burst-fraction", burstFraction);
        Laws.positive("biexponential", "k-burst", kBurst);
        Laws.positive("biexponential", "k-slow", kSlow);
    }

    @Override
    public double cumulative(double s) {
        return s <= 0 ? 0 : -burstFraction * Math.expm1(-kBurst * s) - (1 - burstFraction) * Math.expm1(-kSlow * s);
    }

    @Override
    public double rate(double s) {
        return s <= 0 ? 0 : burstFraction * kBurst * Math.exp(-kBurst * s)
                + (1 - burstFraction) * kSlow * Math.exp(-kSlow * s);
    }

    @Override
    public String name() {
        return "biexponential";
    }

    @Override
    public String describe() {
        return "biexponential(burst " + Format.number(100 * burstFraction) + " % at " + Laws.perHour(kBurst)
                + ", rest at " + Laws.perHour(kSlow) + ")";
    }
}
