package org.depotkin.plot;

/**
 * The unit of a figure's time axis: days when the longest run is longer than 3 days, hours
 * otherwise. Simulation time is always in hours; {@link #toAxis(double)} converts.
 *
 * @param unit         {@code h} or {@code d}
 * @param hoursPerUnit 1 or 24
 */
public record TimeAxis(String unit, double hoursPerUnit) {
    /** Runs longer than this (h) are plotted in days. */
    public static final double DAYS_ABOVE_HOURS = 72.0;

    public static final TimeAxis HOURS = new TimeAxis("h", 1.0);
    public static final TimeAxis DAYS = new TimeAxis("d", 24.0);

    /** The axis for a figure whose longest run spans {@code durationHours}. */
    public static TimeAxis forDuration(double durationHours) {
        return durationHours > DAYS_ABOVE_HOURS ? DAYS : HOURS;
    }

    /** Axis title, e.g. {@code Time (d)}. */
    public String title() {
        return "Time (" + unit + ")";
    }

    /** A time in hours expressed in this axis' unit. */
    public double toAxis(double hours) {
        return hours / hoursPerUnit;
    }
}
