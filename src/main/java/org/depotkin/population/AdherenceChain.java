package org.depotkin.population;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.depotkin.model.Dose;
import org.depotkin.model.Population;

/**
 * Which oral doses a subject takes: a two-state Markov chain (taken, missed) started from its
 * stationary distribution, with P(missed → taken) = 1/L and P(taken → missed) = (1 − p)/(p L), so
 * that the long-run fraction taken is p and runs of missed doses last L doses on average; no dose
 * is taken after a dropout time drawn from an exponential distribution (hazard per day).
 * Source: docs/science.md §8 (oral adherence: probability, runs of missed days, dropout).
 */
final class AdherenceChain {
    private final Population.Adherence a;

    AdherenceChain(Population.Adherence a) {
        this.a = a;
    }

    List<Dose> taken(List<Dose> planned, RandomGenerator rng) {
        double p = a.probability();
        double toTaken = 1 / a.meanMissedRun();
        double toMissed = p >= 1 ? 0 : p <= 0 ? 1 : (1 - p) / (p * a.meanMissedRun());
        double dropout = a.dropoutPerDay() > 0 ? -Math.log(1 - rng.nextDouble()) / a.dropoutPerDay() * 24
                : Double.POSITIVE_INFINITY;
        List<Dose> out = new ArrayList<>();
        boolean taking = rng.nextDouble() < p;
        for (int i = 0; i < planned.size(); i++) {
            if (i > 0) {
                double u = rng.nextDouble();
                taking = taking ? u >= toMissed : u < toTaken;
            }
            Dose d = planned.get(i);
            if (taking && d.time() < dropout) {
                out.add(d);
            }
        }
        return out;
    }
}
