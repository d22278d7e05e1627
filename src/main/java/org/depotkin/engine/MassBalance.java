package org.depotkin.engine;

/**
 * Where the drug is at one time, in mg of parent base equivalents (metabolite amounts are
 * converted with the molar masses).
 *
 * @param administered  mg that has entered the body: oral doses that reached the gut, IV doses,
 *                      drug released from depots
 * @param inBody        mg in the gut and in all compartments of all analytes
 * @param eliminated    mg eliminated (integrated alongside the states, not by difference)
 * @param depotLoad     mg loaded into depots given so far
 * @param depotReleased mg released from depots
 * @param depotRemaining mg still in depots
 * @param depotRemoved  mg taken out with removed depots
 */
public record MassBalance(double administered, double inBody, double eliminated, double depotLoad,
                          double depotReleased, double depotRemaining, double depotRemoved) {

    /** administered − (in body + eliminated): zero up to solver error. */
    public double bodyError() {
        return administered - inBody - eliminated;
    }

    /** load − (released + remaining + removed): zero up to rounding. */
    public double depotError() {
        return depotLoad - depotReleased - depotRemaining - depotRemoved;
    }
}
