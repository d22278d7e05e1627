package org.depotkin.analysis.dataset;

import java.util.List;
import java.util.Locale;
import org.depotkin.model.Analyte;
import org.depotkin.model.Scenario;

/**
 * How a dataset's CMT maps onto a scenario, by number or by name:
 * <pre>
 *   CMT 1  depot, gut, or the formulation's route (oral, im-depot, sc-implant, iv-bolus, iv-infusion):
 *          doses go into the scenario's (first) formulation
 *   CMT 2  central, or the parent's name: doses go into the parent's central compartment as an IV bolus
 *          (RATE 0) or infusion (RATE &gt; 0); observations are the parent's plasma concentration
 *   CMT 3… the metabolites' central compartments, in the compound's order (observations only)
 *   name   any output of the scenario (an analyte, occupancy, depot.remaining…) for observations
 * </pre>
 * An empty CMT means 1 on a dose and 2 on an observation.
 */
final class Compartments {
    /** Where a dose goes. */
    enum DoseTarget { FORMULATION, CENTRAL }

    private final Scenario scenario;
    private final List<String> outputs;

    Compartments(Scenario scenario, List<String> outputs) {
        this.scenario = scenario;
        this.outputs = List.copyOf(outputs);
    }

    /** The compartment a dose's CMT names; IllegalArgumentException with what was expected otherwise. */
    DoseTarget dose(String cmt) {
        String c = cmt.toLowerCase(Locale.ROOT);
        String route = scenario.administrations().get(0).formulation().route();
        if (c.isEmpty() || c.equals("1") || c.equals("depot") || c.equals("gut") || c.equals(route)) {
            return DoseTarget.FORMULATION;
        }
        if (c.equals("2") || c.equals("central") || cmt.equals(scenario.compound().parent().name())) {
            return DoseTarget.CENTRAL;
        }
        throw new IllegalArgumentException("expected a dosing compartment: 1 (or depot, gut, " + route + ": the "
                + "scenario's formulation) or 2 (or central, " + scenario.compound().parent().name() + "), got '"
                + cmt + "'");
    }

    /** The output an observation's CMT names; IllegalArgumentException with what was expected otherwise. */
    String observed(String cmt) {
        List<Analyte> analytes = scenario.compound().analytes();
        if (cmt.isEmpty() || cmt.equalsIgnoreCase("central")) {
            return analytes.get(0).name();
        }
        if (outputs.contains(cmt)) {
            return cmt;
        }
        if (cmt.matches("\\d+")) {
            int n = Integer.parseInt(cmt);
            if (n >= 2 && n - 2 < analytes.size()) {
                return analytes.get(n - 2).name();
            }
        }
        throw new IllegalArgumentException("expected an observed compartment: 2 to " + (analytes.size() + 1)
                + " (the analytes' central compartments: " + String.join(", ", analytes.stream().map(Analyte::name)
                .toList()) + ") or an output name (" + String.join(", ", outputs) + "), got '" + cmt + "'");
    }
}
