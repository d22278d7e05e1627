package org.depotkin.model;

import java.util.List;

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
 */
public record Scenario(String name, String description, Compound compound, List<Administration> administrations,
                       List<Criterion> criteria, double duration, double outputStep, SolverSettings solver,
                       Population population) {

    /** A scenario without a population block. */
    public Scenario(String name, String description, Compound compound, List<Administration> administrations,
                    List<Criterion> criteria, double duration, double outputStep, SolverSettings solver) {
        this(name, description, compound, administrations, criteria, duration, outputStep, solver, null);
    }

    public Scenario {
        administrations = List.copyOf(administrations);
        criteria = List.copyOf(criteria);
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
            if (c instanceof Criterion.Concentration cc && compound.analyte(cc.analyte()).isEmpty()) {
                throw new IllegalArgumentException("criterion names '" + cc.analyte() + "', not an analyte of "
                        + compound.name());
            }
        }
    }

    /** The same scenario with another name, duration, step or solver. */
    public Scenario with(double newDuration, double newStep, SolverSettings newSolver) {
        return new Scenario(name, description, compound, administrations, criteria, newDuration, newStep, newSolver,
                population);
    }

    /** The same scenario for one subject: other compound and administrations, no population. */
    public Scenario forSubject(String subjectName, Compound subjectCompound, List<Administration> subjectAdministrations) {
        return new Scenario(subjectName, description, subjectCompound, subjectAdministrations, criteria, duration,
                outputStep, solver, null);
    }
}
