package org.depotkin.io.dataset;

import java.util.Map;

/**
 * One record of an event dataset, as read (covariates already carried forward).
 *
 * @param line       1-based line in the file (0 for records made in memory)
 * @param id         subject identifier, as written
 * @param time       TIME (h)
 * @param evid       0 observation, 1 dose, 2 other, 3 reset, 4 reset and dose
 * @param amount     AMT (labelled mg), 0 when none
 * @param rate       RATE: 0 bolus, &gt; 0 infusion rate (mg/h), −2 infusion duration from the model
 * @param cmt        CMT as written (a number or a name), empty for the default
 * @param interval   II (h), 0 when none
 * @param additional ADDL, the number of further doses every II
 * @param steadyState SS: 0 none, 1 reset to steady state, 2 steady state added to the current state
 * @param dv         DV, NaN when missing
 * @param mdv        MDV: 1 when DV is not an observation
 * @param covariates covariate name → value, in column order
 */
public record EventRecord(int line, String id, double time, int evid, double amount, double rate, String cmt,
                          double interval, int additional, int steadyState, double dv, int mdv,
                          Map<String, Double> covariates) {
    public EventRecord {
        covariates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(covariates));
    }

    /** An observation (EVID 0, MDV 0). */
    public boolean isObservation() {
        return evid == 0 && mdv == 0;
    }

    /** A dose (EVID 1 or 4). */
    public boolean isDose() {
        return evid == 1 || evid == 4;
    }

    /** A reset of every compartment before this record's dose (EVID 3 or 4, or SS 1). */
    public boolean resets() {
        return evid == 3 || evid == 4 || steadyState == 1;
    }

    /** The same record with another DV and MDV. */
    public EventRecord withDv(double newDv, int newMdv) {
        return new EventRecord(line, id, time, evid, amount, rate, cmt, interval, additional, steadyState, newDv,
                newMdv, covariates);
    }
}
