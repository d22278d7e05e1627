package org.depotkin.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser behind {@link Unit#parse(String)}.
 *
 * <pre>
 * expression := ['/'] term (('/' | '·' | '*' | '.') term)*       (left-associative)
 * term       := factor [exponent]
 * factor     := symbol | '%' | '1' | '(' expression ')'
 * exponent   := '^' number | '^(' number ['/' number] ')' | superscripts (⁻¹, ², …)
 * </pre>
 */
final class UnitParser {

    /** Every symbol accepted in a unit, with its value in base units (mg, L, h, mol). */
    static final Map<String, Unit> SYMBOLS;

    /** Symbols rejected on purpose, with the reason. */
    private static final Map<String, String> REJECTED = new LinkedHashMap<>();

    static {
        Map<String, Unit> m = new LinkedHashMap<>();
        add(m, Dimension.MASS, 1e6, "kg");
        add(m, Dimension.MASS, 1e3, "g");
        add(m, Dimension.MASS, 1, "mg");
        add(m, Dimension.MASS, 1e-3, "ug", "µg", "mcg");
        add(m, Dimension.MASS, 1e-6, "ng");
        add(m, Dimension.MASS, 1e-9, "pg");
        add(m, Dimension.VOLUME, 1, "L", "l");
        add(m, Dimension.VOLUME, 0.1, "dL");
        add(m, Dimension.VOLUME, 1e-3, "mL");
        add(m, Dimension.VOLUME, 1e-6, "uL", "µL");
        add(m, Dimension.TIME, 1.0 / 3600, "s", "sec");
        add(m, Dimension.TIME, 1.0 / 60, "min");
        add(m, Dimension.TIME, 1, "h", "hr", "hrs", "hour", "hours");
        add(m, Dimension.TIME, 24, "d", "day", "days");
        add(m, Dimension.TIME, 168, "wk", "week", "weeks");
        add(m, Dimension.AMOUNT, 1, "mol");
        add(m, Dimension.AMOUNT, 1e-3, "mmol");
        add(m, Dimension.AMOUNT, 1e-6, "umol", "µmol");
        add(m, Dimension.AMOUNT, 1e-9, "nmol");
        add(m, Dimension.AMOUNT, 1e-12, "pmol");
        add(m, Dimension.MOLAR_CONCENTRATION, 1, "M");
        add(m, Dimension.MOLAR_CONCENTRATION, 1e-3, "mM");
        add(m, Dimension.MOLAR_CONCENTRATION, 1e-6, "uM", "µM");
        add(m, Dimension.MOLAR_CONCENTRATION, 1e-9, "nM");
        add(m, Dimension.MOLAR_CONCENTRATION, 1e-12, "pM");
        add(m, Dimension.NONE, 0.01, "%");
        SYMBOLS = Collections.unmodifiableMap(m);

        String calendar = "has no fixed length; write the duration in days instead (e.g. '180 d')";
        for (String s : new String[] {"mo", "mon", "month", "months", "y", "yr", "yrs", "year", "years"}) {
            REJECTED.put(s, "'" + s + "' " + calendar);
        }
        REJECTED.put("m", "'m' is ambiguous; write 'min' for minutes (metres and months are not accepted)");
    }

    private static void add(Map<String, Unit> m, Dimension d, double factor, String... symbols) {
        for (String s : symbols) {
            m.put(s, new Unit(s, factor, d));
        }
    }

    /** All accepted symbols, for suggestions and documentation. */
    static Set<String> symbols() {
        return SYMBOLS.keySet();
    }

    private final String text;
    private int pos;

    private UnitParser(String text) {
        this.text = text;
    }

    static Unit parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("unit is missing");
        }
        String written = raw.strip();
        String text = written.replace('\u03bc', '\u00b5'); // Greek mu -> micro sign
        if (text.isEmpty()) {
            return Unit.ONE;
        }
        UnitParser p = new UnitParser(text);
        Unit u = p.expression(0);
        p.skipSpaces();
        if (p.pos < text.length()) {
            throw p.unexpected();
        }
        return u.withSymbol(written);
    }

    private Unit expression(int depth) {
        skipSpaces();
        Unit result;
        if (peek() == '/') {
            pos++;
            result = Unit.ONE.per(term(depth));
        } else {
            result = term(depth);
        }
        while (true) {
            skipSpaces();
            char c = peek();
            if (c == '/') {
                pos++;
                result = result.per(term(depth));
            } else if (c == '*' || c == '·' || c == '⋅' || c == '.') {
                pos++;
                result = result.times(term(depth));
            } else {
                return result;
            }
        }
    }

    private Unit term(int depth) {
        Unit base = factor(depth);
        skipSpaces();
        if (peek() == '^') {
            pos++;
            return base.pow(exponent());
        }
        if (isSuperscript(peek())) {
            return base.pow(superscriptExponent());
        }
        return base;
    }

    private Unit factor(int depth) {
        skipSpaces();
        char c = peek();
        if (c == '(') {
            if (depth >= 3) {
                throw error("too many nested parentheses");
            }
            pos++;
            Unit inner = expression(depth + 1);
            skipSpaces();
            if (peek() != ')') {
                throw error("missing ')'");
            }
            pos++;
            return inner;
        }
        if (c == '%') {
            pos++;
            return Unit.PERCENT;
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                pos++;
            }
            String number = text.substring(start, pos);
            if (!number.equals("1")) {
                throw error("numbers other than 1 (as in '1/h') are not allowed in a unit, got " + number
                        + "; put scale factors into the value");
            }
            return Unit.ONE;
        }
        if (isSymbolChar(c)) {
            int start = pos;
            while (pos < text.length() && isSymbolChar(peek())) {
                pos++;
            }
            return symbol(text.substring(start, pos));
        }
        if (c == 0) {
            throw error("a unit symbol is missing at the end");
        }
        throw unexpected();
    }

    private Unit symbol(String s) {
        Unit u = SYMBOLS.get(s);
        if (u != null) {
            return u;
        }
        String reason = REJECTED.get(s);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        throw new IllegalArgumentException("unknown unit '" + s + "'" + inUnit(s)
                + Names.didYouMean(s, SYMBOLS.keySet()));
    }

    /** Exponent after '^': a signed decimal, or a parenthesised signed fraction like (-1/2). */
    private double exponent() {
        skipSpaces();
        boolean parenthesised = peek() == '(';
        if (parenthesised) {
            pos++;
        }
        double value = signedNumber();
        if (parenthesised) {
            skipSpaces();
            if (peek() == '/') {
                pos++;
                double denominator = signedNumber();
                if (denominator == 0) {
                    throw error("exponent divides by zero");
                }
                value /= denominator;
            }
            skipSpaces();
            if (peek() != ')') {
                throw error("missing ')' after the exponent");
            }
            pos++;
        }
        return value;
    }

    private double signedNumber() {
        skipSpaces();
        int start = pos;
        if (peek() == '-' || peek() == '+' || peek() == '−') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
            pos++;
        }
        String number = text.substring(start, pos).replace('−', '-');
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw error("expected a number after '^'");
        }
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static boolean isSuperscript(char c) {
        return c == '⁻' || SUPERSCRIPT_DIGITS.indexOf(c) >= 0;
    }

    private double superscriptExponent() {
        int sign = 1;
        if (peek() == '⁻') {
            sign = -1;
            pos++;
        }
        int value = 0;
        int digits = 0;
        while (pos < text.length() && SUPERSCRIPT_DIGITS.indexOf(peek()) >= 0) {
            value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(peek());
            pos++;
            digits++;
        }
        if (digits == 0) {
            throw error("expected a superscript digit after '⁻'");
        }
        return sign * value;
    }

    private static boolean isSymbolChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'µ';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String inUnit(String symbol) {
        return text.equals(symbol) ? "" : " in '" + text + "'";
    }

    private IllegalArgumentException unexpected() {
        char c = peek();
        String hint = isSymbolChar(c) ? "; write '·' or '*' between two units" : "";
        return new IllegalArgumentException("unexpected '" + c + "' in unit '" + text + "'" + hint);
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("bad unit '" + text + "': " + message);
    }
}
