package org.depotkin.analysis.dataset;

import org.depotkin.model.Formulation;

/**
 * One dose of a subject's timeline, with the formulation that carries it.
 *
 * @param time        h, on the dataset's clock (may precede the segment for steady-state doses)
 * @param amount      labelled mg
 * @param formulation how it enters (the scenario's formulation for this occasion, an IV bolus or infusion)
 * @param order       the record's position in the file; doses implied by ADDL or SS come after every record
 *                    at the same time
 */
record DoseEvent(double time, double amount, Formulation formulation, int order) {
    /** The order of doses that no record gives explicitly (ADDL, the doses before a steady state). */
    static final int IMPLIED = Integer.MAX_VALUE;
}
