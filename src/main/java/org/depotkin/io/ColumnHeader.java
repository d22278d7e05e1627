package org.depotkin.io;

import java.util.Locale;
import org.depotkin.model.Unit;

/**
 * The name and unit of a CSV column, read from its header. One grammar for every observed-data file:
 * <ul>
 *   <li>{@code name_unit}, where {@code _per_} or a lone {@code _} inside the unit reads as {@code /}:
 *       {@code time_h}, {@code conc_ng_per_mL}, {@code naltrexone_ng_mL}, {@code rep1_pct};</li>
 *   <li>{@code name (unit)} or {@code name [unit]}: {@code time (h)}, {@code conc [ng/mL]}.</li>
 * </ul>
 * The name may hold underscores itself ({@code vessel_1_pct}): the unit is the longest tail after an
 * underscore that is a unit. Besides the symbols of {@link Unit#parse}, {@code pct} and
 * {@code percent} read as %, {@code fraction} as a bare fraction and {@code w} as weeks.
 *
 * @param name the quantity or analyte ({@code conc}, {@code naltrexone}, {@code rep1})
 * @param unit the unit of the column's values
 */
public record ColumnHeader(String name, Unit unit) {

    /**
     * Reads a header cell.
     *
     * @throws IllegalArgumentException with a one-line message when the cell names no unit
     */
    public static ColumnHeader parse(String text) {
        String s = text.strip();
        int open = Math.max(s.indexOf('('), s.indexOf('['));
        if (open > 0 && (s.endsWith(")") || s.endsWith("]"))) {
            return new ColumnHeader(s.substring(0, open).strip(), unit(s.substring(open + 1, s.length() - 1)));
        }
        IllegalArgumentException first = null;
        for (int cut = s.indexOf('_'); cut > 0; cut = s.indexOf('_', cut + 1)) {
            try {
                return new ColumnHeader(s.substring(0, cut), unit(s.substring(cut + 1)));
            } catch (IllegalArgumentException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
        throw new IllegalArgumentException("column '" + s + "' has no unit; write it as name_unit (time_h, "
                + "conc_ng_per_mL, released_percent) or name (unit)");
    }

    /** A unit as written in a header or a unit cell ({@code ng_per_mL}, {@code pct}, {@code ng/mL}). */
    static Unit unit(String written) {
        String text = written.strip().replace("_per_", "/").replace('_', '/');
        switch (text.toLowerCase(Locale.ROOT)) {
            case "percent", "pct":
                return Unit.PERCENT;
            case "fraction":
                return Unit.ONE;
            case "w":
                return Unit.parse("wk");
            default:
                try {
                    return Unit.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unit '" + text + "': " + e.getMessage(), e);
                }
        }
    }
}
