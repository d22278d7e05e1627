package org.depotkin.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Compound + administrations + criteria + time span: everything needed for one run.
 *
 * @param name           short name used in outputs and legends
 * @param description    one line for humans
 * @param compound       the drug and its metabolites
 * @param administrations formulations with their regimens
 * @param criteria       what counts as covered
 * @param duration       simulated time span from 0 (h)
 * @param outputStep     spacing of the output grid (h)
 * @param solver         tolerances
 * @param population     the virtual population around this typical patient, null when none is given
 * @param files          the model file each part was read from, as the scenario file names it, by part:
 *                       {@code scenario}, {@code compound}, {@code formulation.<i>} (i-th administration); empty
 *                       for a scenario not read from files (where {@link ParameterSpace} says a parameter comes from)
 */
public record Scenario(String name, String description, Compound compound, List<Administration> administrations,
                       List<Criterion> criteria, double duration, double outputStep, SolverSettings solver,
                       Population population, Map<String, String> files) implements Serializable {

    /** A scenario not read from files. */
    public Scenario(String name, String description, Compound compound, List<Administration> administrations,
                    List<Criterion> criteria, double duration, double outputStep, SolverSettings solver,
                    Population population) {
        this(name, description, compound, administrations, criteria, duration, outputStep, solver, population,
                Map.of());
    }

    /** A scenario without a population block. */
    public Scenario(String name, String description, Compound compound, List<Administration> administrations,
                    List<Criterion> criteria, double duration, double outputStep, SolverSettings solver) {
        this(name, description, compound, administrations, criteria, duration, outputStep, solver, null);
    }

    public Scenario {
        administrations = List.copyOf(administrations);
        criteria = List.copyOf(criteria);
        files = Map.copyOf(files);
        Checks.positive("duration", duration);
        Checks.positive("output step", outputStep);
        if (administrations.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " gives no dose");
        }
        for (Administration a : administrations) {
            if (a.formulation() instanceof Formulation.Oral o && o.firstPassTo() != null
                    && compound.analyte(o.firstPassTo()).isEmpty()) {
                throw new IllegalArgumentException("first-pass metabolite '" + o.firstPassTo()
                        + "' is not an analyte of " + compound.name());
            }
        }
        for (Criterion c : criteria) {
            check(compound, c);
        }
    }

    /**
     * Checks that a concentration or output criterion names something the compound reports: an analyte or an output
     * of its equations, with a level of the output's kind.
     */
    public static void check(Compound compound, Criterion c) {
        List<String> outputs = compound.equations().outputs().stream().map(o -> o.name()).toList();
        if (c instanceof Criterion.Concentration cc && compound.analyte(cc.analyte()).isEmpty()
                && !outputs.contains(cc.analyte())) {
            throw new IllegalArgumentException("criterion names '" + cc.analyte() + "', not an analyte of "
                    + compound.name() + (outputs.isEmpty() ? "" : " nor an output of its equations ("
                    + String.join(", ", outputs) + ")"));
        }
        if (c instanceof Criterion.Level l) {
            compound.equations().outputs().stream().filter(o -> o.name().equals(l.output())).findFirst()
                    .filter(o -> !l.unit().isCompatible(o.unit())).ifPresent(o -> {
                        throw new IllegalArgumentException("criterion '" + l.describe() + "': " + l.output()
                                + " is reported in " + o.unit().symbol() + "; write the level in that unit or one "
                                + "of its kind");
                    });
            if (!outputs.contains(l.output())) {
                throw new IllegalArgumentException("criterion '" + l.describe() + "': '" + l.output() + "' is not an "
                        + "output of " + compound.name() + "'s equations" + (outputs.isEmpty() ? "" : " ("
                        + String.join(", ", outputs) + ")") + "; a concentration criterion is written in ng/mL or "
                        + "another concentration unit");
            }
        }
    }

    /** The same scenario with another name, duration, step or solver. */
    public Scenario with(double newDuration, double newStep, SolverSettings newSolver) {
        return new Scenario(name, description, compound, administrations, criteria, newDuration, newStep, newSolver,
                population, files);
    }

    /** The same scenario for one subject: other compound and administrations, no population. */
    public Scenario forSubject(String subjectName, Compound subjectCompound, List<Administration> subjectAdministrations) {
        return new Scenario(subjectName, description, subjectCompound, subjectAdministrations, criteria, duration,
                outputStep, solver, null, files);
    }
}
