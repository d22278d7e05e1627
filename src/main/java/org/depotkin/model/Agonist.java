package org.depotkin.model;

/**
 * An agonist used in challenges (heroin, morphine, hydromorphone, fentanyl, oxycodone): its compound (every
 * analyte whose binding has {@code role: agonist} counts), the receptor occupancy at which a challenge
 * produces a response, and how each route other than IV brings a dose into the blood.
 *
 * @param compound       the agonist and its metabolites
 * @param response       agonist occupancy (fraction, in (0, 1)) at and above which a challenge is felt; NaN when
 *                       the compound file gives none (calibrate it with {@code depotkin calibrate})
 * @param responseSource how the threshold was obtained
 * @param transducerRatio the operational model's τ (receptor reserve, dimensionless, ≥ 0) by which effects are
 *                       compared ({@link org.depotkin.pd.OperationalModel}); 0 compares occupancies
 * @param washoutMargin  for an analgesic: the fraction of its antagonist-free peak occupancy at which it counts as
 *                       working again (washout); NaN when the file gives none
 * @param routes         the non-IV routes (IM, SC, intranasal, oral) by name, each as a first-order absorption
 *                       with bioavailability ({@link Formulation.Oral}); IV is always available
 */
public record Agonist(Compound compound, double response, String responseSource, double transducerRatio,
                      double washoutMargin, java.util.Map<String, Formulation> routes) {
    /** An agonist given IV only, whose effects are compared as occupancies (τ = 0). */
    public Agonist(Compound compound, double response, String responseSource, double washoutMargin) {
        this(compound, response, responseSource, 0, washoutMargin, java.util.Map.of());
    }

    public Agonist {
        routes = java.util.Map.copyOf(routes);
        if (!(transducerRatio >= 0 && Double.isFinite(transducerRatio))) {
            throw new IllegalArgumentException("transducer ratio must be finite and at least 0, got " + transducerRatio);
        }
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

    /**
     * How a dose by {@code route} enters the blood: an IV bolus, or the route's absorption.
     *
     * @throws IllegalArgumentException when the compound file gives no such route
     */
    public Formulation formulation(String route) {
        if (route.equals("IV")) {
            return new Formulation.IvBolus(1.0);
        }
        Formulation f = routes.get(route);
        if (f == null) {
            throw new IllegalArgumentException(name() + " has no " + route + " route in its compound file (routes: IV"
                    + routes.keySet().stream().sorted().map(r -> ", " + r).reduce("", String::concat) + ")");
        }
        return f;
    }
}
