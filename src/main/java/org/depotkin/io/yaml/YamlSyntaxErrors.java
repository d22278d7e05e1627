package org.depotkin.io.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns Jackson/SnakeYAML parse failures into one-line {@link ModelFileException}s.
 *
 * <p>SnakeYAML's own problem mark is preferred to Jackson's location: for a tab in the
 * indentation, Jackson reports the previous token while SnakeYAML points at the tab.
 */
final class YamlSyntaxErrors {

    private YamlSyntaxErrors() {
    }

    static ModelFileException translate(JsonProcessingException e, String file) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            Location at = mark != null ? at(file, mark) : jacksonLocation(e, file);
            return new ModelFileException(at, "invalid YAML: " + describe(m), e);
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Expected a field name")) {
            message = "keys must be plain names (complex keys are not supported)";
        } else if (e.getCause() != null && e.getCause().getMessage() != null) {
            message = e.getCause().getMessage();
        }
        return new ModelFileException(jacksonLocation(e, file), "invalid YAML: " + message, e);
    }

    private static String describe(MarkedYAMLException m) {
        String problem = tidy(m.getProblem() == null ? "" : m.getProblem());
        String context = m.getContext();
        Mark contextMark = m.getContextMark();
        if (problem.contains("(TAB)")) {
            return "tab character: indent with spaces, not tabs";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "mapping values are not allowed here (check the indentation, or quote a value that contains ': ')";
        }
        if (problem.contains("end of stream") && context != null && context.contains("quoted scalar")) {
            return "unterminated quoted value" + (contextMark == null ? "" : " (opened at " + position(contextMark) + ")");
        }
        if (problem.isEmpty()) {
            return context == null ? "syntax error" : context;
        }
        if (context == null) {
            return problem;
        }
        return problem + " (" + context + (contextMark == null ? "" : " at " + position(contextMark)) + ")";
    }

    private static final Pattern CODE_POINT = Pattern.compile("(?s)found (.)\\((\\d+)\\)");
    private static final Pattern NOT_FOR_INDENTATION = Pattern.compile("\\s*\\(Do not use .{1,8} for indentation\\)");

    /** Drops SnakeYAML's code-point numbers ("found n(110)" becomes "found 'n'") and its misleading indentation note. */
    private static String tidy(String problem) {
        if (problem.contains("(TAB)")) {
            return problem;
        }
        String p = NOT_FOR_INDENTATION.matcher(problem).replaceAll("");
        Matcher m = CODE_POINT.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2));
            String shown = code == ' ' ? "a space" : code == '\n' ? "a line break" : "'" + m.group(1) + "'";
            m.appendReplacement(out, Matcher.quoteReplacement("found " + shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String position(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static Location at(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Location jacksonLocation(JsonProcessingException e, String file) {
        JsonLocation l = e.getLocation();
        return l == null ? Location.start(file) : new Location(file, l.getLineNr(), l.getColumnNr());
    }
}
