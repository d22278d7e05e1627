package org.depotkin.model.equations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The common models written once, as equations: a shorthand names a model and its parameters, and stands for
 * the equations below, with {@code {n}} its name and {@code {C}} the concentration that drives it. Its parameters
 * are named {@code <name>.<parameter>} ({@code biomarker.kin}), so that they never clash with other names and
 * other equations can use them; a PD model may be driven by another ({@code driver: Cu}). Sources: Michaelis–Menten,
 * unbound fraction, effect compartment and Emax models, Gabrielsson &amp; Weiner,
 * Pharmacokinetic and Pharmacodynamic Data Analysis, ch. 2-3; indirect response models I–IV, Dayneka, Garg &amp;
 * Jusko, J Pharmacokinet Biopharm 21:457 (1993).
 */
public enum Shorthand {
    /** Saturable elimination from the central compartment, beside the linear CL: Vmax·C/(Km + C) (mass per time). */
    MICHAELIS_MENTEN("michaelis-menten", List.of("Vmax", "Km"),
            "d/dt({n}.central) += -{n}.Vmax * {C} / ({n}.Km + {C})"),
    /** The unbound concentration Cu = fu·C. */
    UNBOUND("unbound", List.of("fu"),
            "{n} = {n}.fu * {C}", "output {n} = {n}"),
    /** An effect compartment: dCe/dt = ke0·(C − Ce), Ce(0) = 0, in the unit of C. */
    EFFECT_COMPARTMENT("effect-compartment", List.of("ke0"),
            "{n}(0) = 0", "d/dt({n}) = {n}.ke0 * ({C} - {n})", "output {n} = {n}"),
    /** E = Emax·C/(EC50 + C). */
    EMAX("emax", List.of("Emax", "EC50"),
            "{n} = {n}.Emax * {C} / ({n}.EC50 + {C})", "output {n} = {n}"),
    /** E = Emax·(C/EC50)^γ / (1 + (C/EC50)^γ), Hill coefficient γ. */
    SIGMOID_EMAX("sigmoid-emax", List.of("Emax", "EC50", "gamma"),
            "{n} = {n}.Emax * ({C} / {n}.EC50)^{n}.gamma / (1 + ({C} / {n}.EC50)^{n}.gamma)", "output {n} = {n}"),
    /** Type I, inhibited production: dR/dt = kin·(1 − Imax·C/(IC50 + C)) − kout·R, R(0) = kin/kout. */
    INDIRECT_RESPONSE_1("indirect-response-1", List.of("kin", "kout", "Imax", "IC50"),
            "{n}(0) = {n}.kin / {n}.kout",
            "d/dt({n}) = {n}.kin * (1 - {n}.Imax * {C} / ({n}.IC50 + {C})) - {n}.kout * {n}", "output {n} = {n}"),
    /** Type II, inhibited loss: dR/dt = kin − kout·(1 − Imax·C/(IC50 + C))·R. */
    INDIRECT_RESPONSE_2("indirect-response-2", List.of("kin", "kout", "Imax", "IC50"),
            "{n}(0) = {n}.kin / {n}.kout",
            "d/dt({n}) = {n}.kin - {n}.kout * (1 - {n}.Imax * {C} / ({n}.IC50 + {C})) * {n}", "output {n} = {n}"),
    /** Type III, stimulated production: dR/dt = kin·(1 + Emax·C/(EC50 + C)) − kout·R. */
    INDIRECT_RESPONSE_3("indirect-response-3", List.of("kin", "kout", "Emax", "EC50"),
            "{n}(0) = {n}.kin / {n}.kout",
            "d/dt({n}) = {n}.kin * (1 + {n}.Emax * {C} / ({n}.EC50 + {C})) - {n}.kout * {n}", "output {n} = {n}"),
    /** Type IV, stimulated loss: dR/dt = kin − kout·(1 + Emax·C/(EC50 + C))·R. */
    INDIRECT_RESPONSE_4("indirect-response-4", List.of("kin", "kout", "Emax", "EC50"),
            "{n}(0) = {n}.kin / {n}.kout",
            "d/dt({n}) = {n}.kin - {n}.kout * (1 + {n}.Emax * {C} / ({n}.EC50 + {C})) * {n}", "output {n} = {n}");

    private final String key;
    private final List<String> parameters;
    private final List<String> lines;

    Shorthand(String key, List<String> parameters, String... lines) {
        this.key = key;
        this.parameters = parameters;
        this.lines = List.of(lines);
    }

    /** As written in a model file, e.g. {@code indirect-response-1}. */
    public String key() {
        return key;
    }

    /** The parameters it needs, each written under the shorthand with its unit. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * The equations it stands for.
     *
     * @param name   the item's name (an analyte's for Michaelis–Menten)
     * @param driver the expression of the concentration that drives it, e.g. {@code naltrexone}
     */
    public List<String> lines(String name, String driver) {
        String n = name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : "`" + name + "`";
        return lines.stream().map(l -> l.replace("{n}", n).replace("{C}", "(" + driver + ")")).toList();
    }

    /** The PD models (all but Michaelis–Menten), by key. */
    public static List<String> pdKeys() {
        return Arrays.stream(values()).filter(s -> s != MICHAELIS_MENTEN).map(Shorthand::key).toList();
    }

    public static Optional<Shorthand> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
