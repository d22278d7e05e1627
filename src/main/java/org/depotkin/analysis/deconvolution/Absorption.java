package org.depotkin.analysis.deconvolution;

/**
 * The in-vivo input recovered from plasma data: cumulative amount and fraction absorbed at each
 * sample time, and the mean input rate over each interval between samples.
 *
 * @param method   how it was obtained, e.g. {@code Wagner-Nelson (k10 = 0.2 /h)}
 * @param times    sample times (h), starting at 0
 * @param amount   cumulative amount absorbed (mg); all NaN when no volume was given
 * @param fraction cumulative fraction absorbed
 * @param basis    what the fraction is of, e.g. {@code the amount absorbed by t = ∞ (k10·AUC0–∞)}
 * @param total    amount absorbed by t = ∞ (mg), NaN when not known
 */
public record Absorption(String method, double[] times, double[] amount, double[] fraction, String basis,
                         double total) {
    /**
     * @throws IllegalArgumentException when a fraction, an amount or the total is not finite (a rate constant
     *                                  or unit so extreme that the arithmetic overflowed or underflowed)
     */
    public Absorption {
        times = times.clone();
        amount = amount.clone();
        fraction = fraction.clone();
        boolean amounts = !Double.isNaN(amount[amount.length - 1]);
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(fraction[i]) || amounts && !Double.isFinite(amount[i])) {
                throw new IllegalArgumentException(method + ": the absorbed " + (Double.isFinite(fraction[i])
                        ? "amount" : "fraction") + " at " + org.depotkin.model.Format.number(times[i]) + " h is not "
                        + "finite; check the rate constants and volume for extreme values or wrong units");
            }
        }
    }

    /** True when amounts in mg are known (not only fractions). */
    public boolean hasAmounts() {
        return !Double.isNaN(amount[amount.length - 1]);
    }

    /**
     * Mean input rate over the interval that ends at each sample (mg/h, or 1/h of the fraction when
     * no amounts are known); element 0 is NaN.
     */
    public double[] rate() {
        double[] y = hasAmounts() ? amount : fraction;
        double[] r = new double[times.length];
        r[0] = Double.NaN;
        for (int i = 1; i < times.length; i++) {
            r[i] = (y[i] - y[i - 1]) / (times[i] - times[i - 1]);
        }
        return r;
    }

    /** The same amounts with the fraction taken of a dose (mg) instead. */
    public Absorption ofDose(double dose) {
        if (!hasAmounts()) {
            throw new IllegalArgumentException("--dose: the fraction of the dose needs amounts in mg; give the "
                    + "central volume (--volume or --model)");
        }
        double[] f = new double[times.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = amount[i] / dose;
        }
        return new Absorption(method, times, amount, f, "the dose (" + org.depotkin.model.Format.number(dose)
                + " mg)", total);
    }
}
