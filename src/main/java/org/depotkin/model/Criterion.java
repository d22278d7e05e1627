package org.depotkin.model;

/** What counts as covered. */
public sealed interface Criterion permits Criterion.Concentration, Criterion.Occupancy {

    /** Human text, e.g. {@code naltrexone >= 2 ng/mL}. */
    String describe();

    /**
     * Met while the analyte's plasma concentration is at or above {@code threshold}.
     *
     * @param analyte   analyte name
     * @param threshold ng/mL
     */
    record Concentration(String analyte, double threshold) implements Criterion {
        public Concentration {
            Checks.positive("threshold", threshold);
        }

        @Override
        public String describe() {
            return analyte + " >= " + Format.number(threshold) + " ng/mL";
        }
    }

    /**
     * Met while the total antagonist receptor occupancy is at or above {@code threshold}.
     *
     * @param threshold fraction in (0, 1)
     */
    record Occupancy(double threshold) implements Criterion {
        public Occupancy {
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("occupancy threshold must be within (0, 100 %), got " + threshold);
            }
        }

        @Override
        public String describe() {
            return "occupancy >= " + Format.number(100 * threshold) + " %";
        }
    }
}
