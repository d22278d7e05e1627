package org.depotkin.analysis.dataset;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Residual (unexplained) error added to a prediction f to make an observation y, with ε ~ N(0, 1)
 * drawn once per observation:
 * <pre>
 *   additive       y = f + a·ε                      a: SD in the output's unit (ng/mL)
 *   proportional   y = f·(1 + b·ε)                  b: CV as a fraction
 *   combined       y = f + sqrt(a² + b²·f²)·ε       (variances add; Monolix "combined2",
 *                                                     NONMEM Y = F + F·EPS(1) + EPS(2))
 *   log-normal     y = f·exp(σ·ε)                   σ: SD of log y (exponential error, y &gt; 0)
 * </pre>
 * Source: Proost, J Pharmacokinet Pharmacodyn 2017;44:379 (combined error models); Bonate,
 * Pharmacokinetic-Pharmacodynamic Modeling and Simulation, 2nd ed., ch. 1. {@link #NONE} returns f.
 *
 * @param model {@code none}, {@code additive}, {@code proportional}, {@code combined} or {@code log-normal}
 * @param a     additive SD (output unit), or σ for log-normal
 * @param b     proportional SD (fraction)
 */
public record ResidualError(String model, double a, double b) {
    /** No residual error: observations equal predictions. */
    public static final ResidualError NONE = new ResidualError("none", 0, 0);

    public ResidualError {
        if (!(a >= 0) || !(b >= 0)) {
            throw new IllegalArgumentException("residual error SDs must be >= 0, got " + a + " and " + b);
        }
    }

    /**
     * Reads {@code additive:A}, {@code proportional:B}, {@code combined:A,B} or {@code log-normal:S}
     * (e.g. {@code combined:0.05,0.15}: 0.05 ng/mL and 15 %).
     */
    public static ResidualError parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", 2);
        String usage = "expected additive:SD, proportional:CV, combined:SD,CV or log-normal:SD (e.g. combined:0.05,0.15),"
                + " got '" + text + "'";
        if (parts.length != 2) {
            throw new IllegalArgumentException(usage);
        }
        String[] v = parts[1].split(",");
        try {
            return switch (parts[0]) {
                case "additive" -> v.length == 1 ? new ResidualError("additive", num(v[0]), 0) : fail(usage);
                case "proportional" -> v.length == 1 ? new ResidualError("proportional", 0, num(v[0])) : fail(usage);
                case "combined" -> v.length == 2 ? new ResidualError("combined", num(v[0]), num(v[1])) : fail(usage);
                case "log-normal", "lognormal", "exponential" -> v.length == 1
                        ? new ResidualError("log-normal", num(v[0]), 0) : fail(usage);
                default -> fail(usage);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage);
        }
    }

    private static double num(String s) {
        return Double.parseDouble(s.strip());
    }

    private static ResidualError fail(String message) {
        throw new IllegalArgumentException(message);
    }

    /** The observation for prediction f with standard normal deviate ε. */
    public double observe(double f, double eps) {
        return switch (model) {
            case "additive" -> f + a * eps;
            case "proportional" -> f * (1 + b * eps);
            case "combined" -> f + Math.sqrt(a * a + b * b * f * f) * eps;
            case "log-normal" -> f * Math.exp(a * eps);
            default -> f;
        };
    }

    /** The observation for prediction f, drawing ε from {@code rng} (one draw per call, also for none). */
    public double observe(double f, SplittableRandom rng) {
        return observe(f, rng.nextGaussian());
    }

    /** One line for file headers, e.g. {@code combined (a 0.05, b 0.15)}. */
    public String describe() {
        return switch (model) {
            case "additive" -> "additive (SD " + a + " in the output's unit)";
            case "proportional" -> "proportional (CV " + b + ")";
            case "combined" -> "combined (SD " + a + " in the output's unit, CV " + b + ")";
            case "log-normal" -> "log-normal (SD of log " + a + ")";
            default -> "none";
        };
    }
}
