/**
 * Qualification of the model against literature targets: each {@link org.depotkin.analysis.validation.Target}
 * names a scenario, what is measured on its run ({@link org.depotkin.analysis.validation.Measure}), the
 * observed value with its source, the allowed range and the strength of the evidence;
 * {@link org.depotkin.analysis.validation.Scorecard} runs them all (predicted, observed, ratio, pass/fail).
 */
package org.depotkin.analysis.validation;
