package org.depotkin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.depotkin.io.ModelFiles;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Compound;
import org.depotkin.model.Disposition;
import org.depotkin.model.Formulation;
import org.depotkin.model.Peripheral;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nearly equal and equal rates on the exact path (the coupled blocks of {@link Modes}): a metabolite chain against
 * its closed form, and the naltrexone oral and XR-NTX models with a rate forced onto the parent's fast rate, against
 * the integrator at rtol 1e-12 ({@link ExactPathAccuracyTest#worst}), the grid walk against the dense trajectory
 * ({@link GridWalkTest#agrees}), and the mass balance.
 */
class NearlyEqualRatesTest {
    /** Relative gaps between the two rates: apart, close, within rounding of the eigenbasis, equal. */
    static final double[] GAPS = {1e-2, 1e-5, 1e-9, 0};

    /**
     * A metabolite chain after an IV bolus D into the parent (k1 = CL/V) whose metabolite is cleared at k2 = k1 + Δ:
     * m(t) = fm·k1·D·e^(−k1·t)·t·φ_1(−Δ·t), φ_1(x) = (e^x − 1)/x, which at Δ = 0 is the defective chain's
     * fm·k1·D·t·e^(−k1·t). The two rates are one block (κ of single modes ≈ fm·k1/Δ ≥ 6e4); both concentrations to
     * 1e-12, also at 0.01 h where the metabolite is 1e-4 of its peak, mass balance to 1e-12 of the dose.
     */
    @ParameterizedTest(name = "metabolite rate k1·(1 + {0})")
    @ValueSource(doubles = {1e-5, 1e-9, 1e-12, 0})
    void metaboliteChainAgreesWithItsClosedForm(double gap) {
        double cl = 12.5;
        double v = 40;
        double vm = 25;
        double fm = 0.6;
        double dose = 100;
        double k1 = cl / v;
        double clm = k1 * (1 + gap) * vm;
        Scenario s = chain(cl, v, fm, clm, vm, dose, 72);
        CompiledModel model = CompiledModel.compile(s);
        ModalSolver solver = ModalSolver.of(model);
        assertNotNull(solver, "the exact path should apply");
        assertEquals(1, blocks(solver.modes()), "the two rates are one block");
        Trajectory tr = model.simulate();
        double delta = clm / vm - k1;
        for (double t : new double[] {0.01, 0.5, 1, 2.7, 3.2, 8, 24, 48, 72}) {
            double parent = 1000 * dose * Math.exp(-k1 * t) / v;
            double phi1 = delta == 0 ? 1 : Math.expm1(-delta * t) / (-delta * t);
            double metabolite = 1000 * fm * k1 * dose * Math.exp(-k1 * t) * t * phi1 / vm;
            assertEquals(parent, tr.concentration("drug", t), 1e-12 * parent, "parent at " + t + " h");
            assertEquals(metabolite, tr.concentration("met", t), 1e-12 * metabolite, "metabolite at " + t + " h");
        }
        assertEquals(0, tr.massBalance(72).bodyError(), 1e-12 * dose, "administered = in body + eliminated");
        GridWalkTest.agrees(s, true, "chain, gap " + gap);
        GridWalkTest.agrees(s, false, "chain, gap " + gap);
    }

    /** The naltrexone models with the metabolite's fast rate, or oral absorption, on the parent's fast rate. */
    static Stream<Arguments> forcedModels() {
        List<Arguments> cases = new ArrayList<>();
        for (double gap : GAPS) {
            cases.add(Arguments.of("oral-50mg-daily.yaml", "6b-naltrexol", gap));
            cases.add(Arguments.of("oral-50mg-daily.yaml", "ka", gap));
            cases.add(Arguments.of("xrntx-380mg-q4w.yaml", "6b-naltrexol", gap));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1} at the parent's fast rate·(1 + {2})")
    @MethodSource("forcedModels")
    void forcedRatesAgreeWithTheIntegrator(String file, String forced, double gap) {
        Scenario s = forced(ModelFiles.scenario(Path.of("models", file)), forced, gap);
        CompiledModel model = CompiledModel.compile(s);
        ModalSolver solver = ModalSolver.of(model);
        assertNotNull(solver, "the exact path should apply");
        ExactPathAccuracyTest.Worst worst = ExactPathAccuracyTest.worst(s);
        MassBalance mb = model.simulate().massBalance(s.duration());
        System.out.printf("%-22s %-13s gap %.0e: %d block(s), worst relative error %.2e (%s), balance %.1e%n", file,
                forced, gap, blocks(solver.modes()), worst.error(), worst.where(), mb.bodyError() / mb.administered());
        assertTrue(worst.error() <= ExactPathAccuracyTest.TOLERANCE, worst.where() + ", relative error "
                + worst.error());
        assertEquals(0, mb.bodyError(), 1e-9 * mb.administered(), "administered = in body + eliminated");
        GridWalkTest.agrees(s, true, file + ", " + forced + " gap " + gap);
        GridWalkTest.agrees(s, false, file + ", " + forced + " gap " + gap);
    }

    /** The number of coupled blocks. */
    static int blocks(Modes modes) {
        int count = 0;
        for (double c : modes.coupling) {
            count += c != 0 ? 1 : 0;
        }
        return count;
    }

    /** A parent with one compartment forming a metabolite with one compartment, an IV bolus at 0. */
    static Scenario chain(double cl, double v, double fm, double clm, double vm, double dose, double duration) {
        Compound c = new Compound("drug", List.of(
                new Analyte("drug", Double.NaN, new Disposition(cl, v, List.of()), null, 0, null),
                new Analyte("met", Double.NaN, new Disposition(clm, vm, List.of()), "drug", fm, null)), "test");
        return new Scenario("chain", "chain", c, List.of(new Administration(new Formulation.IvBolus(1.0),
                new Regimen(List.of(new Schedule.Single(0, dose))))), List.of(), duration, 1, SolverSettings.DEFAULT);
    }

    /**
     * The scenario with one rate set to the parent's fast rate λ times (1 + gap): the metabolite's clearance such that
     * its fast rate is that (det(A_m − λ·I) = 0 solved for CL), or the oral absorption rate ka.
     */
    static Scenario forced(Scenario s, String what, double gap) {
        Compound compound = s.compound();
        Disposition parent = compound.parent().disposition();
        double lambda = -fastRate(parent) * (1 + gap);
        if (what.equals("ka")) {
            List<Administration> administrations = s.administrations().stream().map(a -> a.formulation()
                    instanceof Formulation.Oral o ? new Administration(new Formulation.Oral(o.lag(), -lambda,
                    o.bioavailability(), o.firstPassFraction(), o.firstPassTo(), o.baseFraction()), a.regimen())
                    : a).toList();
            return s.forSubject(s.name(), compound, administrations);
        }
        List<Analyte> analytes = compound.analytes().stream().map(a -> {
            if (!a.name().equals(what)) {
                return a;
            }
            Disposition d = a.disposition();
            Peripheral p = d.peripherals().get(0);
            double back = p.clearance() / p.volume();
            double cl = p.clearance() * back / (back + lambda) - lambda * d.centralVolume() - p.clearance();
            return new Analyte(a.name(), a.molarMass(), new Disposition(cl, d.centralVolume(), d.peripherals()),
                    a.formedFrom(), a.fm(), a.binding());
        }).toList();
        Scenario out = s.forSubject(s.name(), compound.withAnalytes(analytes), s.administrations());
        Disposition forcedMetabolite = out.compound().analyte(what).orElseThrow().disposition();
        assertEquals(-lambda, fastRate(forcedMetabolite), 1e-14 * -lambda, "the metabolite's fast rate");
        return out;
    }

    /** The fast rate of a two-compartment disposition, (Σ + √(Σ² − 4·k10·k21))/2 with Σ = k10 + k12 + k21. */
    static double fastRate(Disposition d) {
        Peripheral p = d.peripherals().get(0);
        double k10 = d.clearance() / d.centralVolume();
        double k12 = p.clearance() / d.centralVolume();
        double k21 = p.clearance() / p.volume();
        double sum = k10 + k12 + k21;
        return 0.5 * (sum + Math.sqrt(sum * sum - 4 * k10 * k21));
    }
}
