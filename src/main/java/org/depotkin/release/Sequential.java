package org.depotkin.release;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.Objects;

/**
 * Multi-phase release: the load is split into fractions, each released by its own law starting
 * at its own time (e.g. PLGA microspheres such as XR-NTX: burst, then diffusion, then erosion),
 * <pre>
 *   F(s)  = sum_i f_i F_i(s - start_i),     dF/ds = sum_i f_i rate_i(s - start_i),
 * </pre>
 * with sum_i f_i = 1 (within 1e-9; F is capped at 1 against that rounding). Sources: S74b
 * (PMC12663523: PLGA tri-phasic burst / ~zero-order / final phase), S74a (multi-Weibull in vivo
 * input of PLGA microspheres), S13 ("sequential release in three phases" for XR-NTX);
 * docs/sources.md §8 and §9.2.
 *
 * <ul>
 *   <li>completion = max_i (start_i + completion_i) (+infinity if any phase never completes);</li>
 *   <li>breakpoints = every start_i &gt; 0 and every start_i + (breakpoint of phase i), sorted,
 *       without duplicates;</li>
 *   <li>{@link #rateExponentAtZero()} = the minimum over the phases that start at 0. A phase with
 *       a singular rate (exponent &lt; 0) must start at 0: the engine only removes a singularity at
 *       s = 0, so such a phase with start &gt; 0 is rejected.</li>
 *   <li>At s = start_i &gt; 0 the rate is right-continuous: phase i contributes its right-hand limit
 *       (its rate at the smallest positive law-time) rather than the contract value 0 at its own
 *       s = 0, so an integrator restarting at the breakpoint sees the rate that follows it.</li>
 * </ul>
 *
 * @param phases the phases, at least one; the list is copied
 */
public record Sequential(List<Phase> phases) implements ReleaseLaw {

    /** Model-file name. */
    public static final String NAME = "sequential";

    /** Tolerance on the sum of the phase fractions. */
    public static final double FRACTION_SUM_TOLERANCE = 1e-9;

    /**
     * One phase of a {@link Sequential} law.
     *
     * @param fraction f, the fraction of the load released by this phase; in [0, 1]
     * @param start    the law-time (h) at which this phase starts; &ge; 0
     * @param law      the phase's own release law, in its own time s - start; not null
     */
    public record Phase(double fraction, double start, ReleaseLaw law) implements Serializable {
        public Phase {
            Params.inClosedRange(NAME, "phase fraction", fraction, 0.0, 1.0);
            Params.nonNegative(NAME, "phase start", start);
            Objects.requireNonNull(law, NAME + ": phase law must not be null");
        }
    }

    public Sequential {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException(NAME + ": phases must contain at least one phase, got none");
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i) == null) {
                throw new IllegalArgumentException(NAME + ": phases[" + i + "] must not be null");
            }
        }
        phases = List.copyOf(phases);
        double sum = 0.0;
        for (Phase p : phases) {
            sum += p.fraction();
        }
        if (!(Math.abs(sum - 1.0) <= FRACTION_SUM_TOLERANCE)) {
            throw new IllegalArgumentException(NAME + ": phase fractions must sum to 1 (within "
                    + "1e-9), got " + sum);
        }
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            double a = p.law().rateExponentAtZero();
            if (p.start() > 0.0 && a < 0.0) {
                throw new IllegalArgumentException(NAME + ": phases[" + i + "] (" + p.law().describe()
                        + ") has a singular rate at its start (exponent " + Params.num(a)
                        + ") so its start must be 0, got " + Params.num(p.start())
                        + " h: only a singularity at s = 0 is handled");
            }
        }
    }

    /** Convenience: {@code new Sequential(List.of(phases))}. */
    public static Sequential of(Phase... phases) {
        return new Sequential(Arrays.asList(phases));
    }

    @Override
    public double cumulative(double s) {
        if (s <= 0.0) {
            return 0.0;
        }
        double f = 0.0;
        for (Phase p : phases) {
            f += p.fraction() * p.law().cumulative(s - p.start());
        }
        return Math.min(1.0, f);
    }

    @Override
    public double rate(double s) {
        return rateFunction().applyAsDouble(s);
    }

    @Override
    public DoubleUnaryOperator rateFunction() {
        int n = phases.size();
        double[] fraction = new double[n];
        double[] start = new double[n];
        DoubleUnaryOperator[] rate = new DoubleUnaryOperator[n];
        for (int i = 0; i < n; i++) {
            fraction[i] = phases.get(i).fraction();
            start[i] = phases.get(i).start();
            rate[i] = phases.get(i).law().rateFunction();
        }
        return s -> {
            if (s <= 0.0) {
                return 0.0;
            }
            double r = 0.0;
            for (int i = 0; i < n; i++) {
                double u = s - start[i];
                if (u == 0.0 && start[i] > 0.0) {
                    u = Double.MIN_VALUE; // right-hand limit at the phase start (phase rate is finite there)
                }
                r += fraction[i] * rate[i].applyAsDouble(u);
            }
            return r;
        };
    }

    @Override
    public double completionTime() {
        double c = 0.0;
        for (Phase p : phases) {
            c = Math.max(c, p.start() + p.law().completionTime());
        }
        return c;
    }

    @Override
    public double rateExponentAtZero() {
        double a = 0.0;
        for (Phase p : phases) {
            if (p.start() == 0.0) {
                a = Math.min(a, p.law().rateExponentAtZero());
            }
        }
        return a;
    }

    @Override
    public double[] breakpoints() {
        List<Double> all = new ArrayList<>();
        for (Phase p : phases) {
            if (p.start() > 0.0) {
                all.add(p.start());
            }
            for (double b : p.law().breakpoints()) {
                all.add(p.start() + b);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).filter(b -> b > 0.0).sorted().distinct().toArray();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("Sequential[");
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(Params.num(p.fraction())).append(" x ").append(p.law().describe())
                    .append(" from ").append(Params.num(p.start())).append(" h");
        }
        return sb.append(']').toString();
    }
}
