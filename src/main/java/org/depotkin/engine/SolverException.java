package org.depotkin.engine;

/** The integrator could not meet its tolerances; the message names the fix. */
public class SolverException extends RuntimeException {
    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, Throwable cause) {
        super(message, cause);
    }
}
