package org.depotkin.release;

import java.util.Locale;

/**
 * Parameter checks and number formatting shared by the release laws (package-private).
 * Every failure is an {@link IllegalArgumentException} whose message starts with the law's
 * model-file name and names the parameter, the allowed range and the offending value, e.g.
 * {@code "weibull: beta must be > 0, got -1"}. NaN always fails; infinities fail every check.
 */
final class Params {

    private Params() {
    }

    /** Requires {@code 0 < value < infinity}. */
    static double positive(String law, String param, double value) {
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    law + ": " + param + " must be > 0 and finite, got " + num(value));
        }
        return value;
    }

    /** Requires {@code 0 <= value < infinity}. */
    static double nonNegative(String law, String param, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    law + ": " + param + " must be >= 0 and finite, got " + num(value));
        }
        return value;
    }

    /** Requires {@code lo <= value <= hi}. */
    static double inClosedRange(String law, String param, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(law + ": " + param + " must be in ["
                    + num(lo) + ", " + num(hi) + "], got " + num(value));
        }
        return value;
    }

    /**
     * A compact, locale-independent rendering: up to 6 significant digits, no trailing zeros
     * ({@code 60.0 -> "60"}, {@code 0.0041666 -> "0.00416667"}, {@code -1.0 -> "-1"}).
     */
    static String num(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
