package org.depotkin.io.yaml;

import java.util.Collection;
import java.util.Locale;
import org.depotkin.model.Dimension;
import org.depotkin.model.Names;
import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;

/**
 * Reads typed values out of nodes, with the error messages shared by {@link YamlMap} and
 * {@link YamlList}. {@code label} names the value in messages: {@code 'CL'} or {@code item 2}.
 */
final class Values {

    /** For "expected …, got …" messages. */
    static final String FRACTION_EXAMPLE = "a fraction (e.g. 0.2 or '20 %')";
    /** For "missing key 'F' (expected …)". */
    static final String FRACTION_EXPECTATION = "a fraction, e.g. 0.2 or '20 %'";

    /** A converted number together with what the user wrote, for follow-up checks. */
    record Converted(double value, Quantity quantity, YamlScalar scalar) {
    }

    private Values() {
    }

    /** What a missing value of this unit should look like, e.g. {@code a clearance, e.g. '140 L/h'}. */
    static String expectation(Unit target) {
        Dimension d = target.dimension();
        if (d.isDimensionless()) {
            return "a number, e.g. '" + d.example() + "'";
        }
        return d.kindWithArticle() + ", e.g. '" + d.example() + "'";
    }

    /** A non-empty scalar, or an error "expected {what}, got a list". */
    static YamlScalar scalar(YamlNode node, String what) {
        if (node instanceof YamlScalar s && !s.isEmpty()) {
            return s;
        }
        throw node.error("expected " + what + ", got " + node.describe());
    }

    /**
     * The scalar holding a number: either the node itself, or the {@code value} of a map that
     * documents the number, {@code {value: 140 L/h, source: "Smith 2001", note: "…"}}.
     */
    static YamlScalar numberScalar(YamlNode node, String what) {
        if (node instanceof YamlMap m && m.has("value")) {
            YamlNode inner = m.node("value");
            m.optString("source");
            m.optString("note");
            m.finish();
            return scalar(inner, what);
        }
        return scalar(node, what);
    }

    static Converted quantity(YamlNode node, String label, Unit target, Double molarMass) {
        boolean dimensionless = target.dimension().isDimensionless();
        YamlScalar s = numberScalar(node, dimensionless ? "a number" : "a quantity with a unit");
        Quantity q = parse(s, label);
        if (q.isBareNumber() && !dimensionless) {
            throw s.error(label + " needs a unit: expected " + target.dimension().kindWithArticle()
                    + " (e.g. '" + target.dimension().example() + "')");
        }
        try {
            double v = molarMass == null ? q.in(target) : q.in(target, molarMass);
            return new Converted(v, q, s);
        } catch (IllegalArgumentException e) {
            throw s.error(label + ": " + e.getMessage());
        }
    }

    /** A number with whatever unit it is written in (a bare number is dimensionless). */
    static Quantity anyQuantity(YamlNode node, String label) {
        return parse(numberScalar(node, "a number with its unit"), label);
    }

    static double positive(YamlNode node, String label, Unit target) {
        Converted c = quantity(node, label, target, null);
        if (!(c.value > 0)) {
            throw c.scalar.error(label + " must be > 0, got " + c.quantity.text());
        }
        return c.value;
    }

    static double nonNegative(YamlNode node, String label, Unit target) {
        Converted c = quantity(node, label, target, null);
        if (c.value < 0) {
            throw c.scalar.error(label + " must be >= 0, got " + c.quantity.text());
        }
        return c.value;
    }

    /** A fraction in [0, 1], written as a number (0.2) or a percentage ("20 %"). */
    static double fraction(YamlNode node, String label) {
        YamlScalar s = numberScalar(node, FRACTION_EXAMPLE);
        Quantity q = parse(s, label);
        if (!q.isDimensionless()) {
            throw s.error(label + ": expected " + FRACTION_EXAMPLE + ", got '" + q.unit().symbol()
                    + "' (" + q.unit().dimension().kindWithArticle() + ")");
        }
        double v = q.in(Unit.ONE);
        if (v < 0 || v > 1) {
            String hint = q.isBareNumber() && v > 1 && v <= 100 ? "; did you mean '" + q.text() + " %'?" : "";
            throw s.error(label + " must be a fraction between 0 and 1 (or 0-100 %), got " + q.text() + hint);
        }
        return v;
    }

    static int integer(YamlNode node, String label) {
        YamlScalar s = numberScalar(node, "a whole number");
        String t = s.text().strip();
        if (t.matches("[+-]?\\d{1,10}")) {
            long v = Long.parseLong(t);
            if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        throw s.error(label + " must be a whole number, got '" + t + "'");
    }

    static int positiveInteger(YamlNode node, String label) {
        int v = integer(node, label);
        if (v < 1) {
            throw node.error(label + " must be a whole number >= 1, got " + v);
        }
        return v;
    }

    static boolean bool(YamlNode node, String label) {
        YamlScalar s = scalar(node, "true or false");
        switch (s.text().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return true;
            case "false", "no", "off":
                return false;
            default:
                throw s.error(label + " must be true or false, got '" + s.text() + "'");
        }
    }

    static String string(YamlNode node) {
        return scalar(node, "a text value").text();
    }

    static String choice(YamlNode node, String label, Collection<String> allowed) {
        YamlScalar s = scalar(node, "one of: " + String.join(", ", allowed));
        String v = s.text().strip();
        if (allowed.contains(v)) {
            return v;
        }
        throw s.error("unknown value '" + v + "' for " + label + Names.didYouMean(v, allowed)
                + " (one of: " + String.join(", ", allowed) + ")");
    }

    static YamlMap map(YamlNode node) {
        if (node instanceof YamlMap m) {
            return m;
        }
        throw node.error("expected a map of keys, got " + node.describe());
    }

    static YamlList list(YamlNode node) {
        if (node instanceof YamlList l) {
            return l;
        }
        throw node.error("expected a list, got " + node.describe());
    }

    private static Quantity parse(YamlScalar s, String label) {
        try {
            return Quantity.parse(s.text());
        } catch (IllegalArgumentException e) {
            throw s.error(label + ": " + e.getMessage());
        }
    }
}
