package org.depotkin.release;

/**
 * Hixson–Crowell cube-root law, W0^(1/3) − Wt^(1/3) = κ·t, written for the fraction released:
 * F(s) = 1 − (1 − k s)^3 for s &lt; 1/k, then 1 (k = κ/W0^(1/3)). Assumes uniform spheres that keep
 * their shape, under sink conditions. Source: S70 (Hixson &amp; Crowell 1931).
 *
 * @param k 1/h
 */
public record HixsonCrowell(double k) implements ReleaseLaw {
    public HixsonCrowell {
        Laws.positive("hixson-crowell", "k", k);
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0) {
            return 0;
        }
        double r = Math.max(0, 1 - k * s);
        return 1 - r * r * r;
    }

    @Override
    public double rate(double s) {
        if (s <= 0 || s >= 1 / k) {
            return 0;
        }
        double r = 1 - k * s;
        return 3 * k * r * r;
    }

    @Override
    public double completionTime() {
        return 1 / k;
    }

    @Override
    public double[] breakpoints() {
        return new double[] {1 / k};
    }

    @Override
    public String name() {
        return "hixson-crowell";
    }

    @Override
    public String describe() {
        return "hixson-crowell(k = " + Laws.perHour(k) + ")";
    }
}
