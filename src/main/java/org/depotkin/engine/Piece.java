package org.depotkin.engine;

/**
 * A stretch [start, end] of a run's dense output: one integrator step, or a stretch of an exact
 * solution. Pieces of a run are contiguous and ordered; a dose applied at a piece's start is included,
 * so the state at a dose time is the state after the dose and {@code at(end)} is the left limit.
 */
abstract class Piece {
    private final double start;
    private final double end;

    Piece(double start, double end) {
        this.start = start;
        this.end = end;
    }

    final double start() {
        return start;
    }

    final double end() {
        return end;
    }

    /** The state at t in [start, end], in {@link CompiledModel#stateNames()} order. */
    abstract double[] at(double t);

    /** The amount eliminated by t in [start, end] (mg parent equivalents). */
    abstract double eliminated(double t);
}
