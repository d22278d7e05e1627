package org.depotkin.analysis;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.release.Biexponential;
import org.depotkin.release.FirstOrder;
import org.depotkin.release.Higuchi;
import org.depotkin.release.HixsonCrowell;
import org.depotkin.release.KorsmeyerPeppas;
import org.depotkin.release.Parameter;
import org.depotkin.release.ReleaseLaw;
import org.depotkin.release.ReleaseLaws;
import org.depotkin.release.Weibull;
import org.depotkin.release.ZeroOrder;

/**
 * A release law of package {@code release} seen as a curve to fit: which of its parameters are free (named, with
 * units and made into the law by the law's own declaration, {@link ReleaseLaws.Kind}), their bounds, first guesses
 * from the data. The same law classes simulate and fit, so a fitted law means in a model file what it meant here.
 * Weibull is fitted without lag (held at 0); Korsmeyer–Peppas on the points up to 60 % released only (the range
 * where the power law holds, Ritger &amp; Peppas 1987).
 */
public enum LawFamily {
    ZERO_ORDER(ZeroOrder.NAME, "duration"),
    FIRST_ORDER(FirstOrder.NAME, "k"),
    HIGUCHI(Higuchi.NAME, "k"),
    KORSMEYER_PEPPAS(KorsmeyerPeppas.NAME, "k", "n"),
    WEIBULL(Weibull.NAME, "td", "beta"),
    BIEXPONENTIAL(Biexponential.NAME, "burst-fraction", "k-burst", "k-slow"),
    HIXSON_CROWELL(HixsonCrowell.NAME, "k");

    /** Korsmeyer–Peppas is fitted to the points up to this fraction released. */
    public static final double PEPPAS_LIMIT = 0.6;

    private static final double TINY = 1e-12;

    private final ReleaseLaws.Kind kind;
    /** The fitted parameters' keys, in the fit's order; the law's others are held at 0. */
    private final List<String> parameters;

    LawFamily(String lawName, String... fitted) {
        this.kind = ReleaseLaws.kind(lawName).orElseThrow();
        this.parameters = List.of(fitted);
    }

    /** The model-file name, e.g. {@code weibull}. */
    public String lawName() {
        return kind.name();
    }

    /** Parameter names as written in model files. */
    public List<String> parameters() {
        return parameters;
    }

    /** Units of the parameters (h, 1/h, h^-0.5, h^-n, 1), as the law declares them. */
    public List<String> units() {
        return parameters.stream().map(key -> declared(key).unit()).toList();
    }

    /** The law with these values of the fitted parameters (the others at 0). */
    public ReleaseLaw law(double[] p) {
        List<Parameter> all = kind.parameters();
        double[] values = new double[all.size()];
        for (int i = 0; i < values.length; i++) {
            int k = parameters.indexOf(all.get(i).key());
            values[i] = k >= 0 ? p[k] : 0;
        }
        return kind.make().apply(values);
    }

    private Parameter declared(String key) {
        return kind.parameters().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    /** Whether this law is fitted to the early part of the curve only. */
    public boolean earlyOnly() {
        return this == KORSMEYER_PEPPAS;
    }

    /** The family with this model-file name. */
    public static LawFamily of(String name) {
        for (LawFamily f : values()) {
            if (f.lawName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("--laws: unknown law '" + name + "'; fittable laws: "
                + String.join(", ", names()));
    }

    /** Model-file names of every fittable law. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (LawFamily f : values()) {
            out.add(f.lawName());
        }
        return out;
    }

    double[] lower() {
        return switch (this) {
            case KORSMEYER_PEPPAS -> new double[] {TINY, 0.05};
            case WEIBULL -> new double[] {TINY, 0.05};
            case BIEXPONENTIAL -> new double[] {0, TINY, TINY};
            default -> new double[] {TINY};
        };
    }

    double[] upper() {
        double inf = Double.POSITIVE_INFINITY;
        return switch (this) {
            case KORSMEYER_PEPPAS -> new double[] {inf, 1};
            case WEIBULL -> new double[] {inf, 20};
            case BIEXPONENTIAL -> new double[] {1, inf, inf};
            default -> new double[] {inf};
        };
    }

    /**
     * First guesses from the time t50 at which the mean curve reaches 50 % (linearly interpolated,
     * or extrapolated through the origin and the last point when it never does); several for the
     * laws with more than one parameter, the best fit of which is kept.
     */
    List<double[]> starts(double t50) {
        double ln2 = Math.log(2);
        return switch (this) {
            case ZERO_ORDER -> List.of(new double[] {2 * t50});
            case FIRST_ORDER -> List.of(new double[] {ln2 / t50});
            case HIGUCHI -> List.of(new double[] {0.5 / Math.sqrt(t50)});
            case HIXSON_CROWELL -> List.of(new double[] {(1 - Math.cbrt(0.5)) / t50});
            case KORSMEYER_PEPPAS -> List.of(new double[] {0.5 / Math.pow(t50, 0.5), 0.5},
                    new double[] {0.5 / Math.pow(t50, 0.85), 0.85}, new double[] {0.5 / Math.pow(t50, 0.25), 0.25});
            case WEIBULL -> List.of(new double[] {t50 / Math.pow(ln2, 1.0), 1}, new double[] {t50 / Math.pow(ln2, 1 / 0.6), 0.6},
                    new double[] {t50 / Math.pow(ln2, 1 / 2.0), 2});
            case BIEXPONENTIAL -> List.of(new double[] {0.3, 10 * ln2 / t50, 0.5 * ln2 / t50},
                    new double[] {0.5, 4 * ln2 / t50, 0.4 * ln2 / t50},
                    new double[] {0.15, 30 * ln2 / t50, 0.8 * ln2 / t50});
        };
    }
}
