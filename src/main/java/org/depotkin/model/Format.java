package org.depotkin.model;

import java.math.BigDecimal;

/** Number formatting for human-facing text. */
public final class Format {
    private Format() {
    }

    /**
     * Up to 4 significant digits, no trailing zeros: 2 → "2", 0.0064 → "0.0064", 13.333 → "13.33";
     * scientific below 1e-4 and from 1e7: 1.2e-301.
     */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros();
        double a = Math.abs(x);
        return a < 1e-4 || a >= 1e7 ? d.toString().replace("E", "e").replace("e+", "e") : d.toPlainString();
    }
}
