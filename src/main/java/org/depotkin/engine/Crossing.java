package org.depotkin.engine;

/**
 * A time at which an output crosses a threshold.
 *
 * @param time   h
 * @param rising true when the output goes from below to at-or-above the threshold
 */
public record Crossing(double time, boolean rising) {
}
