package org.depotkin.cli;

import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;
import picocli.CommandLine;

/** Reads a time with its unit ("180d", "12 h", "4 wk") as hours. */
final class HoursConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        try {
            double h = Quantity.parse(value).in(Unit.H);
            if (!(h > 0)) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be a positive time");
            }
            return h;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage()
                    + " (write a time with its unit, e.g. 180d or 12h)");
        }
    }
}
