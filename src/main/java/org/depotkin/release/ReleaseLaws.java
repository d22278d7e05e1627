package org.depotkin.release;

import java.util.List;

/** The release laws a model file can name. The YAML loader maps these names to the classes. */
public final class ReleaseLaws {

    private static final List<String> NAMES = List.of(
            ZeroOrder.NAME,
            FirstOrder.NAME,
            Higuchi.NAME,
            KorsmeyerPeppas.NAME,
            Weibull.NAME,
            Biexponential.NAME,
            HixsonCrowell.NAME,
            ZeroOrderTail.NAME,
            Sequential.NAME,
            GammaRelease.NAME,
            Tabulated.NAME);

    private ReleaseLaws() {
    }

    /** The model-file names of every release law, in documentation order; unmodifiable. */
    public static List<String> names() {
        return NAMES;
    }
}
