package org.depotkin.analysis;

import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.model.Scenario;

/**
 * Calibrates an agonist's response threshold θ* so that a reference antagonist regimen blocks a
 * challenge for a stated time (docs/science.md §6: 50 mg oral naltrexone blocks 25 mg IV heroin for
 * about 24 h, S5 and S54). The blockade of a challenge given at t ends when P(t, D) reaches θ*
 * ({@link ChallengeModel}), so the threshold is the challenge's peak occupancy at the first dose
 * plus the stated time: θ* = P(t_dose + T, D). No iteration is needed.
 *
 * @param response    θ* (fraction)
 * @param at          the time at which it was read (h)
 * @param unblocked   the challenge's peak occupancy without antagonist (fraction)
 * @param description how it was obtained, for the compound file
 */
public record Calibration(double response, double at, double unblocked, String description) {

    /**
     * @param reference the antagonist regimen (its first dose starts the clock)
     * @param challenge the agonist
     * @param dose      challenge dose (mg)
     * @param blockedFor the blockade the reference should give (h)
     */
    public static Calibration of(Scenario reference, ChallengeModel challenge, double dose, double blockedFor) {
        double first = Blockade.doseTimes(reference, reference.duration()).get(0);
        double at = first + blockedFor;
        if (at >= reference.duration()) {
            throw new IllegalArgumentException("scenario " + reference.name() + " ends before " + at + " h; "
                    + "it must run past the calibration time");
        }
        Trajectory run = CompiledModel.compile(reference).simulate();
        double response = challenge.at(run, at).peakOccupancy(dose);
        double unblocked = challenge.unblockedOccupancy(dose);
        if (!(response < unblocked)) {
            throw new IllegalArgumentException("scenario " + reference.name() + " gives no receptor occupancy: "
                    + "nothing to calibrate against");
        }
        String how = reference.description() + " (scenario " + reference.name() + ") blocks "
                + challenge.describe(dose) + " for "
                + org.depotkin.model.Format.number(blockedFor) + " h: the challenge's peak agonist occupancy "
                + org.depotkin.model.Format.number(blockedFor) + " h after the dose";
        return new Calibration(response, at, unblocked, how);
    }
}
