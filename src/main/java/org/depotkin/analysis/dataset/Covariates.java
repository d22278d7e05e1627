package org.depotkin.analysis.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.io.dataset.Dataset;
import org.depotkin.io.dataset.EventRecord;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Scenario;
import org.depotkin.model.equations.Equations;

/**
 * The covariate columns of a dataset that set a subject's parameters, and the factors they give on a record:
 * <ul>
 *   <li>WT (kg), when the scenario's population block has a weight: CL, Q × (WT/70)^0.75 and volumes × WT/70
 *       ({@link Allometry});</li>
 *   <li>a column named after a parameter of the compound's equations block (e.g. CRCL for a parameter
 *       {@code CRCL: 100 mL/min} that a derived clearance uses): that parameter's value, in the unit the model
 *       file gives it, from the record on.</li>
 * </ul>
 * A record's values hold from its time on (carried forward); other columns are carried along untouched.
 */
final class Covariates {
    private final Scenario base;
    private final ParameterSpace space;
    private final Dataset data;
    private final String weightColumn;
    /** Column → typical value of the equations parameter it sets. */
    private final Map<String, Double> parameterColumns = new HashMap<>();

    Covariates(Scenario base, Dataset data, List<String> notes) {
        this.base = base;
        this.space = ParameterSpace.of(base);
        this.data = data;
        boolean scales = base.population() != null && base.population().weight() != null;
        this.weightColumn = scales ? data.covariates().stream().filter(c -> c.equalsIgnoreCase("WT")).findFirst()
                .orElse(null) : null;
        if (scales && weightColumn == null) {
            notes.add("the scenario's population scales by body weight but the dataset has no WT column: every "
                    + "subject has the typical parameters (" + Allometry.REFERENCE_WEIGHT + " kg)");
        }
        for (Equations.Parameter p : base.compound().equations().parameters()) {
            if (data.covariates().contains(p.name())) {
                double typical = space.value(ParameterSpace.EQUATIONS + p.name());
                if (typical == 0) {
                    throw new IllegalArgumentException("column " + p.name() + " of " + data.file() + " sets the "
                            + "equations parameter " + p.name() + ", whose typical value is 0: give it a typical "
                            + "value other than 0 in the model file");
                }
                parameterColumns.put(p.name(), typical);
            }
        }
    }

    /** The columns that set parameters, in the order of the dataset. */
    List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String c : data.covariates()) {
            if (c.equals(weightColumn) || parameterColumns.containsKey(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first column by which a record sets some parameter to another value than the record before it, or null. */
    String changed(EventRecord previous, EventRecord r) {
        for (String c : columns()) {
            if (!r.covariates().get(c).equals(previous.covariates().get(c))) {
                return c;
            }
        }
        return null;
    }

    /** Parameter name → factor on the typical value, from the record's covariates. */
    Map<String, Double> factors(EventRecord r) {
        Map<String, Double> out = new HashMap<>();
        if (weightColumn != null) {
            double wt = r.covariates().get(weightColumn);
            if (!(wt > 0)) {
                throw data.error(r, weightColumn, "expected a body weight in kg > 0, got " + wt);
            }
            out.putAll(Allometry.factors(base.compound(), wt));
        }
        parameterColumns.forEach((column, typical) -> {
            double v = r.covariates().get(column);
            if (!Double.isFinite(v)) {
                throw data.error(r, column, "expected a value of the equations parameter " + column + " in "
                        + space.unit(ParameterSpace.EQUATIONS + column) + ", got " + v);
            }
            out.put(ParameterSpace.EQUATIONS + column, v / typical);
        });
        return out;
    }
}
