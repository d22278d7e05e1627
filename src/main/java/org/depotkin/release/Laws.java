package org.depotkin.release;

import org.depotkin.model.Format;

/** Parameter checks and formatting shared by the release laws. */
final class Laws {
    private Laws() {
    }

    static void positive(String law, String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(law + ": " + name + " must be > 0, got " + v);
        }
    }

    static void fraction(String law, String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(law + ": " + name + " must be within [0, 1], got " + v);
        }
    }

    static String hours(double h) {
        return h >= 72 ? Format.number(h / 24) + " d" : Format.number(h) + " h";
    }

    static String perHour(double k) {
        return Format.number(k) + " /h";
    }
}
