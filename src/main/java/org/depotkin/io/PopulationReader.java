package org.depotkin.io;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Population;
import org.depotkin.model.Unit;

/**
 * Reads a scenario's {@code population:} block:
 * <pre>
 * population:
 *   subjects: 1000
 *   variability: {naltrexone.CL: 0.3, release.k: 0.3}      # omega, SD of log
 *   correlation: [[naltrexone.CL, naltrexone.V, 0.5]]
 *   weight: {median: 70 kg, omega: 0.2}
 *   failures:
 *     fibrosis: {prevalence: 10 %, onset: [7 d, 28 d], tau: 14 d, p-min: 0.25}
 *     removal: {prevalence: 4.9 %, at: [0 d, 14 d]}
 *     early-depletion: {prevalence: 5 %, multiplier: 2}
 *   adherence: {probability: 70 %, mean-missed-run: 2, dropout: 0.005 /d}
 * </pre>
 */
final class PopulationReader {
    private PopulationReader() {
    }

    static Population read(YamlMap m) {
        int subjects = m.has("subjects") ? m.positiveInteger("subjects") : 1000;
        List<Population.Eta> etas = new ArrayList<>();
        m.optMap("variability").ifPresent(v -> {
            for (String name : v.keys()) {
                etas.add(new Population.Eta(name, v.nonNegative(name, Unit.ONE)));
            }
            v.finish();
        });
        double[][] corr = correlation(m, etas);
        Population.Weight weight = m.optMap("weight").map(w -> {
            Population.Weight out = new Population.Weight(w.positive("median", Unit.parse("kg")) / 1e6,
                    w.nonNegative("omega", Unit.ONE));
            w.finish();
            return out;
        }).orElse(null);
        List<Population.FailurePrevalence> failures = new ArrayList<>();
        m.optMap("failures").ifPresent(f -> {
            f.optMap("fibrosis").ifPresent(x -> failures.add(failure(x, "fibrosis", "onset")));
            f.optMap("removal").ifPresent(x -> failures.add(failure(x, "removal", "at")));
            f.optMap("early-depletion").ifPresent(x -> failures.add(failure(x, "early-depletion", null)));
            f.finish();
        });
        Population.Adherence adherence = m.optMap("adherence").map(a -> {
            try {
                Population.Adherence out = new Population.Adherence(a.fraction("probability"),
                        a.optPositive("mean-missed-run", Unit.ONE).orElse(1),
                        a.optNonNegative("dropout", Unit.PER_H).orElse(0) * 24);
                a.finish();
                return out;
            } catch (IllegalArgumentException e) {
                throw new ModelFileException(a.location(), e.getMessage());
            }
        }).orElse(null);
        m.finish();
        return new Population(subjects, etas, corr, weight, failures, adherence);
    }

    private static double[][] correlation(YamlMap m, List<Population.Eta> etas) {
        if (!m.has("correlation")) {
            m.optList("correlation");
            return new double[0][];
        }
        int n = etas.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
        }
        YamlList list = m.list("correlation");
        List<String> names = etas.stream().map(Population.Eta::parameter).toList();
        for (int k = 0; k < list.size(); k++) {
            YamlList pair = list.list(k);
            if (pair.size() != 3) {
                throw new ModelFileException(pair.location(), "a correlation is [parameter, parameter, r], got "
                        + pair.size() + " items");
            }
            int i = names.indexOf(pair.string(0));
            int j = names.indexOf(pair.string(1));
            if (i < 0 || j < 0 || i == j) {
                throw new ModelFileException(pair.location(), "a correlation names two different parameters of "
                        + "'variability' (" + String.join(", ", names) + ")");
            }
            double rho = pair.quantity(2, Unit.ONE);
            if (!(rho > -1 && rho < 1)) {
                throw new ModelFileException(pair.get(2).location(), "a correlation must be within (-1, 1), got " + rho);
            }
            r[i][j] = rho;
            r[j][i] = rho;
        }
        try {
            new org.hipparchus.linear.CholeskyDecomposition(org.hipparchus.linear.MatrixUtils.createRealMatrix(r),
                    1e-10, 1e-12);
        } catch (RuntimeException e) {
            throw new ModelFileException(list.location(), "the correlations do not form a valid (positive definite) "
                    + "correlation matrix");
        }
        return r;
    }

    private static Population.FailurePrevalence failure(YamlMap x, String mode, String timeKey) {
        double prevalence = x.fraction("prevalence");
        double from = 0;
        double to = 0;
        if (timeKey != null) {
            YamlList range = x.list(timeKey);
            if (range.size() != 2) {
                throw x.error(timeKey, "'" + timeKey + "' is a range [earliest, latest], e.g. [7 d, 28 d]");
            }
            from = range.nonNegative(0, Unit.H);
            to = range.nonNegative(1, Unit.H);
        }
        double tau = mode.equals("fibrosis") ? x.positive("tau", Unit.H) : 0;
        double pMin = mode.equals("fibrosis") ? x.fraction("p-min") : 0;
        double mult = mode.equals("early-depletion") ? x.positive("multiplier", Unit.ONE) : 1;
        x.finish();
        try {
            return new Population.FailurePrevalence(mode, prevalence, from, to, tau, pMin, mult);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(x.location(), e.getMessage());
        }
    }
}
