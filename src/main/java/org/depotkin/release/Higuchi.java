package org.depotkin.release;

import org.depotkin.model.Format;

/**
 * Higuchi (Fickian matrix) release: F(s) = min(1, kH·√s); rate = kH/(2√s), an integrable
 * singularity at s = 0. Source: S72; Higuchi 1963, J Pharm Sci 52:1145.
 *
 * @param k kH (h^-1/2)
 */
public record Higuchi(double k) implements ReleaseLaw {
    public Higuchi {
        Laws.positive("higuchi", "k", k);
    }

    @Override
    public double cumulative(double s) {
        return s <= 0 ? 0 : Math.min(1, k * Math.sqrt(s));
    }

    @Override
    public double rate(double s) {
        return s <= 0 || s >= completionTime() ? 0 : k / (2 * Math.sqrt(s));
    }

    @Override
    public double completionTime() {
        return 1 / (k * k);
    }

    @Override
    public double rateExponentAtZero() {
        return -0.5;
    }

    @Override
    public double[] breakpoints() {
        return new double[] {completionTime()};
    }

    @Override
    public String name() {
        return "higuchi";
    }

    @Override
    public String describe() {
        return "higuchi(kH = " + Format.number(k) + " /h^0.5)";
    }
}
