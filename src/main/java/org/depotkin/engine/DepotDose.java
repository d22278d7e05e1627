package org.depotkin.engine;

import org.depotkin.release.DepotRelease;

/**
 * One depot given at {@code time} with {@code load} mg of base: an implant or an injection,
 * released by its {@link DepotRelease}. Several may coexist (a second implant before the first is
 * empty). Amounts are closed forms of the release law, so the depot's mass balance
 * (load = released + remaining + removed) holds exactly.
 *
 * @param index   1-based number of the depot in the scenario
 * @param time    when it was given (h)
 * @param load    mg of base
 * @param release release law and failure modes
 */
public record DepotDose(int index, double time, double load, DepotRelease release) {

    /** mg released by t (absolute time), including an instant burst. */
    public double released(double t) {
        return load * release.released(t - time);
    }

    /** mg still in the depot at t. */
    public double remaining(double t) {
        return t < time ? 0 : load * release.remaining(t - time);
    }

    /** mg taken out with the depot by t. */
    public double removed(double t) {
        return load * release.removed(t - time);
    }

    /** Release rate (mg/h) at absolute time t. */
    public double rate(double t) {
        return load * release.rate(t - time);
    }
}
