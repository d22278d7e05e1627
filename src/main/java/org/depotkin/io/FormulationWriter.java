package org.depotkin.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depotkin.analysis.ReleaseFit;
import org.depotkin.model.Format;

/**
 * Writes a fitted release law as a formulation file that a scenario can name as is
 * ({@code formulation: fitted-weibull.yaml}), read back by {@link FormulationReader}: every
 * parameter with its unit, 10 significant digits, and its standard error and interval as the
 * {@code source}.
 */
public final class FormulationWriter {
    /** Routes a fitted depot can have. */
    public static final List<String> ROUTES = List.of("sc-implant", "im-depot");

    private FormulationWriter() {
    }

    /** The formulation text. */
    public static String text(ReleaseFit.LawFit fit, String dataFile, String route) {
        checkRoute(route);
        var family = fit.family();
        double[] p = fit.fit().estimates();
        List<String> lines = new ArrayList<>();
        lines.add("# Written by depotkin fit release " + dataFile + ": the law with the lowest AIC.");
        lines.add("# " + family.lawName() + ": R2 " + Format.number(fit.r2()) + ", AIC " + Format.number(fit.aic())
                + ", n = " + fit.fit().observations() + " observations. Name this file in a scenario's");
        lines.add("# 'formulation:' and set the dose (the load) in its regimen.");
        lines.add("formulation: fitted-" + family.lawName());
        lines.add("description: " + family.lawName() + " release fitted to " + dataFile);
        lines.add("source: \"depotkin fit release " + dataFile + "\"");
        lines.add("route: " + route);
        lines.add("release:");
        lines.add("  law: " + family.lawName());
        String n = family.parameters().contains("n") ? plain(p[family.parameters().indexOf("n")]) : null;
        for (int i = 0; i < p.length; i++) {
            String unit = family.units().get(i).replace("h^-n", "h^-" + n);
            String value = plain(p[i]) + (unit.equals("1") ? "" : " " + unit);
            String note = "fit to " + dataFile + ": SE " + Format.number(fit.fit().se(i)) + ", 95 % CI "
                    + Format.number(fit.lower(i)) + " to " + Format.number(fit.upper(i))
                    + (unit.equals("1") ? "" : " " + unit);
            lines.add("  " + family.parameters().get(i) + ": {value: " + value + ", source: \"" + note + "\"}");
        }
        return String.join("\n", lines) + "\n";
    }

    /** Throws unless {@code route} is one of {@link #ROUTES}. */
    public static void checkRoute(String route) {
        if (!ROUTES.contains(route)) {
            throw new IllegalArgumentException("--route takes " + String.join(" or ", ROUTES) + ", got '" + route + "'");
        }
    }

    /** Writes {@link #text} to {@code file}. */
    public static void write(Path file, ReleaseFit.LawFit fit, String dataFile, String route) throws IOException {
        Files.writeString(file, text(fit, dataFile, route));
    }

    /** 10 significant digits, plain notation. */
    static String plain(double x) {
        return new BigDecimal(x).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
