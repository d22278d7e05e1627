package org.depotkin.io;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Formulation;
import org.depotkin.model.Unit;
import org.depotkin.release.DepotRelease;
import org.depotkin.release.FailureMode;

/** Reads a formulation: {@code route:} and that route's parameters. */
final class FormulationReader {
    static final List<String> ROUTES = List.of("oral", "iv-bolus", "iv-infusion", "im-depot", "sc-implant");

    private FormulationReader() {
    }

    /**
     * @param extraFailures failure modes switched on by the scenario; they replace modes of the same
     *                      kind given in the formulation
     */
    static Formulation read(YamlMap m, List<FailureMode> extraFailures) {
        m.optString("formulation");
        m.optString("description");
        m.optString("source");
        String route = m.choice("route", ROUTES);
        double base = m.optFraction("base-fraction").orElse(1.0);
        try {
            Formulation f = switch (route) {
                case "oral" -> oral(m, base);
                case "iv-bolus" -> new Formulation.IvBolus(base);
                case "iv-infusion" -> new Formulation.IvInfusion(m.positive("duration", Unit.H), base);
                default -> depot(m, route, base, extraFailures);
            };
            m.finish();
            if (!extraFailures.isEmpty() && !(f instanceof Formulation.Depot)) {
                throw new ModelFileException(m.location(), "failure modes apply to depots (im-depot, sc-implant), "
                        + "not to route '" + route + "'");
            }
            return f;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
    }

    private static Formulation oral(YamlMap m, double base) {
        double lag = m.optNonNegative("lag", Unit.H).orElse(0);
        double ka = m.positive("ka", Unit.PER_H);
        double f = m.fraction("F");
        double fpre = 0;
        String to = null;
        if (m.has("first-pass")) {
            YamlMap fp = m.map("first-pass");
            to = fp.string("to");
            fpre = fp.fraction("fraction");
            fp.optString("source");
            fp.finish();
        }
        return new Formulation.Oral(lag, ka, f, fpre, to, base);
    }

    private static Formulation depot(YamlMap m, String route, double base, List<FailureMode> extra) {
        YamlMap release = m.map("release");
        var law = ReleaseReader.law(release);
        release.finish();
        List<FailureMode> failures = new ArrayList<>(m.optMap("failure").map(ReleaseReader::failures)
                .orElse(List.of()));
        for (FailureMode x : extra) {
            failures.removeIf(f -> f.getClass() == x.getClass());
            failures.add(x);
        }
        Formulation.Depot.Site site = route.equals("im-depot") ? Formulation.Depot.Site.IM
                : Formulation.Depot.Site.SC;
        return new Formulation.Depot(site, new DepotRelease(law, failures), base);
    }
}
