package org.depotkin.io.yaml;

import static org.depotkin.io.yaml.YamlTestFiles.assertError;
import static org.depotkin.io.yaml.YamlTestFiles.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.depotkin.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlListTest {

    @TempDir
    Path dir;

    @Test
    void typedItems() {
        YamlList doses = load(dir, "doses: [50 mg, 0.1 g, -1 mg, 20 %, 3]\n").list("doses");
        assertEquals(5, doses.size());
        assertEquals(50, doses.positive(0, Unit.MG));
        assertEquals(100, doses.quantity(1, Unit.MG), 1e-12);
        assertEquals(0.2, doses.fraction(3), 1e-15);
        assertEquals(3, doses.integer(4));
        assertError(1, 23, "item 3 must be > 0, got -1 mg", () -> doses.positive(2, Unit.MG));
        assertError(1, 16, "item 2: expected a clearance (e.g. L/h), got 'g' (a mass)",
                () -> doses.quantity(1, Unit.L_PER_H));
    }

    @Test
    void blockListOfMaps() {
        YamlList steps = load(dir, """
                induction:
                  - dose: 25 mg
                    day: 1
                  - dose: 50 mg
                    dya: 2
                  - 100 mg
                """).list("induction");
        YamlMap first = steps.map(0);
        assertEquals(25, first.positive("dose", Unit.MG));
        first.integer("day");
        first.finish();
        YamlMap second = steps.map(1);
        second.positive("dose", Unit.MG);
        assertError(4, 5, "missing key 'day' (expected a whole number)", () -> second.integer("day"));
        assertError(5, 5, "unknown key 'dya'; did you mean 'day'? (known keys: dose, day)", second::finish);
        assertError(6, 5, "expected a map of keys, got '100 mg'", () -> steps.map(2));
        assertEquals("100 mg", steps.string(2));
        int n = 0;
        for (YamlNode ignored : steps) {
            n++;
        }
        assertEquals(3, n);
    }

    @Test
    void errorAtItem() {
        YamlList l = load(dir, "x:\n  - a\n  - b\n").list("x");
        assertEquals(3, l.error(1, "bad").location().line());
        assertEquals(2, l.location().line());
    }
}
