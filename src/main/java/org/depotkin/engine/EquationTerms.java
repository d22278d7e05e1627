package org.depotkin.engine;

/**
 * A compound's equations block compiled to JVM bytecode ({@link EquationCode}): what it adds to the derivative,
 * the drug it takes out of the built-in compartments, its outputs and the starting values of its own
 * compartments. Public only because the generated class implements it; nothing else should.
 */
public interface EquationTerms {

    /** Adds the equations' rates at time t (h) and state y to dy: mg/h for built-in compartments, own units per h for own. */
    void addRates(double t, double[] y, double[] dy);

    /** Drug the equations take out of the built-in compartments at (t, y), mg parent equivalents per h. */
    double removal(double t, double[] y);

    /** Output k of the block at (t, y), in its reporting unit. */
    double output(int k, double t, double[] y);

    /** Writes the starting values of the block's own compartments into y. */
    void start(double[] y);
}
