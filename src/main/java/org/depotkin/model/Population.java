package org.depotkin.model;

import java.io.Serializable;
import java.util.List;

/**
 * A virtual population around a scenario's typical patient (docs/science.md §8).
 *
 * <p>Inter-individual variability is log-normal: θi = θ·exp(ηi), η ~ N(0, Ω) with
 * Ω = diag(ω)·R·diag(ω) (ω the SD of the log, R the correlation matrix). An optional body-weight
 * covariate scales clearances by (WT/70)^0.75 and volumes by (WT/70) (allometric, Anderson &amp;
 * Holford 2008). Failure modes strike a fraction of depots, each with its own parameter spread;
 * oral doses are taken according to an {@link Adherence} model.
 *
 * @param subjects   default number of virtual subjects
 * @param etas       the parameters that vary, with ω
 * @param correlation R, a correlation matrix over {@code etas} (identity when empty)
 * @param weight     body-weight covariate, null for none
 * @param failures   failure modes with their prevalence
 * @param adherence  oral adherence, null for perfect adherence
 */
public record Population(int subjects, List<Eta> etas, double[][] correlation, Weight weight,
                         List<FailurePrevalence> failures, Adherence adherence) implements Serializable {

    public Population {
        if (subjects < 1) {
            throw new IllegalArgumentException("subjects must be >= 1, got " + subjects);
        }
        etas = List.copyOf(etas);
        failures = List.copyOf(failures);
        if (correlation.length != 0 && correlation.length != etas.size()) {
            throw new IllegalArgumentException("the correlation matrix must be " + etas.size() + " x " + etas.size());
        }
    }

    /**
     * One varying parameter.
     *
     * @param parameter name such as {@code naltrexone.CL}, {@code oral.ka} or {@code release.k}
     * @param omega     SD of log θ
     */
    public record Eta(String parameter, double omega) implements Serializable {
        public Eta {
            Checks.nonNegative("omega", omega);
        }
    }

    /**
     * Body weight, log-normal around its median.
     *
     * @param median kg
     * @param omega  SD of log WT
     */
    public record Weight(double median, double omega) implements Serializable {
        public Weight {
            Checks.positive("median weight", median);
            Checks.nonNegative("weight omega", omega);
        }
    }

    /**
     * A failure mode that strikes a fraction of the depots. Times are drawn uniformly between
     * {@code from} and {@code to} (h since the dose): the fibrosis onset or the removal time.
     *
     * @param mode       {@code fibrosis}, {@code early-depletion} or {@code removal}
     * @param prevalence fraction of depots affected
     * @param from       earliest onset / removal (h)
     * @param to         latest onset / removal (h)
     * @param tau        fibrosis τ (h)
     * @param pMin       fibrosis p_min
     * @param multiplier early-depletion rate multiplier
     */
    public record FailurePrevalence(String mode, double prevalence, double from, double to, double tau, double pMin,
                                    double multiplier) implements Serializable {
        public FailurePrevalence {
            Checks.fraction("prevalence", prevalence);
            if (!(to >= from)) {
                throw new IllegalArgumentException("failure time range must have to >= from, got " + from + " to " + to);
            }
        }
    }

    /**
     * Oral adherence as a two-state Markov chain over doses (taken, missed) with stationary
     * probability {@code probability} of a dose being taken and mean run of missed doses
     * {@code meanMissedRun}: P(missed → taken) = 1/L, P(taken → missed) = (1 − p)/(p·L). After a
     * dropout, drawn from an exponential with hazard {@code dropoutPerDay}, no dose is taken.
     *
     * @param probability   p, long-run fraction of doses taken
     * @param meanMissedRun L ≥ 1, mean number of consecutive missed doses
     * @param dropoutPerDay hazard (1/d), 0 for none
     */
    public record Adherence(double probability, double meanMissedRun, double dropoutPerDay)
            implements Serializable {
        public Adherence {
            Checks.fraction("adherence probability", probability);
            if (!(meanMissedRun >= 1)) {
                throw new IllegalArgumentException("mean missed run must be >= 1 dose, got " + meanMissedRun);
            }
            Checks.nonNegative("dropout hazard", dropoutPerDay);
            if (probability > 0 && probability < 1 && (1 - probability) / (probability * meanMissedRun) > 1) {
                throw new IllegalArgumentException("adherence " + probability + " with missed runs of " + meanMissedRun
                        + " is impossible: need (1 - p)/(p L) <= 1");
            }
        }
    }
}
