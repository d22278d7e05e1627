package org.depotkin.model;

import java.io.Serializable;

/**
 * A peripheral compartment linked to the central one.
 *
 * @param clearance intercompartmental clearance Q (L/h)
 * @param volume    peripheral volume V (L)
 */
public record Peripheral(double clearance, double volume) implements Serializable {
    public Peripheral {
        Checks.positive("Q", clearance);
        Checks.positive("peripheral volume", volume);
    }
}
