package org.depotkin.analysis.validation;

import org.depotkin.model.Quantity;
import org.depotkin.model.Scenario;

/**
 * One literature target the model should reproduce.
 *
 * @param id        short id, e.g. {@code R1-2mg} (the reference's target numbers)
 * @param source    where the observed value comes from (source ids and titles)
 * @param scenario  the scenario whose run is measured
 * @param measure   what is measured on that run
 * @param observed  the observed value with its unit (predicted values are shown in this unit)
 * @param low       lowest allowed predicted value, in the observed unit
 * @param high      highest allowed predicted value, in the observed unit
 * @param strength  how much weight the evidence carries
 * @param note      why the target is as it is, or why the model misses it; may be empty
 */
public record Target(String id, String source, Scenario scenario, Measure measure, Quantity observed, double low,
                     double high, Strength strength, String note) {

    /** Evidence strength: a failing solid target fails the validation; an indicative one is reported only. */
    public enum Strength {
        SOLID, INDICATIVE;

        /** The model-file word: {@code solid} or {@code indicative}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Target {
        if (!(low <= high)) {
            throw new IllegalArgumentException(id + ": allowed range " + low + " - " + high + " is empty");
        }
        if (!measure.unit().isCompatible(observed.unit())) {
            throw new IllegalArgumentException(id + ": " + measure.describe() + " is measured in " + measure.unit()
                    + ", but the observed value is '" + observed.text() + "'");
        }
    }
}
