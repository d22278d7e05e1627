package org.depotkin.model;

/**
 * A peripheral compartment linked to the central one.
 *
 * @param clearance intercompartmental clearance Q (L/h)
 * @param volume    peripheral volume V (L)
 */
public record Peripheral(double clearance, double volume) {
    public Peripheral {
        Checks.positive("Q", clearance);
        Checks.positive("peripheral volume", volume);
    }
}
