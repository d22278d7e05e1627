package org.depotkin.pd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The operational model read through occupancy, against Black and Leff's form in agonist and antagonist ratios. */
class OperationalModelTest {
    /** E/Em = τ xA/(1 + r + (1 + τ) xA) (Black &amp; Leff with a competitive antagonist), over its value at θ = 1. */
    @Test
    void effectOfOccupancyIsBlackAndLeffs() {
        for (double tau : new double[] {0.5, 8, 100}) {
            for (double x : new double[] {0.01, 1, 30}) {
                for (double r : new double[] {0, 3, 500}) {
                    double blackLeff = tau * x / (1 + r + (1 + tau) * x);
                    double full = tau / (1 + tau);
                    double theta = Gaddum.agonistOccupancy(x, r);
                    assertEquals(blackLeff / full, OperationalModel.effect(theta, tau), 1e-14);
                }
            }
        }
    }

    /** τ = 0 compares occupancies; the inverse returns the occupancy. */
    @Test
    void noReserveIsOccupancyAndTheInverseRoundTrips() {
        assertEquals(0.37, OperationalModel.effect(0.37, 0), 0.0);
        for (double tau : new double[] {0, 8, 100}) {
            for (double theta : new double[] {1e-4, 0.2, 0.9, 1}) {
                assertEquals(theta, OperationalModel.occupancyFor(OperationalModel.effect(theta, tau), tau), 1e-14);
            }
        }
        // with a receptor reserve half the receptors give more than half the effect: e(0.5) = 9 * 0.5 / 5 at τ = 8
        assertEquals(0.9, OperationalModel.effect(0.5, 8), 1e-14);
    }
}
