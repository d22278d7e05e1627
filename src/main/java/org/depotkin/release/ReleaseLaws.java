package org.depotkin.release;

import java.util.List;

/** The release laws by the names model files use. */
public final class ReleaseLaws {
    private static final List<String> NAMES = List.of("zero-order", "first-order", "higuchi", "korsmeyer-peppas",
            "weibull", "biexponential", "hixson-crowell", "zero-order-tail", "sequential", "tabulated");

    private ReleaseLaws() {
    }

    public static List<String> names() {
        return NAMES;
    }
}
