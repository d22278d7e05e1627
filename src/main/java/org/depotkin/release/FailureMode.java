package org.depotkin.release;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * A way a depot departs from its designed release. Composable with every {@link ReleaseLaw};
 * {@link DepotRelease} combines them. All times are time since the dose (h).
 */
public sealed interface FailureMode extends Serializable
        permits FailureMode.Fibrosis, FailureMode.EarlyDepletion, FailureMode.Removal {

    /**
     * What a kind of failure is: its name, its parameters (as model files name them) and how it is made from their
     * values, declared once in the mode's record.
     */
    record Kind(String name, List<Parameter> parameters, Function<double[], FailureMode> make) {
    }

    /** This mode's kind. */
    Kind kind();

    /** A short name for tables and legends; also the prefix of its parameters' names, e.g. {@code fibrosis.tau}. */
    default String name() {
        return kind().name();
    }

    /** The numbers that may vary between runs, as model files name them, in the order of {@link #values()}. */
    default List<Parameter> parameters() {
        return kind().parameters();
    }

    /** The current values of {@link #parameters()}, in their order (engine units). */
    double[] values();

    /** The same mode with other values of {@link #parameters()}, in their order; checked as the constructor checks. */
    default FailureMode with(double[] values) {
        return kind().make().apply(values);
    }

    /**
     * Fibrosis lock-in: a fibrous capsule throttles release with permeability
     * <pre>
     *   P(s) = 1                                         s ≤ t_onset
     *   P(s) = p_min + (1 − p_min)·exp(−(s − t_onset)/τ)   s &gt; t_onset
     * </pre>
     * The law runs on a slowed clock σ(s) = ∫₀ˢ P(u) du, so the drug that is not released stays
     * in the depot as residual load. Source: docs/science.md §3; docs/sources.md §9.3
     * (τ ≈ 14 d from capsule formation by day 14, S37/S38; p_min a scenario parameter 0.1–0.5).
     *
     * @param onset t_onset (h)
     * @param tau   τ (h)
     * @param pMin  p_min, permeability left once the capsule has matured, in [0, 1]
     */
    record Fibrosis(double onset, double tau, double pMin) implements FailureMode {
        public Fibrosis {
            if (!(onset >= 0) || !(tau > 0) || !(pMin >= 0 && pMin <= 1)) {
                throw new IllegalArgumentException("fibrosis needs onset >= 0, tau > 0 and p-min in [0, 1], got onset "
                        + onset + " h, tau " + tau + " h, p-min " + pMin);
            }
        }

        /** P(s). */
        public double permeability(double s) {
            return s <= onset ? 1.0 : pMin + (1 - pMin) * Math.exp(-(s - onset) / tau);
        }

        /** ∫₀ˢ P(u) du (h). */
        public double integral(double s) {
            if (s <= onset) {
                return s;
            }
            double x = s - onset;
            return onset + pMin * x - (1 - pMin) * tau * Math.expm1(-x / tau);
        }

        static final Kind KIND = new Kind("fibrosis", List.of(
                new Parameter("onset", "h", Range.NON_NEGATIVE),
                new Parameter("tau", "h", Range.POSITIVE),
                new Parameter("p-min", "1", Range.FRACTION)),
                v -> new Fibrosis(v[0], v[1], v[2]));

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public double[] values() {
            return new double[] {onset, tau, pMin};
        }
    }

    /**
     * Early depletion: the depot releases faster than designed. The law runs on a clock sped up
     * by {@code multiplier} (rate × m) and an extra fraction {@code extraBurst} of the load leaves
     * at the moment of dosing; the rest follows the law. Source: docs/science.md §3; docs/sources.md §9.3
     * (k_rel × 2 and × 3 scenarios).
     *
     * @param multiplier m ≥ 1 in practice (any m &gt; 0 accepted)
     * @param extraBurst fraction of the load dumped at the dose, in [0, 1)
     */
    record EarlyDepletion(double multiplier, double extraBurst) implements FailureMode {
        public EarlyDepletion {
            if (!(multiplier > 0) || !(extraBurst >= 0 && extraBurst < 1)) {
                throw new IllegalArgumentException("early depletion needs multiplier > 0 and extra burst in [0, 1), got "
                        + multiplier + " and " + extraBurst);
            }
        }

        static final Kind KIND = new Kind("early-depletion", List.of(
                new Parameter("multiplier", "1", Range.POSITIVE),
                new Parameter("extra-burst", "1", Range.PART)),
                v -> new EarlyDepletion(v[0], v[1]));

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public double[] values() {
            return new double[] {multiplier, extraBurst};
        }
    }

    /**
     * Removal: the depot is taken out at {@code at} (infection, extrusion); release stops there
     * and what remained is reported as removed. Source: docs/science.md §3; docs/sources.md §9.3 (S27: 4.9 %
     * wound infections, all in the first 2 weeks).
     *
     * @param at time since the dose (h)
     */
    record Removal(double at) implements FailureMode {
        public Removal {
            if (!(at >= 0)) {
                throw new IllegalArgumentException("removal time must be >= 0, got " + at);
            }
        }

        static final Kind KIND = new Kind("removal", List.of(
                new Parameter("at", "h", Range.NON_NEGATIVE)),
                v -> new Removal(v[0]));

        @Override
        public Kind kind() {
            return KIND;
        }

        @Override
        public double[] values() {
            return new double[] {at};
        }
    }
}
