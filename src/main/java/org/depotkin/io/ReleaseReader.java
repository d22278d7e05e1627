package org.depotkin.io;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Unit;
import org.depotkin.release.FailureMode;
import org.depotkin.release.Parameter;
import org.depotkin.release.Range;
import org.depotkin.release.ReleaseLaw;
import org.depotkin.release.ReleaseLaws;
import org.depotkin.release.Sequential;
import org.depotkin.release.Tabulated;

/** Reads {@code release:} and {@code failure:} blocks of formulation and scenario files. */
final class ReleaseReader {
    private ReleaseReader() {
    }

    /** A release law; the map holds {@code law:} and that law's parameters (and may hold {@code source:}). */
    static ReleaseLaw law(YamlMap m) {
        String name = m.choice("law", ReleaseLaws.names());
        m.optString("source");
        try {
            ReleaseLaw law = switch (name) {
                case "sequential" -> sequential(m);
                case "tabulated" -> tabulated(m);
                default -> declared(m, ReleaseLaws.kind(name).orElseThrow(() -> m.error("law", "release law '"
                        + name + "' is not readable from files yet")));
            };
            return law;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
    }

    /** A law made from its declared parameters, each read with its unit and range. */
    private static ReleaseLaw declared(YamlMap m, ReleaseLaws.Kind kind) {
        List<Parameter> ps = kind.parameters();
        double[] v = new double[ps.size()];
        for (int i = 0; i < v.length; i++) {
            Parameter p = ps.get(i);
            Range range = p.range();
            if (range.equals(Range.FRACTION)) {
                v[i] = m.fraction(p.key());
                continue;
            }
            Unit unit = unit(p.unit(), ps, v);
            v[i] = range.equals(Range.NON_NEGATIVE) ? m.optNonNegative(p.key(), unit).orElse(0)
                    : m.positive(p.key(), unit);
            if (!range.contains(v[i])) {
                throw m.error(p.key(), kind.name() + " " + p.key() + " must be within " + range + ", got "
                        + v[i]);
            }
        }
        return kind.make().apply(v);
    }

    /** The unit a parameter is read in: {@code h^-n} takes the value of {@code n}, read before it. */
    private static Unit unit(String symbol, List<Parameter> ps, double[] v) {
        return switch (symbol) {
            case "1" -> Unit.ONE;
            case "h" -> Unit.H;
            case "1/h" -> Unit.PER_H;
            case "h^-n" -> Unit.parse("h^-" + v[ps.stream().map(Parameter::key).toList().indexOf("n")]);
            default -> Unit.parse(symbol);
        };
    }

    private static ReleaseLaw sequential(YamlMap m) {
        YamlList list = m.list("phases");
        List<Sequential.Phase> phases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            YamlMap p = list.map(i);
            double fraction = p.fraction("fraction");
            double start = p.optNonNegative("start", Unit.H).orElse(0);
            ReleaseLaw law = law(p);
            p.finish();
            phases.add(new Sequential.Phase(fraction, start, law));
        }
        return new Sequential(phases);
    }

    private static ReleaseLaw tabulated(YamlMap m) {
        YamlList times = m.list("times");
        YamlList fractions = m.list("fractions");
        if (times.size() != fractions.size()) {
            throw m.error("fractions", "needs as many fractions as times (" + times.size() + "), got "
                    + fractions.size());
        }
        double[] t = new double[times.size()];
        double[] f = new double[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.quantity(i, Unit.H);
            f[i] = fractions.fraction(i);
        }
        return new Tabulated(t, f);
    }

    /**
     * Failure modes: {@code fibrosis: {onset, tau | k, p-min}}, {@code early-depletion: {multiplier,
     * extra-burst}}, {@code removal: {at}}.
     */
    static List<FailureMode> failures(YamlMap m) {
        List<FailureMode> out = new ArrayList<>();
        try {
            m.optMap("fibrosis").ifPresent(f -> {
                double onset = f.optNonNegative("onset", Unit.H).orElse(0);
                double tau;
                if (f.has("k")) {
                    tau = 1 / f.positive("k", Unit.PER_H);
                    f.optString("tau");
                } else {
                    tau = f.positive("tau", Unit.H);
                }
                double pMin = f.fraction("p-min");
                f.optString("source");
                f.finish();
                out.add(new FailureMode.Fibrosis(onset, tau, pMin));
            });
            m.optMap("early-depletion").ifPresent(f -> {
                double mult = f.optPositive("multiplier", Unit.ONE).orElse(1);
                double burst = f.optFraction("extra-burst").orElse(0);
                f.optString("source");
                f.finish();
                out.add(new FailureMode.EarlyDepletion(mult, burst));
            });
            m.optMap("removal").ifPresent(f -> {
                double at = f.nonNegative("at", Unit.H);
                f.optString("source");
                f.finish();
                out.add(new FailureMode.Removal(at));
            });
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
        m.finish();
        return out;
    }
}
