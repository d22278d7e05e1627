package org.depotkin.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depotkin.model.Criterion;
import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;

/**
 * Parses criteria written as plain text: {@code naltrexone >= 2 ng/mL} (a plasma concentration),
 * {@code occupancy >= 90 %} (total antagonist receptor occupancy) or {@code 25 mg IV heroin blocked
 * for 24 h} (an agonist challenge; {@code blocked} and {@code for <time>} are optional).
 */
public final class CriterionParser {
    private static final Pattern THRESHOLD = Pattern.compile("^\\s*([^\\s<>=≥]+)\\s*(>=|≥)\\s*(.+?)\\s*$");
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
            return new Criterion.Concentration(what, q.in(Unit.NG_PER_ML));
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
            throw new IllegalArgumentException("cannot read challenge '" + text + "': expected '<dose> <unit> IV "
                    + "<agonist>' such as '25 mg IV heroin'");
        }
        return challenge(text, c);
    }

    private static Criterion.Challenge challenge(String text, Matcher c) {
        if (!c.group(2).toUpperCase(Locale.ROOT).equals("IV")) {
            throw new IllegalArgumentException("cannot read criterion '" + text + "': route '" + c.group(2)
                    + "' is not supported; challenges are given IV (e.g. '25 mg IV heroin')");
        }
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
        return new Criterion.Challenge(dose, c.group(3), target);
    }
}
