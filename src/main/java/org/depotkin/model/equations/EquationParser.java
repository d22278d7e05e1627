package org.depotkin.model.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.depotkin.model.Limits;
import org.depotkin.model.Unit;

/**
 * Parses one equation of a {@code model:} list. Grammar (lowest precedence first):
 *
 * <pre>
 * statement := 'd/dt(' NAME ')' ('=' | '+=') expr      rate of a compartment
 *            | NAME '(0)' '=' expr                     starting value of a compartment
 *            | 'output' NAME ['[' unit ']'] '=' expr   a reported curve
 *            | NAME '=' expr                           a derived quantity
 * expr      := 'if' expr 'then' expr 'else' expr | or
 * or        := and ('or' and)*
 * and       := not ('and' not)*
 * not       := 'not' not | compare
 * compare   := sum [('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '!=') sum]
 * sum       := product (('+' | '-') product)*
 * product   := unary (('*' | '/') unary)*
 * unary     := ('-' | '+') unary | power
 * power     := atom ['^' unary]                        right-associative: -x^2 = -(x^2), 2^-1 = 0.5
 * atom      := NUMBER ['[' unit ']'] | NAME | NAME '(' expr (',' expr)* ')' | '(' expr ')'
 * NAME      := part ('.' part)*,  part := letters, digits, '_' (not starting with a digit) | `any text`
 * </pre>
 */
public final class EquationParser {
    /** Words with a meaning of their own; not names. */
    static final Set<String> KEYWORDS = Set.of("if", "then", "else", "and", "or", "not", "output");

    private enum Kind { NUMBER, NAME, SYMBOL, UNIT, END }

    private record Token(Kind kind, String text, int pos) {
        boolean is(String s) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(s);
        }

        String shown() {
            return kind == Kind.END ? "the end of the equation" : "'" + (kind == Kind.UNIT ? "[" + text + "]" : text) + "'";
        }
    }

    private static final int MAX_TOKENS = Limits.MAX_EQUATION_SYMBOLS;
    private static final int MAX_DEPTH = Limits.MAX_EQUATION_DEPTH;

    private final List<Token> tokens;
    private int next;
    private int depth;

    private EquationParser(String text) {
        this.tokens = lex(text);
        if (tokens.size() > MAX_TOKENS) {
            throw EquationException.at(0, tokens.get(MAX_TOKENS).pos, "an equation of more than " + MAX_TOKENS
                    + " symbols; split it into derived quantities");
        }
    }

    /** Parses one equation; a mistake is an {@link EquationException} at its offset (line 0: the caller relocates it). */
    public static Statement parse(String text) {
        EquationParser p = new EquationParser(text);
        Statement s = p.statement();
        p.expect(p.peek().kind == Kind.END, "an operator or the end of the equation");
        return s;
    }

    private Statement statement() {
        Token first = peek();
        if (first.kind == Kind.NAME && first.text.equals("d") && at(1).is("/") && at(2).is("dt") && at(3).is("(")) {
            next += 4;
            Token state = name("the compartment's name, as in d/dt(R)");
            symbol(")", "')' after the compartment's name");
            Token eq = take();
            if (!eq.is("=") && !eq.is("+=")) {
                throw error(eq, "expected '=' (the rate of a compartment of your own) or '+=' (a term added to a "
                        + "built-in compartment), got " + eq.shown());
            }
            return new Statement.Rate(state.text, state.pos, eq.is("+="), expr());
        }
        if (first.is("output")) {
            next++;
            Token name = name("the output's name, as in 'output effect = E'");
            Unit unit = null;
            int unitPos = -1;
            if (peek().kind == Kind.UNIT) {
                Token u = take();
                unitPos = u.pos + 1;
                unit = unit(u);
            }
            symbol("=", "'=' after the output's name");
            return new Statement.Report(name.text, name.pos, unit, unitPos, expr());
        }
        Token name = name("an equation: 'name = ...', 'd/dt(name) = ...', 'name(0) = ...' or 'output name = ...'");
        if (peek().is("(") && at(1).kind == Kind.NUMBER && at(1).text.equals("0") && at(2).is(")")) {
            next += 3;
            symbol("=", "'=' after " + name.text + "(0)");
            return new Statement.Initial(name.text, name.pos, expr());
        }
        Token eq = peek();
        if (!eq.is("=")) {
            throw error(eq, "expected '=' after '" + name.text + "', got " + eq.shown());
        }
        next++;
        return new Statement.Define(name.text, name.pos, expr());
    }

    private Expr expr() {
        return nested(this::ifOrOr);
    }

    /** {@code body} one level deeper; the error past {@link #MAX_DEPTH}. */
    private Expr nested(Supplier<Expr> body) {
        if (++depth > MAX_DEPTH) {
            throw error(peek(), "nested more than " + MAX_DEPTH + " deep; split the equation into derived quantities");
        }
        try {
            return body.get();
        } finally {
            depth--;
        }
    }

    private Expr ifOrOr() {
        if (peek().is("if")) {
            Token at = take();
            Expr c = expr();
            symbol("then", "'then' after the condition of 'if'");
            Expr a = expr();
            symbol("else", "'else': every 'if ... then ...' needs an 'else'");
            Expr b = expr();
            return new Expr.Choice(c, a, b, at.pos);
        }
        return or();
    }

    private Expr or() {
        return logic("or", this::and);
    }

    private Expr and() {
        return logic("and", this::not);
    }

    /** operand (op operand)*, left-associative, for 'and' and 'or'. */
    private Expr logic(String op, Supplier<Expr> operand) {
        Expr left = operand.get();
        while (peek().is(op)) {
            Token t = take();
            left = new Expr.Logic(op, left, operand.get(), t.pos);
        }
        return left;
    }

    private Expr not() {
        if (peek().is("not")) {
            Token op = take();
            return new Expr.Not(not(), op.pos);
        }
        return compare();
    }

    private Expr compare() {
        Expr left = sum();
        Token op = peek();
        if (op.kind == Kind.SYMBOL && Set.of("<", "<=", ">", ">=", "==", "!=").contains(op.text)) {
            next++;
            return new Expr.Compare(op.text, left, sum(), op.pos);
        }
        return left;
    }

    private Expr sum() {
        return arith("+-", this::product);
    }

    private Expr product() {
        return arith("*/", this::unary);
    }

    /** operand (op operand)*, left-associative, op one of the characters of {@code ops}. */
    private Expr arith(String ops, Supplier<Expr> operand) {
        Expr left = operand.get();
        while (peek().kind == Kind.SYMBOL && peek().text.length() == 1 && ops.contains(peek().text)) {
            Token op = take();
            left = new Expr.Arith(op.text.charAt(0), left, operand.get(), op.pos);
        }
        return left;
    }

    private Expr unary() {
        return nested(this::signed);
    }

    private Expr signed() {
        if (peek().is("-")) {
            Token op = take();
            return new Expr.Neg(unary(), op.pos);
        }
        if (peek().is("+")) {
            take();
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        if (peek().is("^")) {
            Token op = take();
            return new Expr.Arith('^', base, unary(), op.pos);
        }
        return base;
    }

    private Expr atom() {
        Token t = take();
        if (t.kind == Kind.NUMBER) {
            double v = Double.parseDouble(t.text);
            if (!Double.isFinite(v)) {
                throw error(t, "number out of range: '" + t.text + "'");
            }
            if (peek().kind == Kind.UNIT) {
                Token u = take();
                Unit unit = unit(u);
                if (!Double.isFinite(v * unit.factor())) {
                    throw error(t, "number out of range after unit conversion: '" + t.text + " [" + u.text + "]'");
                }
                return new Expr.Num(v * unit.factor(), unit.dimension(), t.pos);
            }
            return new Expr.Num(v, null, t.pos);
        }
        if (t.is("(")) {
            Expr inner = expr();
            symbol(")", "')'");
            return inner;
        }
        if (t.kind == Kind.NAME && !KEYWORDS.contains(t.text)) {
            if (peek().is("(")) {
                next++;
                List<Expr> args = new ArrayList<>();
                args.add(expr());
                while (peek().is(",")) {
                    next++;
                    args.add(expr());
                }
                symbol(")", "',' or ')' in the call of " + t.text);
                return new Expr.Call(t.text, args, t.pos);
            }
            return new Expr.Name(t.text, t.pos);
        }
        throw error(t, "expected a number, a name, a function call or '(', got " + t.shown());
    }

    private static Unit unit(Token u) {
        try {
            return Unit.parse(u.text);
        } catch (IllegalArgumentException e) {
            throw EquationException.at(0, u.pos + 1, e.getMessage());
        }
    }

    private Token name(String what) {
        Token t = take();
        if (t.kind != Kind.NAME || KEYWORDS.contains(t.text)) {
            throw error(t, "expected " + what + ", got " + t.shown());
        }
        return t;
    }

    private void symbol(String s, String what) {
        Token t = take();
        if (!t.is(s)) {
            throw error(t, "expected " + what + ", got " + t.shown());
        }
    }

    private void expect(boolean ok, String what) {
        if (!ok) {
            throw error(peek(), "expected " + what + ", got " + peek().shown());
        }
    }

    private Token peek() {
        return at(0);
    }

    private Token at(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token take() {
        Token t = peek();
        if (next < tokens.size() - 1) {
            next++;
        }
        return t;
    }

    private static EquationException error(Token t, String message) {
        return EquationException.at(0, t.pos, message);
    }

    // ---- lexer ----

    private static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                        j++;
                    }
                    if (j < s.length() && Character.isDigit(s.charAt(j))) {
                        i = j;
                        while (i < s.length() && Character.isDigit(s.charAt(i))) {
                            i++;
                        }
                    }
                }
                String number = s.substring(start, i);
                if (number.indexOf('.') != number.lastIndexOf('.')) {
                    throw EquationException.at(0, start, "bad number '" + number + "'");
                }
                out.add(new Token(Kind.NUMBER, number, start));
            } else if (isNameStart(c) || c == '`') {
                int start = i;
                StringBuilder name = new StringBuilder();
                while (true) {
                    i = part(s, i, name);
                    if (i + 1 < s.length() && s.charAt(i) == '.' && (isNameStart(s.charAt(i + 1))
                            || Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '`')) {
                        name.append('.');
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(Kind.NAME, name.toString(), start));
            } else if (c == '[') {
                int end = s.indexOf(']', i);
                if (end < 0) {
                    throw EquationException.at(0, i, "missing ']' after the unit");
                }
                out.add(new Token(Kind.UNIT, s.substring(i + 1, end), i));
                i = end + 1;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (Set.of("<=", ">=", "==", "!=", "+=").contains(two)) {
                    out.add(new Token(Kind.SYMBOL, two, i));
                    i += 2;
                } else if ("+-*/^(),<>=".indexOf(c) >= 0) {
                    out.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                    i++;
                } else {
                    throw EquationException.at(0, i, "unexpected character '" + c + "'"
                            + (c == '`' ? "" : "; names are letters, digits and '_', or any text in backquotes"));
                }
            }
        }
        out.add(new Token(Kind.END, "", s.length()));
        return out;
    }

    /** One part of a name, plain or in backquotes, appended to {@code name}; returns the index after it. */
    private static int part(String s, int i, StringBuilder name) {
        if (s.charAt(i) == '`') {
            int end = s.indexOf('`', i + 1);
            if (end < 0) {
                throw EquationException.at(0, i, "missing closing '`' of the name");
            }
            name.append(s, i + 1, end);
            return end + 1;
        }
        int j = i;
        while (j < s.length() && (isNameStart(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
            j++;
        }
        name.append(s, i, j);
        return j;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }
}
