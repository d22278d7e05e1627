package org.depotkin.io.yaml;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.depotkin.model.Unit;

/**
 * A YAML sequence with its location. Typed accessors take a 0-based index; messages call the
 * elements "item 1", "item 2", … as a reader counts them.
 */
public final class YamlList implements YamlNode, Iterable<YamlNode> {

    private final Location location;
    private final List<YamlNode> items;

    YamlList(Location location, List<YamlNode> items) {
        this.location = location;
        this.items = List.copyOf(items);
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String describe() {
        return "a list";
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The i-th node (0-based). */
    public YamlNode get(int i) {
        return items.get(i);
    }

    /** The nodes, unmodifiable. */
    public List<YamlNode> nodes() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public Iterator<YamlNode> iterator() {
        return items.iterator();
    }

    public YamlMap map(int i) {
        return Values.map(get(i));
    }

    public YamlList list(int i) {
        return Values.list(get(i));
    }

    public String string(int i) {
        return Values.string(get(i));
    }

    public double quantity(int i, Unit target) {
        return Values.quantity(get(i), label(i), target, null).value();
    }

    public double quantity(int i, Unit target, double molarMassGPerMol) {
        return Values.quantity(get(i), label(i), target, molarMassGPerMol).value();
    }

    public double positive(int i, Unit target) {
        return Values.positive(get(i), label(i), target);
    }

    public double nonNegative(int i, Unit target) {
        return Values.nonNegative(get(i), label(i), target);
    }

    public double fraction(int i) {
        return Values.fraction(get(i), label(i));
    }

    public int integer(int i) {
        return Values.integer(get(i), label(i));
    }

    /** An error located at the i-th item. */
    public ModelFileException error(int i, String message) {
        return get(i).error(message);
    }

    private static String label(int i) {
        return "item " + (i + 1);
    }
}
