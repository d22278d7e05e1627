package org.depotkin.analysis.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.depotkin.model.Scenario;
import org.depotkin.population.ParameterSet;

/**
 * Between-occasion variability (IOV) of the formulation's parameters: on each occasion a subject's
 * parameter θ becomes θ·exp(κ), κ ~ N(0, ω²) drawn once per occasion and parameter, occasions in
 * the order they first appear (Karlsson &amp; Sheiner, J Pharmacokinet Biopharm 1993;21:735). An
 * occasion is the value of an occasion column (e.g. OCC) at the dose record, or each dose.
 * Only parameters that belong to a dose vary by occasion ({@code oral.ka}, {@code oral.lag},
 * {@code release.*}): disposition parameters would have to change during a run, which the engine
 * does not offer.
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
        List<String> known = ParameterSet.names(base);
        for (String p : omegas.keySet()) {
            if (!known.contains(p)) {
                throw new IllegalArgumentException("IOV on '" + p + "': scenario " + base.name() + " has no such "
                        + "parameter; it has: " + String.join(", ", known));
            }
            if (!p.startsWith("oral.") && !p.startsWith("release.")) {
                throw new IllegalArgumentException("IOV on '" + p + "' would change a disposition parameter during a "
                        + "run, which the engine does not support; IOV applies to oral.ka, oral.lag and release.*");
            }
        }
        if (!omegas.isEmpty() && !column.equals(BY_DOSE) && !covariates.contains(column)) {
            throw new IllegalArgumentException("occasion column '" + column + "' is not in the dataset; its "
                    + "covariate columns are: " + String.join(", ", covariates) + " (or use 'dose')");
        }
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
