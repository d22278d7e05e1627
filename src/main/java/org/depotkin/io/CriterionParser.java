package org.depotkin.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depotkin.model.Criterion;
import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;

/**
 * Parses criteria written as plain text: {@code naltrexone >= 2 ng/mL} (a plasma concentration) or
 * {@code occupancy >= 90 %} (total antagonist receptor occupancy).
 */
public final class CriterionParser {
    private static final Pattern FORM = Pattern.compile("^\\s*([^\\s<>=≥]+)\\s*(>=|≥)\\s*(.+?)\\s*$");

    private CriterionParser() {
    }

    /**
     * @throws IllegalArgumentException with a one-line message saying what was expected
     */
    public static Criterion parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read criterion '" + text + "': expected '<analyte> >= <value> "
                    + "<unit>' such as 'naltrexone >= 2 ng/mL', or 'occupancy >= 90 %'");
        }
        String what = m.group(1);
        Quantity q = Quantity.parse(m.group(3));
        if (what.equals("occupancy")) {
            return new Criterion.Occupancy(q.in(Unit.ONE));
        }
        return new Criterion.Concentration(what, q.in(Unit.NG_PER_ML));
    }
}
