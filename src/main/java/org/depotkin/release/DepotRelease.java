package org.depotkin.release;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * A release law together with its failure modes: the fraction of the load released, remaining
 * and removed at each time s since the dose.
 * <pre>
 *   σ(s)        = m · ∫₀ˢ P(u) du            (law clock: m from early depletion, P from fibrosis)
 *   released(s) = b + (1 − b) · F(σ(min(s, s_rem)))   (b: extra burst at the dose)
 *   rate(s)     = (1 − b) · F'(σ(s)) · m · P(s)        for 0 &lt; s &lt; s_rem, else 0
 *   removed(s)  = 1 − released(s_rem)  for s ≥ s_rem, else 0
 *   remaining   = 1 − released − removed
 * </pre>
 * With first-order F and fibrosis this gives D(t) = D0·exp(−k·(p_min·t + (1 − p_min)(1 − e^(−t/τ))·τ)),
 * the closed form of docs/workloads.md §5. Source: docs/science.md §2–3.
 */
public final class DepotRelease implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ReleaseLaw law;
    /** The law's rate with its constants worked out; made again after deserialisation. */
    private final transient DoubleUnaryOperator lawRate;
    private final List<FailureMode> failures;
    private final FailureMode.Fibrosis fibrosis;
    private final double multiplier;
    private final double burst;
    private final double removalAt;

    public DepotRelease(ReleaseLaw law, List<FailureMode> failures) {
        this.law = law;
        this.lawRate = law.rateFunction();
        this.failures = List.copyOf(failures);
        FailureMode.Fibrosis fib = null;
        FailureMode.EarlyDepletion dep = null;
        FailureMode.Removal rem = null;
        for (FailureMode f : this.failures) {
            if ((f instanceof FailureMode.Fibrosis x && fib != null) || (f instanceof FailureMode.EarlyDepletion
                    && dep != null) || (f instanceof FailureMode.Removal && rem != null)) {
                throw new IllegalArgumentException("failure mode '" + f.name() + "' given twice");
            }
            if (f instanceof FailureMode.Fibrosis x) {
                fib = x;
            } else if (f instanceof FailureMode.EarlyDepletion x) {
                dep = x;
            } else if (f instanceof FailureMode.Removal x) {
                rem = x;
            }
        }
        this.fibrosis = fib;
        this.multiplier = dep == null ? 1.0 : dep.multiplier();
        this.burst = dep == null ? 0.0 : dep.extraBurst();
        this.removalAt = rem == null ? Double.POSITIVE_INFINITY : rem.at();
    }

    /** A release read back from a stream: made again, so that the law's rate function is worked out anew. */
    private Object readResolve() {
        return new DepotRelease(law, failures);
    }

    /** Equal when the law and the failure modes are (so runs that share a release can share its input fit). */
    @Override
    public boolean equals(Object o) {
        return o instanceof DepotRelease r && law.equals(r.law) && failures.equals(r.failures);
    }

    @Override
    public int hashCode() {
        return 31 * law.hashCode() + failures.hashCode();
    }

    public ReleaseLaw law() {
        return law;
    }

    public List<FailureMode> failures() {
        return failures;
    }

    /** Law clock σ(s) (h). */
    public double clock(double s) {
        if (s <= 0) {
            return 0;
        }
        return multiplier * (fibrosis == null ? s : fibrosis.integral(s));
    }

    private double clockRate(double s) {
        return multiplier * (fibrosis == null ? 1.0 : fibrosis.permeability(s));
    }

    /** Fraction of the load dumped at the dose itself (s = 0). */
    public double instantFraction() {
        return burst;
    }

    /** Cumulative fraction released by s, including the instant burst (0 for s &lt; 0). */
    public double released(double s) {
        if (s < 0) {
            return 0;
        }
        return burst + (1 - burst) * law.cumulative(clock(Math.min(s, removalAt)));
    }

    /** Release rate (fraction of the load per h) at s. */
    public double rate(double s) {
        if (s <= 0 || s >= removalAt) {
            return 0;
        }
        return (1 - burst) * lawRate.applyAsDouble(clock(s)) * clockRate(s);
    }

    /** Fraction taken out with the depot by s. */
    public double removed(double s) {
        return s >= removalAt ? 1 - released(removalAt) : 0;
    }

    /** Fraction still in the depot at s. */
    public double remaining(double s) {
        return s < 0 ? 1 : 1 - released(s) - removed(s);
    }

    /** Time since the dose (h) at which the depot is removed, +infinity if never. */
    public double removalTime() {
        return removalAt;
    }

    /** Exponent of the rate's integrable singularity at s = 0 (0 when none). */
    public double rateExponentAtZero() {
        return law.rateExponentAtZero();
    }

    /**
     * Times since the dose (h, ascending, &gt; 0) where the release rate or its derivative jumps:
     * the law's own breakpoints mapped through the clock, the fibrosis onset and the removal.
     */
    public double[] breakpoints() {
        TreeSet<Double> times = new TreeSet<>();
        for (double b : law.breakpoints()) {
            double s = inverseClock(b);
            if (Double.isFinite(s)) {
                times.add(s);
            }
        }
        if (fibrosis != null && fibrosis.onset() > 0) {
            times.add(fibrosis.onset());
        }
        if (Double.isFinite(removalAt)) {
            times.add(removalAt);
        }
        return times.stream().filter(t -> t > 0 && t <= removalAt).mapToDouble(Double::doubleValue).toArray();
    }

    /** The s at which σ(s) = target, +infinity if the clock never gets there. */
    double inverseClock(double target) {
        if (fibrosis == null) {
            return target / multiplier;
        }
        double sup = multiplier * (fibrosis.pMin() > 0 ? Double.POSITIVE_INFINITY
                : fibrosis.onset() + fibrosis.tau());
        if (target >= sup) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = Math.max(target / multiplier, 1.0);
        while (clock(hi) < target) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (clock(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** e.g. {@code first-order(k = 0.000267 /h) + fibrosis + removal}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(law.describe());
        failures.forEach(f -> sb.append(" + ").append(f.name()));
        return sb.toString();
    }
}
