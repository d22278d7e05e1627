package org.depotkin.io;

import java.util.ArrayList;
import java.util.List;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.io.yaml.YamlNode;
import org.depotkin.io.yaml.YamlScalar;
import org.depotkin.model.Analyte;
import org.depotkin.model.Quantity;
import org.depotkin.model.equations.EquationException;
import org.depotkin.model.equations.Equations;

/**
 * Reads a compound's {@code equations:} block: {@code parameters:} (each a number with its unit, optionally
 * {@code {value: ..., source: ...}}) and {@code model:}, a list of equations, one per item (docs/equations.md).
 * The equations are parsed and their units checked here, at load; a mistake is reported at its file:line:column.
 */
final class EquationsReader {
    private EquationsReader() {
    }

    static Equations read(YamlMap block, List<Analyte> analytes) {
        List<Equations.Parameter> parameters = new ArrayList<>();
        YamlMap p = block.optMap("parameters").orElse(null);
        List<String> names = p == null ? List.of() : p.keys();
        for (String name : names) {
            Quantity q = p.anyQuantity(name);
            p.source(name);
            parameters.add(new Equations.Parameter(name, q.value() * q.unit().factor(), q.unit()));
        }
        YamlList model = block.list("model");
        List<String> lines = new ArrayList<>();
        List<YamlScalar> scalars = new ArrayList<>();
        for (YamlNode item : model) {
            if (!(item instanceof YamlScalar s) || s.isEmpty()) {
                throw item.error("expected an equation such as 'C = naltrexone' or 'd/dt(R) = kin - kout * R', got "
                        + item.describe() + (item instanceof YamlMap ? " (an equation holding ': ' must be quoted)" : ""));
            }
            lines.add(s.text());
            scalars.add(s);
        }
        block.optString("description");
        block.finish();
        try {
            return Equations.check(lines, parameters, analytes);
        } catch (EquationException e) {
            if (e.inParameter()) {
                throw new ModelFileException(p.keyLocation(names.get(e.line())), e.getMessage());
            }
            throw new ModelFileException(scalars.get(e.line()).locate(e.offset()), e.getMessage());
        }
    }
}
