package org.depotkin.model.equations;

/**
 * A mistake in an equations block, located by what it is in ({@link #line()}: the index of the equation in
 * the {@code model:} list, or of the parameter when {@link #inParameter()}) and the 0-based character offset
 * in that equation's text. The reader turns it into {@code file:line:column}.
 */
public final class EquationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int offset;
    private final boolean inParameter;

    private EquationException(int line, int offset, boolean inParameter, String message) {
        super(message);
        this.line = line;
        this.offset = offset;
        this.inParameter = inParameter;
    }

    /** A mistake at {@code offset} in equation {@code line}. */
    public static EquationException at(int line, int offset, String message) {
        return new EquationException(line, offset, false, message);
    }

    /** A mistake in the parameter with this index. */
    public static EquationException parameter(int index, String message) {
        return new EquationException(index, 0, true, message);
    }

    /** The same mistake in equation {@code newLine} (the parser works on one line and does not know its index). */
    EquationException inLine(int newLine) {
        return new EquationException(newLine, offset, inParameter, getMessage());
    }

    public int line() {
        return line;
    }

    public int offset() {
        return offset;
    }

    public boolean inParameter() {
        return inParameter;
    }
}
