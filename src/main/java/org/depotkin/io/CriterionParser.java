package org.depotkin.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depotkin.model.Criterion;
import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;

/**
 * Parses criteria written as plain text: {@code naltrexone >= 2 ng/mL} (a plasma concentration),
 * {@code occupancy >= 90 %} (total antagonist receptor occupancy), {@code occupancy(buprenorphine) >= 50 %}
 * (one ligand's occupancy) or {@code 25 mg IV heroin blocked for 24 h} (an agonist challenge by IV, IM, SC,
 * intranasal or oral route; {@code blocked} and {@code for <time>} are optional).
 */
public final class CriterionParser {
    private static final Pattern THRESHOLD = Pattern.compile("^\\s*([^\\s<>=≥]+)\\s*(>=|≥)\\s*(.+?)\\s*$");
    private static final Pattern LIGAND_OCCUPANCY = Pattern.compile("^occupancy\\(([\\w.-]+)\\)$");
    private static final Pattern CHALLENGE = Pattern.compile(
            "^\\s*([0-9.eE+-]+\\s*[^\\s0-9.]+)\\s+(\\S+)\\s+([A-Za-z][\\w.-]*)(\\s+blocked)?(?:\\s+for\\s+(.+?))?\\s*$");
    private static final String EXPECTED = "expected '<analyte> >= <value> <unit>' such as 'naltrexone >= 2 ng/mL', "
            + "'occupancy >= 90 %', or a challenge such as '25 mg IV heroin blocked for 24 h'";

    private CriterionParser() {
    }

    /**
     * @throws IllegalArgumentException with a one-line message saying what was expected
     */
    public static Criterion parse(String text) {
        Matcher m = THRESHOLD.matcher(text);
        if (m.matches()) {
            String what = m.group(1);
            Quantity q = Quantity.parse(m.group(3));
            if (what.equals("occupancy")) {
                return new Criterion.Occupancy(q.in(Unit.ONE));
            }
            Matcher ligand = LIGAND_OCCUPANCY.matcher(what);
            if (ligand.matches()) {
                return new Criterion.Occupancy(q.in(Unit.ONE), ligand.group(1));
            }
            return q.unit().isCompatible(Unit.NG_PER_ML) ? new Criterion.Concentration(what, q.in(Unit.NG_PER_ML))
                    : new Criterion.Level(what, q.value(), q.unit());
        }
        Matcher c = CHALLENGE.matcher(text);
        if (!c.matches()) {
            throw new IllegalArgumentException("cannot read criterion '" + text + "': " + EXPECTED);
        }
        return challenge(text, c);
    }

    /** A challenge without a target, as {@code --challenge} takes it: {@code 25 mg IV heroin}. */
    public static Criterion.Challenge parseChallenge(String text) {
        Matcher c = CHALLENGE.matcher(text);
        if (!c.matches() || c.group(4) != null || c.group(5) != null) {
            throw new IllegalArgumentException("cannot read challenge '" + text + "': expected '<dose> <unit> <route> "
                    + "<agonist>' such as '25 mg IV heroin' or '3 mg IM hydromorphone'");
        }
        return challenge(text, c);
    }

    private static Criterion.Challenge challenge(String text, Matcher c) {
        String route = Criterion.Challenge.ROUTES.stream().filter(r -> r.equalsIgnoreCase(c.group(2))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cannot read criterion '" + text + "': route '"
                        + c.group(2) + "' is not one of " + String.join(", ", Criterion.Challenge.ROUTES)
                        + " (e.g. '3 mg IM hydromorphone')"));
        double dose;
        double target = Double.NaN;
        try {
            dose = Quantity.parse(c.group(1)).in(Unit.MG);
            if (c.group(5) != null) {
                target = Quantity.parse(c.group(5)).in(Unit.H);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read criterion '" + text + "': " + e.getMessage());
        }
        return new Criterion.Challenge(dose, c.group(3), target, route);
    }
}
