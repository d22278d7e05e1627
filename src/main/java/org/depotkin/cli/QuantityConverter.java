package org.depotkin.cli;

import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;
import picocli.CommandLine;

/** Reads an option value with its unit ("50 mg", "0.2 /h", "78.8 L", "2 ng/mL") in the engine's unit. */
abstract class QuantityConverter implements CommandLine.ITypeConverter<Double> {
    private final Unit target;
    private final String example;
    private final boolean zeroAllowed;

    QuantityConverter(Unit target, String example, boolean zeroAllowed) {
        this.target = target;
        this.example = example;
        this.zeroAllowed = zeroAllowed;
    }

    @Override
    public Double convert(String value) {
        try {
            double x = Quantity.parse(value).in(target);
            if (zeroAllowed ? !(x >= 0) : !(x > 0)) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be " + (zeroAllowed ? ">= 0" : "> 0"));
            }
            return x;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage() + " (write it with its "
                    + "unit, e.g. " + example + ")");
        }
    }

    /** A dose in mg. */
    static final class Mass extends QuantityConverter {
        Mass() {
            super(Unit.MG, "50 mg or 1 g", false);
        }
    }

    /** A first-order rate constant in 1/h. */
    static final class RateConstant extends QuantityConverter {
        RateConstant() {
            super(Unit.PER_H, "0.2 /h or 1.5 /d", false);
        }
    }

    /** A volume in L. */
    static final class Volume extends QuantityConverter {
        Volume() {
            super(Unit.L, "78.8 L", false);
        }
    }

    /** A concentration in ng/mL. */
    static final class Concentration extends QuantityConverter {
        Concentration() {
            super(Unit.NG_PER_ML, "2 ng/mL", false);
        }
    }

    /** A time in h, 0 allowed. */
    static final class Time extends QuantityConverter {
        Time() {
            super(Unit.H, "24 h or 27 d", true);
        }
    }
}
