package org.depotkin.release;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /** The laws made from numbers of their own (not from other laws or a table). */
    private static final List<Kind> KINDS = List.of(ZeroOrder.KIND, FirstOrder.KIND, Higuchi.KIND,
            KorsmeyerPeppas.KIND, Weibull.KIND, Biexponential.KIND, HixsonCrowell.KIND, ZeroOrderTail.KIND,
            GammaRelease.KIND);

    /**
     * A law made from numbers of its own, declared once in its class: its model-file name, its parameters in the
     * order they are read and valued, and how it is made from their values (its constructor's checks apply).
     * A parameter whose range is [0, ∞) may be left out of a model file and is then 0 (Weibull's lag); a unit
     * {@code h^-n} is hours to the power minus the value of the parameter {@code n} read before it.
     */
    public record Kind(String name, List<Parameter> parameters, Function<double[], ReleaseLaw> make) {
    }

    private ReleaseLaws() {
    }

    /** The model-file names of every release law, in documentation order; unmodifiable. */
    public static List<String> names() {
        return NAMES;
    }

    /** The law of this name when it is made from numbers of its own; empty for {@code sequential} and {@code tabulated}. */
    public static Optional<Kind> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
