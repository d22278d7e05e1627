package org.depotkin.model.equations;

import java.io.Serializable;

/**
 * What a name in an equation stands for, once resolved. Values inside equations are in the engine's base
 * units: mass mg, volume L, time h, amount mol (so a concentration is in mg/L, 1 ng/mL = 0.001 mg/L).
 */
public sealed interface Symbol extends Serializable {

    /** Time since the start of the run, {@code t} (h). */
    record Time() implements Symbol {
    }

    /** A parameter of the equations block, by index in {@link Equations#parameters()}. */
    record Parameter(int index) implements Symbol {
    }

    /** A derived quantity, by index in {@link Equations#derived()}. */
    record Derived(int index) implements Symbol {
    }

    /** A compartment the equations add, by index in {@link Equations#states()}. */
    record State(int index) implements Symbol {
    }

    /**
     * The amount (mg) in a built-in compartment of an analyte: {@code naltrexone.central} (compartment 0) or
     * {@code naltrexone.peripheral1} (compartment 1), {@code .peripheral2}.
     */
    record Amount(String analyte, int compartment) implements Symbol {
        /** The engine's name of this compartment's state. */
        public String stateName() {
            return analyte + (compartment == 0 ? ".central" : ".peripheral" + compartment);
        }
    }

    /** An analyte's plasma concentration, central amount / V ({@code naltrexone}). */
    record Concentration(String analyte) implements Symbol {
    }

    /** An analyte's effect-site concentration ({@code naltrexone.effect}). */
    record EffectSite(String analyte) implements Symbol {
        /** The engine's name of the effect-site state. */
        public String stateName() {
            return analyte + ".effect";
        }
    }

    /** An analyte's built-in clearance or central volume ({@code naltrexone.CL} in L/h, {@code naltrexone.V} in L). */
    record Disposition(String analyte, String parameter) implements Symbol {
    }
}
