package org.depotkin.population;

/**
 * What one virtual subject's run gives.
 *
 * @param subject        the subject
 * @param cmax           peak parent concentration (ng/mL), located on the solution, not on the grid
 * @param hoursMet       per criterion: hours during which it is met
 * @param firstFailure   per criterion: first time it stops being met after being met (h); +inf if never
 * @param parent         parent concentration at each grid time (ng/mL)
 * @param occupancy      antagonist occupancy at each grid time (fraction), null when nothing binds
 * @param metOnGrid      per criterion: the grid indices at which it is met
 * @param dailyPeaks     peak parent concentration in each day [24·d, 24·(d + 1)) h (ng/mL), the last day ending with
 *                       the run, located as cmax
 * @param dailyTroughs   lowest parent concentration in each day (ng/mL), located the same way
 */
public record SubjectResult(Subject subject, double cmax, double[] hoursMet, double[] firstFailure, float[] parent,
                            float[] occupancy, java.util.BitSet[] metOnGrid, float[] dailyPeaks,
                            float[] dailyTroughs) {
    /** The days of {@link #dailyPeaks} (h). */
    public static final double DAY = 24;
}
