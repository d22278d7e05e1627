package org.depotkin.analysis.deconvolution;

/**
 * The unit impulse response of the body: the plasma concentration (ng/mL) after an intravenous bolus
 * of 1 mg, given through its integral, which is all that deconvolution with a piecewise-constant
 * input needs.
 */
public interface ImpulseResponse {
    /** ∫ C(s) ds over [0, t] per mg of bolus (ng·h/mL per mg); 0 for t &le; 0. */
    double cumulative(double t);

    /** First moment ∫ s·C(s) ds over [0, t] per mg (ng·h²/mL per mg); 0 for t &le; 0. */
    double moment(double t);

    /** ∫ C ds over [0, ∞) per mg (ng·h/mL per mg) = 1000/CL with CL in L/h. */
    double total();

    /** One line saying where it comes from. */
    String describe();
}
