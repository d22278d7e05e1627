package org.depotkin.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.depotkin.engine.CompiledScenario;
import org.depotkin.model.Administration;
import org.depotkin.model.Analyte;
import org.depotkin.model.Dose;
import org.depotkin.model.Formulation;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Population;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FailureMode;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Draws virtual subjects. Subject i's random stream is seeded from the master seed and i alone
 * (SplitMix64 mixing), so a subject is the same whatever the thread count, the order of work or
 * the subset of subjects asked for.
 *
 * <p>Per subject, in this order: z ~ N(0, I) for the etas, η = ω ∘ (L z) with R = L Lᵀ
 * (Cholesky); the weight; one uniform per failure mode for its prevalence and one for its time;
 * then the adherence chain over the oral doses.
 */
public final class SubjectSampler {
    private static final double REFERENCE_WEIGHT = 70.0;

    private final Scenario base;
    private final Population pop;
    private final long seed;
    private final RealMatrix cholesky;
    /** The base scenario compiled once; each subject is bound to its own values. */
    private final CompiledScenario compiled;
    private final ParameterSpace space;

    public SubjectSampler(Scenario base, Population pop, long seed) {
        this(CompiledScenario.compile(base), pop, seed);
    }

    public SubjectSampler(CompiledScenario compiled, Population pop, long seed) {
        this.compiled = compiled;
        this.base = compiled.scenario();
        this.pop = pop;
        this.seed = seed;
        int n = pop.etas().size();
        RealMatrix r = pop.correlation().length == 0 ? MatrixUtils.createRealIdentityMatrix(Math.max(n, 1))
                : MatrixUtils.createRealMatrix(pop.correlation());
        this.cholesky = n == 0 ? null : new CholeskyDecomposition(r, 1e-10, 1e-12).getL();
        this.space = compiled.space();
        for (Population.Eta e : pop.etas()) {
            if (!space.has(e.parameter())) {
                throw new IllegalArgumentException("population varies '" + e.parameter() + "', which scenario "
                        + base.name() + " does not have; it has: " + String.join(", ", space.names()));
            }
        }
    }

    /** SplitMix64 finaliser: a well-mixed seed for subject {@code index}. */
    static long subjectSeed(long master, int index) {
        long z = master + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public Subject draw(int index) {
        SplittableRandom rng = new SplittableRandom(subjectSeed(seed, index));
        Map<String, Double> factors = new LinkedHashMap<>();
        int n = pop.etas().size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            double lz = 0;
            for (int j = 0; j <= i; j++) {
                lz += cholesky.getEntry(i, j) * z[j];
            }
            factors.merge(pop.etas().get(i).parameter(), Math.exp(pop.etas().get(i).omega() * lz), (a, b) -> a * b);
        }
        double weight = Double.NaN;
        if (pop.weight() != null) {
            weight = pop.weight().median() * Math.exp(pop.weight().omega() * rng.nextGaussian());
            double ratio = weight / REFERENCE_WEIGHT;
            for (Analyte a : base.compound().analytes()) {
                scale(factors, a.name() + ".CL", Math.pow(ratio, 0.75));
                scale(factors, a.name() + ".V", ratio);
                if (!a.disposition().peripherals().isEmpty()) {
                    scale(factors, a.name() + ".Q", Math.pow(ratio, 0.75));
                    scale(factors, a.name() + ".V2", ratio);
                }
                if (a.disposition().peripherals().size() > 1) {
                    scale(factors, a.name() + ".Q3", Math.pow(ratio, 0.75));
                    scale(factors, a.name() + ".V3", ratio);
                }
            }
        }
        Scenario typical = compiled.bound(base.name() + "#" + (index + 1),
                space.values(factors, "population variability"));
        List<FailureMode> failures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Population.FailurePrevalence fp : pop.failures()) {
            double hit = rng.nextDouble();
            double when = fp.from() + (fp.to() - fp.from()) * rng.nextDouble();
            if (hit < fp.prevalence()) {
                failures.add(failure(fp, when));
                names.add(fp.mode());
            }
        }
        int[] doses = new int[2];
        List<Administration> adms = new ArrayList<>();
        for (Administration adm : typical.administrations()) {
            adms.add(subjectAdministration(adm, failures, rng, doses));
        }
        Scenario own = typical.forSubject(typical.name(), typical.compound(), adms);
        return new Subject(index, factors, weight, names, doses[0], doses[1], own);
    }

    private static void scale(Map<String, Double> factors, String name, double by) {
        factors.merge(name, by, (a, b) -> a * b);
    }

    private static FailureMode failure(Population.FailurePrevalence fp, double when) {
        return switch (fp.mode()) {
            case "fibrosis" -> new FailureMode.Fibrosis(when, fp.tau(), fp.pMin());
            case "removal" -> new FailureMode.Removal(when);
            case "early-depletion" -> new FailureMode.EarlyDepletion(fp.multiplier(), 0);
            default -> throw new IllegalArgumentException("unknown failure mode '" + fp.mode() + "'");
        };
    }

    private Administration subjectAdministration(Administration adm, List<FailureMode> failures, SplittableRandom rng,
                                                 int[] doses) {
        Formulation f = adm.formulation();
        if (f instanceof Formulation.Depot d && !failures.isEmpty()) {
            List<FailureMode> all = new ArrayList<>(d.release().failures());
            for (FailureMode x : failures) {
                all.removeIf(m -> m.getClass() == x.getClass());
                all.add(x);
            }
            return new Administration(new Formulation.Depot(d.site(), new DepotRelease(d.release().law(), all),
                    d.baseFraction()), adm.regimen());
        }
        if (f instanceof Formulation.Oral && pop.adherence() != null) {
            List<Dose> planned = adm.regimen().doses();
            List<Schedule> taken = new ArrayList<>();
            for (Dose dose : new AdherenceChain(pop.adherence()).taken(planned, rng)) {
                taken.add(new Schedule.Single(dose.time(), dose.amount()));
            }
            doses[0] += planned.size();
            doses[1] += taken.size();
            return new Administration(f, new Regimen(taken));
        }
        if (f instanceof Formulation.Oral) {
            doses[0] += adm.regimen().doses().size();
            doses[1] += adm.regimen().doses().size();
        }
        return adm;
    }
}
