package org.depotkin.population;

import java.util.List;
import java.util.Map;
import org.depotkin.model.Scenario;

/**
 * One virtual patient: the factors applied to the typical parameters, the body weight, the
 * failure modes that struck, the doses taken, and the resulting scenario.
 *
 * @param index       0-based subject number
 * @param factors     parameter name → multiplicative factor exp(η) (weight scaling included)
 * @param weight      kg, NaN without a weight covariate
 * @param failures    names of the failure modes applied
 * @param dosesPlanned oral doses in the regimen
 * @param dosesTaken  oral doses taken
 * @param scenario    the subject's own scenario
 */
public record Subject(int index, Map<String, Double> factors, double weight, List<String> failures, int dosesPlanned,
                      int dosesTaken, Scenario scenario) {
}
