package org.depotkin.analysis.validation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.depotkin.analysis.Blockade;
import org.depotkin.analysis.ChallengeModel;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Agonist;
import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;

/**
 * The runs and challenge models the targets share: each scenario is simulated once, each agonist's
 * challenge model built once.
 */
public final class Runs {
    private final Map<Scenario, Trajectory> runs = new IdentityHashMap<>();
    private final Map<String, ChallengeModel> challenges = new HashMap<>();
    private final Function<String, Agonist> agonists;

    /** @param agonists reads an agonist compound by name (e.g. {@code compounds/<name>.yaml} in the models folder) */
    public Runs(Function<String, Agonist> agonists) {
        this.agonists = agonists;
    }

    /** The run of a scenario (simulated on first use). */
    public Trajectory run(Scenario s) {
        return runs.computeIfAbsent(s, x -> CompiledModel.compile(x).simulate());
    }

    /** When a criterion (concentration, occupancy or challenge) first fails after it has been met (h). */
    public double firstFailure(Scenario s, Criterion criterion) {
        Trajectory tr = run(s);
        Blockade b = criterion instanceof Criterion.Challenge c
                ? Blockade.of(s, tr, challenge(c.agonist(), c.route()), c.dose(),
                        challenge(c.agonist(), c.route()).agonist().response(), Double.NaN)
                : Blockade.of(s, tr, criterion, Double.NaN);
        return b.firstFailure();
    }

    /** The challenge model of an agonist by a route (built on first use). */
    public ChallengeModel challenge(String agonist, String route) {
        return challenges.computeIfAbsent(agonist + " " + route, k -> ChallengeModel.of(agonists.apply(agonist), route));
    }
}
