package org.depotkin.release;

import java.io.Serializable;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A release law: the cumulative fraction F(s) of a depot's load released by law-time s,
 * where s is the time since that dose was given (h), possibly slowed or sped up by failure modes
 * (see {@link DepotRelease}).
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>F(s) = 0 for s &le; 0, F is non-decreasing and never exceeds 1;</li>
 *   <li>{@link #rate(double)} is dF/ds (1/h), 0 for s &le; 0 and for s &ge; {@link #completionTime()};</li>
 *   <li>where the rate is singular at s = 0 (Higuchi, Korsmeyer–Peppas with n &lt; 1, Weibull with
 *       &beta; &lt; 1) it behaves like s^(a) with a = {@link #rateExponentAtZero()} in (-1, 0); the
 *       engine removes that integrable singularity by a change of variable;</li>
 *   <li>{@link #breakpoints()} lists the law-times where the rate is not smooth (phase switches,
 *       table knots, completion), so that the integrator can restart there;</li>
 *   <li>at a breakpoint b with 0 &lt; b &lt; {@link #completionTime()} the rate is its right-hand
 *       limit (the value an integrator restarting at b needs); only the two contract values above
 *       (0 for s &le; 0, 0 for s &ge; completion) break right-continuity.</li>
 * </ul>
 *
 * <p>Units: law-time s in hours, rates in 1/h. Implementations are immutable and validate their
 * parameters in the constructor ({@link IllegalArgumentException} naming the parameter and its
 * allowed range). The model-file names are listed by {@link ReleaseLaws#names()}.
 *
 * <p>A law declares the numbers that may vary between runs ({@link #parameters()}: key, unit, allowed range, once,
 * in the law's own class) and makes a copy of itself with other values of them ({@link #with(double[])}), so that
 * a population, a fit or a design binds new values without knowing the law. A law made of other laws or of a table
 * declares none.
 */
public interface ReleaseLaw extends Serializable {

    /** Cumulative fraction released by law-time s (h since the dose), in [0, 1]. */
    double cumulative(double s);

    /** Release rate dF/ds in 1/h at law-time s. */
    double rate(double s);

    /**
     * The rate as a function with the law's constants worked out once, for the solvers' many calls: the same
     * values as {@link #rate}.
     */
    default DoubleUnaryOperator rateFunction() {
        return this::rate;
    }

    /** Law-time (h) at which F reaches its final value, or +infinity when it only tends to it. */
    default double completionTime() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Exponent a of the rate near s = 0 (rate ~ s^a): 0 when the rate is finite there, in (-1, 0)
     * when it is an integrable singularity.
     */
    default double rateExponentAtZero() {
        return 0.0;
    }

    /**
     * Law-times (h, ascending, all &gt; 0) where the rate or its derivative jumps: by default the
     * completion time when it is finite (the rate drops to 0 there).
     */
    default double[] breakpoints() {
        double end = completionTime();
        return Double.isFinite(end) ? new double[] {end} : new double[0];
    }

    /**
     * The law's kind when it is made from numbers of its own ({@link ReleaseLaws.Kind}: its name, its parameters and
     * how it is made from their values, declared once in the law's class); null for a law composed of others or of a
     * table.
     */
    default ReleaseLaws.Kind kind() {
        return null;
    }

    /** The numbers that may vary between runs, in the order of {@link #values()}: its kind's; none without one. */
    default List<Parameter> parameters() {
        return kind() == null ? List.of() : kind().parameters();
    }

    /** The current values of {@link #parameters()}, in their order (engine units). */
    default double[] values() {
        return new double[0];
    }

    /**
     * The same law with other values of {@link #parameters()}, in their order; checked as the constructor checks
     * them ({@link IllegalArgumentException} naming the parameter and its range).
     */
    default ReleaseLaw with(double[] values) {
        return kind() == null ? this : kind().make().apply(values);
    }

    /** The law's name as written in model files, e.g. {@code weibull}: its kind's. */
    default String name() {
        return kind().name();
    }

    /** A one-line human description with the parameter values, e.g. {@code Weibull(T_D = 60 h, beta = 1.8)}. */
    String describe();
}
