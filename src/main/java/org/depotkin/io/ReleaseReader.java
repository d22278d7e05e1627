package org.depotkin.io;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Unit;
import org.depotkin.release.Biexponential;
import org.depotkin.release.FailureMode;
import org.depotkin.release.FirstOrder;
import org.depotkin.release.GammaRelease;
import org.depotkin.release.Higuchi;
import org.depotkin.release.HixsonCrowell;
import org.depotkin.release.KorsmeyerPeppas;
import org.depotkin.release.ReleaseLaw;
import org.depotkin.release.ReleaseLaws;
import org.depotkin.release.Sequential;
import org.depotkin.release.Tabulated;
import org.depotkin.release.Weibull;
import org.depotkin.release.ZeroOrder;
import org.depotkin.release.ZeroOrderTail;

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
                case "zero-order" -> new ZeroOrder(m.positive("duration", Unit.H));
                case "first-order" -> new FirstOrder(m.positive("k", Unit.PER_H));
                case "higuchi" -> new Higuchi(m.positive("k", Unit.parse("h^-0.5")));
                case "korsmeyer-peppas" -> korsmeyerPeppas(m);
                case "weibull" -> new Weibull(m.positive("td", Unit.H), m.positive("beta", Unit.ONE),
                        m.optNonNegative("lag", Unit.H).orElse(0));
                case "biexponential" -> new Biexponential(m.fraction("burst-fraction"),
                        m.positive("k-burst", Unit.PER_H), m.positive("k-slow", Unit.PER_H));
                case "hixson-crowell" -> new HixsonCrowell(m.positive("k", Unit.PER_H));
                case "zero-order-tail" -> new ZeroOrderTail(m.positive("plateau", Unit.H),
                        m.positive("k-tail", Unit.PER_H));
                case "sequential" -> sequential(m);
                case "gamma" -> new GammaRelease(m.positive("shape", Unit.ONE), m.positive("scale", Unit.H));
                case "tabulated" -> tabulated(m);
                default -> throw m.error("law", "release law '" + name + "' is not readable from files yet");
            };
            return law;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
    }

    private static ReleaseLaw korsmeyerPeppas(YamlMap m) {
        double n = m.positive("n", Unit.ONE);
        if (n > 1) {
            throw m.error("n", "Korsmeyer-Peppas n must be within (0, 1], got " + n);
        }
        return new KorsmeyerPeppas(m.positive("k", Unit.parse("h^-" + n)), n);
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
