package org.depotkin.engine;

import java.io.Serializable;
import java.util.Arrays;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;

/**
 * A scenario compiled once for many runs that differ only in parameter values (a population's subjects, a fit's
 * iterations, a design's points): the scenario's structure (compartments, routes, release laws, failure modes,
 * binding, dose schedule, criteria) with its {@link ParameterSpace}, and {@link #bind(double[])} to get a runnable
 * {@link CompiledModel} for a vector of values. Binding reads no file and uses no reflection: the space puts the
 * values into the records that hold them (the others are kept) and the model is built from those; a model whose
 * release law and failure modes are unchanged shares the input fit of its depot doses through an
 * {@link InputCache}. It serialises (the scenario and its space; the typical model is made again where it is
 * needed), so that the same step can run wherever the work is sent.
 */
public final class CompiledScenario implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final ParameterSpace space;
    private final double[] typical;
    /** The model at the typical values, made on first use. */
    private transient volatile CompiledModel typicalModel;

    private CompiledScenario(Scenario scenario) {
        this.scenario = scenario;
        this.space = ParameterSpace.of(scenario);
        this.typical = space.typical();
    }

    /** Compiles a scenario's structure and parameter space. */
    public static CompiledScenario compile(Scenario scenario) {
        return new CompiledScenario(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    public ParameterSpace space() {
        return space;
    }

    /** The model with the scenario's own values. */
    public CompiledModel typical() {
        CompiledModel m = typicalModel;
        if (m == null) {
            m = CompiledModel.compile(scenario);
            typicalModel = m;
        }
        return m;
    }

    /** The model with these values of {@link #space()}, in its order (engine units). */
    public CompiledModel bind(double[] values) {
        return bind(scenario.name(), values);
    }

    /** As {@link #bind(double[])}, the run named {@code name} (e.g. a subject's {@code scenario#12}). */
    public CompiledModel bind(String name, double[] values) {
        if (name.equals(scenario.name()) && Arrays.equals(values, typical)) {
            return typical();
        }
        return CompiledModel.compile(bound(name, values));
    }

    /** The scenario with these values in place: the records a bound model is built from. */
    public Scenario bound(String name, double[] values) {
        return space.bind(scenario, name, values);
    }
}
