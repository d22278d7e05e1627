package org.depotkin.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.io.yaml.YamlNode;
import org.depotkin.io.yaml.YamlScalar;
import org.depotkin.model.Analyte;
import org.depotkin.model.Quantity;
import org.depotkin.model.equations.EquationException;
import org.depotkin.model.equations.Equations;
import org.depotkin.model.equations.Shorthand;

/**
 * Reads a compound's equations: the {@code equations:} block — {@code parameters:} (each a number with its unit,
 * optionally {@code {value: ..., source: ...}}), {@code model:} (a list of equations, one per item) and
 * {@code pd:} (a list of {@link Shorthand} PD models) — and the analytes' {@code michaelis-menten:} shorthands
 * (docs/equations.md). Everything is parsed and its units checked here, at load; a mistake is reported at its
 * file:line:column, a mistake in what a shorthand stands for at the shorthand.
 */
final class EquationsReader {
    private final List<Equations.Parameter> parameters = new ArrayList<>();
    private final List<Location> parameterAt = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    /** Each line's scalar, null for a line a shorthand stands for. */
    private final List<YamlScalar> scalars = new ArrayList<>();
    /** For a line a shorthand stands for: where the shorthand is written and what it is. */
    private final List<Location> shorthandAt = new ArrayList<>();
    private final List<String> shorthandLabel = new ArrayList<>();

    /** A shorthand on an analyte, {@code michaelis-menten: {Vmax: ..., Km: ...}}, for the equations. */
    void analyteShorthand(String analyte, YamlMap m) {
        shorthand(Shorthand.MICHAELIS_MENTEN, analyte, analyte, m, "analyte " + analyte + "'s michaelis-menten");
    }

    /** The compound's equations from its {@code equations:} block (absent: null) and the shorthands read so far. */
    Equations read(YamlMap block, List<Analyte> analytes) {
        if (block != null) {
            block(block, analytes);
        }
        if (lines.isEmpty()) {
            return Equations.NONE;
        }
        try {
            return Equations.check(lines, parameters, analytes);
        } catch (EquationException e) {
            if (e.inParameter()) {
                throw new ModelFileException(parameterAt.get(e.line()), e.getMessage());
            }
            YamlScalar s = scalars.get(e.line());
            if (s != null) {
                throw new ModelFileException(s.locate(e.offset()), e.getMessage());
            }
            throw new ModelFileException(shorthandAt.get(e.line()), shorthandLabel.get(e.line()) + ": "
                    + e.getMessage() + " (in '" + lines.get(e.line()) + "')");
        }
    }

    private void block(YamlMap block, List<Analyte> analytes) {
        YamlMap p = block.optMap("parameters").orElse(null);
        for (String name : p == null ? List.<String>of() : p.keys()) {
            parameter(name, p.anyQuantity(name), p.keyLocation(name));
            p.source(name);
        }
        Optional<YamlList> model = block.optList("model");
        model.ifPresent(list -> {
            for (YamlNode item : list) {
                if (!(item instanceof YamlScalar s) || s.isEmpty()) {
                    throw item.error("expected an equation such as 'C = naltrexone' or 'd/dt(R) = kin - kout * R', "
                            + "got " + item.describe() + (item instanceof YamlMap ? " (an equation holding ': ' must "
                            + "be quoted)" : ""));
                }
                line(s.text(), s, null, null);
            }
        });
        Optional<YamlList> pd = block.optList("pd");
        pd.ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                YamlMap item = list.map(i);
                String name = item.string("name");
                Shorthand s = Shorthand.of(item.choice("model", Shorthand.pdKeys())).orElseThrow();
                String driver = item.optString("driver").orElse(analytes.get(0).name());
                item.optString("source");
                shorthand(s, name, driver, item, "pd '" + name + "' (" + s.key() + ")");
            }
        });
        if (model.isEmpty() && pd.isEmpty()) {
            block.list("model");
        }
        block.optString("description");
        block.finish();
    }

    private void shorthand(Shorthand s, String name, String driver, YamlMap m, String label) {
        for (String p : s.parameters()) {
            parameter(name + "." + p, m.anyQuantity(p), m.valueLocation(p));
            m.source(p);
        }
        m.finish();
        for (String line : s.lines(name, driver)) {
            line(line, null, m.location(), label);
        }
    }

    private void parameter(String name, Quantity q, Location at) {
        if (!Double.isFinite(q.value() * q.unit().factor())) {
            throw new ModelFileException(at, "'" + q.text() + "' is out of range after unit conversion");
        }
        parameters.add(new Equations.Parameter(name, q.value() * q.unit().factor(), q.unit()));
        parameterAt.add(at);
    }

    private void line(String text, YamlScalar scalar, Location at, String label) {
        lines.add(text);
        scalars.add(scalar);
        shorthandAt.add(at);
        shorthandLabel.add(label);
    }
}
