package org.depotkin.analysis.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;

/**
 * Between-occasion variability (IOV): on each occasion a subject's parameter θ becomes θ·exp(κ),
 * κ ~ N(0, ω²) drawn once per occasion and parameter, occasions in the order they first appear
 * (Karlsson &amp; Sheiner, J Pharmacokinet Biopharm 1993;21:735). An occasion is the value of an
 * occasion column (e.g. OCC) at the dose record, or each dose. A parameter that belongs to a dose
 * ({@code oral.ka}, {@code oral.lag}, {@code release.*}, a failure mode's) takes the factor of its
 * dose's occasion; one of the compound ({@code naltrexone.CL}, {@code .V}, {@code equations.*}) takes,
 * from each dose on, the factor of that dose's occasion, so the run changes phase there
 * ({@link org.depotkin.engine.PhasedRun}).
 *
 * @param omegas parameter name → ω (SD of the log), empty for none
 * @param column the occasion column, or {@code dose} for one occasion per dose
 */
public record Occasions(Map<String, Double> omegas, String column) {
    /** No between-occasion variability. */
    public static final Occasions NONE = new Occasions(Map.of(), "dose");
    /** The occasion key that stands for "each dose its own occasion". */
    public static final String BY_DOSE = "dose";

    public Occasions {
        omegas = new LinkedHashMap<>(omegas);
        omegas.values().forEach(w -> {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("IOV omega must be >= 0, got " + w);
            }
        });
    }

    /** Checks the parameters against a scenario and the occasion column against the dataset's covariates. */
    void check(Scenario base, List<String> covariates) {
        ParameterSpace space = ParameterSpace.of(base);
        List<String> known = space.names();
        for (String p : omegas.keySet()) {
            if (!space.has(p)) {
                throw new IllegalArgumentException("IOV on '" + p + "': scenario " + base.name() + " has no such "
                        + "parameter; it has: " + String.join(", ", known));
            }
        }
        if (!omegas.isEmpty() && !column.equals(BY_DOSE) && !covariates.contains(column)) {
            throw new IllegalArgumentException("occasion column '" + column + "' is not in the dataset; its "
                    + "covariate columns are: " + String.join(", ", covariates) + " (or use 'dose')");
        }
    }

    /** Whether some parameter of the compound (a clearance, a volume) varies by occasion in this scenario. */
    boolean variesCompound(Scenario base) {
        ParameterSpace space = ParameterSpace.of(base);
        return omegas.keySet().stream().anyMatch(p -> space.descriptor(p).ofCompound());
    }

    /** One subject's occasion factors, drawn as occasions first appear. */
    Subject subject(SplittableRandom rng) {
        return new Subject(rng);
    }

    /** The factors of one subject's occasions. */
    final class Subject {
        private final SplittableRandom rng;
        private final Map<String, Map<String, Double>> drawn = new HashMap<>();

        private Subject(SplittableRandom rng) {
            this.rng = rng;
        }

        /** Parameter → factor on the occasion named {@code key}. */
        Map<String, Double> factors(String key) {
            return drawn.computeIfAbsent(key, k -> {
                Map<String, Double> f = new LinkedHashMap<>();
                omegas.forEach((p, w) -> f.put(p, Math.exp(w * rng.nextGaussian())));
                return f;
            });
        }
    }
}
