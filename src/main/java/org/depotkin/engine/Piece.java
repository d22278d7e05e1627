package org.depotkin.engine;

/**
 * A stretch [start, end] of a run's dense output: one integrator step, or a stretch of an exact
 * solution. Pieces of a run are contiguous and ordered; a dose applied at a piece's start is included,
 * so the state at a dose time is the state after the dose and {@code at(end)} is the left limit.
 */
interface Piece {
    double start();

    double end();

    /**
     * The state at t in [start, end]: the model's states in {@link CompiledModel#stateNames()} order, then
     * the amount eliminated so far (mg parent equivalents) at index {@code size}.
     */
    double[] at(double t);
}
