package org.depotkin.model;

import java.io.Serializable;
import org.depotkin.release.DepotRelease;

/**
 * How a dose enters the body. Every dose amount in a regimen is the labelled amount; the
 * formulation's {@code baseFraction} turns it into mg of the parent's base (e.g. 50 mg naltrexone
 * hydrochloride = 45.2 mg base, base fraction 341.41/377.86).
 */
public sealed interface Formulation extends Serializable {

    /** mg of parent base per labelled mg. */
    double baseFraction();

    /** A short name for tables, e.g. {@code oral}, {@code implant}. */
    String route();

    /**
     * Oral tablet: the dose enters a gut compartment after a lag and is absorbed first-order.
     * <pre>
     *   dG/dt = −ka·G                      (dose added to G at t_dose + t_lag)
     *   to parent central:       F·ka·G
     *   to metabolite (first pass): f_pre·ka·G   (× MWmetabolite/MWparent)
     *   lost to other metabolites:  (1 − F − f_pre)·ka·G
     * </pre>
     * Source: docs/sources.md §9.1 (set O-1); docs/workloads.md §1.
     *
     * @param lag               t_lag (h)
     * @param ka                absorption rate constant (1/h)
     * @param bioavailability   F, fraction reaching the systemic parent
     * @param firstPassFraction f_pre, fraction converted presystemically to {@code firstPassTo}
     * @param firstPassTo       metabolite name, or null when f_pre = 0
     * @param baseFraction      mg base per labelled mg
     */
    record Oral(double lag, double ka, double bioavailability, double firstPassFraction, String firstPassTo,
                double baseFraction) implements Formulation {
        public Oral {
            Checks.nonNegative("lag", lag);
            Checks.positive("ka", ka);
            Checks.fraction("F", bioavailability);
            Checks.fraction("first-pass fraction", firstPassFraction);
            Checks.fraction("base fraction", baseFraction);
            if (bioavailability + firstPassFraction > 1 + 1e-12) {
                throw new IllegalArgumentException("F + first-pass fraction must not exceed 1, got "
                        + (bioavailability + firstPassFraction));
            }
            if (firstPassFraction > 0 && firstPassTo == null) {
                throw new IllegalArgumentException("a first-pass fraction needs the metabolite it forms");
            }
        }

        @Override
        public String route() {
            return "oral";
        }
    }

    /** Intravenous bolus: the whole dose enters the parent's central compartment at once. */
    record IvBolus(double baseFraction) implements Formulation {
        public IvBolus {
            Checks.fraction("base fraction", baseFraction);
        }

        @Override
        public String route() {
            return "iv-bolus";
        }
    }

    /**
     * Intravenous infusion at constant rate dose/duration into the parent's central compartment.
     *
     * @param duration infusion time (h)
     */
    record IvInfusion(double duration, double baseFraction) implements Formulation {
        public IvInfusion {
            Checks.positive("infusion duration", duration);
            Checks.fraction("base fraction", baseFraction);
        }

        @Override
        public String route() {
            return "iv-infusion";
        }
    }

    /**
     * A depot (intramuscular injection or subcutaneous implant): a finite load released by a
     * {@link DepotRelease} (release law plus failure modes) straight into the parent's central
     * compartment. rate(t) = load · dF/dt, so the rate never exceeds what remains.
     *
     * @param site    {@code im} or {@code sc}
     * @param release release law and failure modes
     */
    record Depot(Site site, DepotRelease release, double baseFraction) implements Formulation {
        /** Where the depot sits. */
        public enum Site { IM, SC }

        public Depot {
            Checks.fraction("base fraction", baseFraction);
        }

        @Override
        public String route() {
            return site == Site.IM ? "im-depot" : "sc-implant";
        }
    }
}
