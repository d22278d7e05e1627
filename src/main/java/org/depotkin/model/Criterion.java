package org.depotkin.model;

import java.io.Serializable;

/** What counts as covered. */
public sealed interface Criterion extends Serializable
        permits Criterion.Concentration, Criterion.Occupancy, Criterion.Level, Criterion.Challenge {

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
     * Met while a receptor occupancy is at or above {@code threshold}: the total antagonist occupancy, or
     * that of one ligand (agonist or antagonist), e.g. {@code occupancy(buprenorphine) >= 50 %}.
     *
     * @param threshold fraction in (0, 1)
     * @param ligand    the binding analyte, or null for the total antagonist occupancy
     */
    record Occupancy(double threshold, String ligand) implements Criterion {
        public Occupancy {
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("occupancy threshold must be within (0, 100 %), got " + threshold);
            }
        }

        /** The total antagonist occupancy. */
        public Occupancy(double threshold) {
            this(threshold, null);
        }

        @Override
        public String describe() {
            return "occupancy" + (ligand == null ? "" : "(" + ligand + ")") + " >= " + Format.number(100 * threshold)
                    + " %";
        }
    }

    /**
     * Met while an output of the compound's equations block is at or above a level, e.g. {@code inhibition >= 50 %}
     * (a concentration output, e.g. {@code biomarker >= 12 ng/mL}, is a {@link Concentration}).
     *
     * @param output the output's name
     * @param value  the level, in {@code unit}
     * @param unit   the unit it was written in (converted to the output's own when the run is judged)
     */
    record Level(String output, double value, Unit unit) implements Criterion {
        public Level {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("criterion level must be a number, got " + value);
            }
        }

        @Override
        public String describe() {
            return output + " >= " + Format.number(value) + (unit.symbol().isEmpty() ? "" : " " + unit.symbol());
        }
    }

    /**
     * Met at time t while an agonist challenge given at t is blocked: the agonist's peak receptor
     * occupancy stays below the response threshold stated in the agonist's compound file
     * ({@code response:}). docs/science.md §6 (blockade).
     *
     * @param dose    agonist dose (mg)
     * @param agonist name of the agonist compound, e.g. {@code heroin} (file compounds/heroin.yaml)
     * @param target  the blockade each dose should give (h), e.g. 24 for "blocked for 24 h"; NaN for none
     * @param route   how the challenge is given: one of {@link #ROUTES}
     */
    record Challenge(double dose, String agonist, double target, String route) implements Criterion {
        /** The routes a challenge can be given by, as written in criteria and compound files. */
        public static final java.util.List<String> ROUTES = java.util.List.of("IV", "IM", "SC", "intranasal", "oral");

        public Challenge {
            Checks.positive("challenge dose", dose);
            if (!Double.isNaN(target)) {
                Checks.positive("blockade target", target);
            }
            if (!ROUTES.contains(route)) {
                throw new IllegalArgumentException("challenge route must be one of " + String.join(", ", ROUTES)
                        + ", got '" + route + "'");
            }
        }

        /** An IV challenge. */
        public Challenge(double dose, String agonist, double target) {
            this(dose, agonist, target, "IV");
        }

        /** The challenge itself, e.g. {@code 25 mg IV heroin}. */
        public String challenge() {
            return Format.number(dose) + " mg " + route + " " + agonist;
        }

        @Override
        public String describe() {
            return challenge() + " blocked" + (Double.isNaN(target) ? "" : " for " + Format.number(target) + " h");
        }
    }
}
