package org.depotkin.model;

/**
 * An agonist used in challenges (heroin, morphine): its compound (every analyte whose binding has
 * {@code role: agonist} counts) and the receptor occupancy at which a challenge produces a response.
 *
 * @param compound       the agonist and its metabolites
 * @param response       agonist occupancy (fraction, in (0, 1)) at and above which a challenge is felt; NaN when
 *                       the compound file gives none (calibrate it with {@code depotkin calibrate})
 * @param responseSource how the threshold was obtained
 * @param washoutMargin  for an analgesic: the fraction of its antagonist-free peak occupancy at which it counts as
 *                       working again (washout); NaN when the file gives none
 */
public record Agonist(Compound compound, double response, String responseSource, double washoutMargin) {
    public Agonist {
        if (!Double.isNaN(response) && !(response > 0 && response < 1)) {
            throw new IllegalArgumentException("response occupancy must be within (0, 100 %), got " + response);
        }
        if (!Double.isNaN(washoutMargin) && !(washoutMargin > 0 && washoutMargin < 1)) {
            throw new IllegalArgumentException("washout margin must be within (0, 100 %), got " + washoutMargin);
        }
        if (compound.analytes().stream().noneMatch(a -> a.binding() != null
                && a.binding().role() == Binding.Role.AGONIST)) {
            throw new IllegalArgumentException("compound " + compound.name() + " has no analyte with agonist binding "
                    + "(binding: {role: agonist, ...})");
        }
    }

    public String name() {
        return compound.name();
    }
}
