package org.depotkin.io.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.depotkin.model.Names;
import org.depotkin.model.Quantity;
import org.depotkin.model.Unit;

/**
 * A YAML mapping that remembers where each key and value is, and which keys the loader asked for.
 *
 * <p>Every accessor records its key as <em>known</em>, whether or not the key is present; after
 * reading a section the loader calls {@link #finish()}, which rejects the first key in the file
 * that nobody asked for ("unknown key 'CLL'; did you mean 'CL'?"). Required accessors throw
 * "missing key …" located at this map; value errors are located at the value.
 *
 * <p>Not thread-safe: the set of known keys changes as the loader reads.
 *
 * <p>Numbers may also be written as a documented map, {@code {value: 140 L/h, source: "…"}}; see
 * {@link #source(String)}.
 */
public final class YamlMap implements YamlNode {

    private record Entry(Location keyLocation, YamlNode value) {
    }

    private final Location location;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    YamlMap(Location location) {
        this.location = location;
    }

    /** Adds an entry while parsing; a key given twice is an error at the second one. */
    void put(String key, Location keyLocation, YamlNode value) {
        Entry first = entries.get(key);
        if (first != null) {
            throw duplicate(key, keyLocation);
        }
        entries.put(key, new Entry(keyLocation, value));
    }

    /** The error for a key given twice, pointing back at the first occurrence. */
    ModelFileException duplicate(String key, Location keyLocation) {
        Location first = entries.get(key).keyLocation();
        return new ModelFileException(keyLocation, "duplicate key '" + key + "' (first given at line "
                + first.line() + ", column " + first.column() + ")");
    }

    boolean contains(String key) {
        return entries.containsKey(key);
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String describe() {
        return "a map";
    }

    /** The keys in file order (does not mark them known). */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    // ---- presence and raw nodes ----

    /** Whether the key is present (even with an empty value). */
    public boolean has(String key) {
        known.add(key);
        return entries.containsKey(key);
    }

    /** The value node of a required key. */
    public YamlNode node(String key) {
        return require(key, null);
    }

    /** The value node of an optional key. */
    public Optional<YamlNode> optNode(String key) {
        return has(key) ? Optional.of(entries.get(key).value()) : Optional.empty();
    }

    // ---- text ----

    public String string(String key) {
        return Values.string(require(key, "a text value"));
    }

    public Optional<String> optString(String key) {
        return optNode(key).map(Values::string);
    }

    /** One of {@code allowed}; a typo gets "unknown value 'weibul' for 'law'; did you mean 'weibull'?". */
    public String choice(String key, Collection<String> allowed) {
        return Values.choice(require(key, "one of: " + String.join(", ", allowed)), quote(key), allowed);
    }

    public Optional<String> optChoice(String key, Collection<String> allowed) {
        return optNode(key).map(n -> Values.choice(n, quote(key), allowed));
    }

    /**
     * The {@code source} of a number written as {@code {value: …, source: …}}; empty when the
     * number is written plainly or the key is absent.
     */
    public Optional<String> source(String key) {
        known.add(key);
        Entry e = entries.get(key);
        if (e != null && e.value() instanceof YamlMap m && m.contains("value")) {
            return m.optString("source");
        }
        return Optional.empty();
    }

    // ---- quantities ----

    /** A required quantity converted to {@code target}; a bare number only if the target is dimensionless. */
    public double quantity(String key, Unit target) {
        return Values.quantity(require(key, Values.expectation(target)), quote(key), target, null).value();
    }

    /** A required quantity converted to {@code target}, converting mol ⇄ mass with the molar mass (g/mol). */
    public double quantity(String key, Unit target, double molarMassGPerMol) {
        return Values.quantity(require(key, Values.expectation(target)), quote(key), target, molarMassGPerMol).value();
    }

    public OptionalDouble optQuantity(String key, Unit target) {
        return opt(key, n -> Values.quantity(n, quote(key), target, null).value());
    }

    public OptionalDouble optQuantity(String key, Unit target, double molarMassGPerMol) {
        return opt(key, n -> Values.quantity(n, quote(key), target, molarMassGPerMol).value());
    }

    /** A required number in whatever unit it is written (e.g. a parameter of an equations block). */
    public Quantity anyQuantity(String key) {
        return Values.anyQuantity(require(key, "a number with its unit"), quote(key));
    }

    /** A required quantity that must be &gt; 0 ("'V' must be > 0, got -3 L"). */
    public double positive(String key, Unit target) {
        return Values.positive(require(key, Values.expectation(target)), quote(key), target);
    }

    public OptionalDouble optPositive(String key, Unit target) {
        return opt(key, n -> Values.positive(n, quote(key), target));
    }

    /** A required quantity that must be &ge; 0. */
    public double nonNegative(String key, Unit target) {
        return Values.nonNegative(require(key, Values.expectation(target)), quote(key), target);
    }

    public OptionalDouble optNonNegative(String key, Unit target) {
        return opt(key, n -> Values.nonNegative(n, quote(key), target));
    }

    /** A required fraction in [0, 1], written {@code 0.2} or {@code 20 %}. */
    public double fraction(String key) {
        return Values.fraction(require(key, Values.FRACTION_EXPECTATION), quote(key));
    }

    public OptionalDouble optFraction(String key) {
        return opt(key, n -> Values.fraction(n, quote(key)));
    }

    // ---- integers and booleans ----

    public int integer(String key) {
        return Values.integer(require(key, "a whole number"), quote(key));
    }

    public OptionalInt optInteger(String key) {
        return has(key) ? OptionalInt.of(Values.integer(entries.get(key).value(), quote(key))) : OptionalInt.empty();
    }

    /** A required whole number &ge; 1. */
    public int positiveInteger(String key) {
        return Values.positiveInteger(require(key, "a whole number >= 1"), quote(key));
    }

    /** {@code true}/{@code false} (also yes/no, on/off). */
    public Optional<Boolean> optBoolean(String key) {
        return optNode(key).map(n -> Values.bool(n, quote(key)));
    }

    // ---- sections ----

    public YamlMap map(String key) {
        return Values.map(require(key, "a map of keys"));
    }

    public Optional<YamlMap> optMap(String key) {
        return optNode(key).map(Values::map);
    }

    public YamlList list(String key) {
        return Values.list(require(key, "a list"));
    }

    public Optional<YamlList> optList(String key) {
        return optNode(key).map(Values::list);
    }

    // ---- locations and errors ----

    /** Where the key is written; this map's location when the key is absent. */
    public Location keyLocation(String key) {
        Entry e = entries.get(key);
        return e == null ? location : e.keyLocation();
    }

    /** Where the key's value is written; this map's location when the key is absent. */
    public Location valueLocation(String key) {
        Entry e = entries.get(key);
        return e == null ? location : e.value().location();
    }

    /** An error located at the key's value (or at this map when the key is absent). */
    public ModelFileException error(String key, String message) {
        return new ModelFileException(valueLocation(key), message);
    }

    /**
     * Rejects the first key, in file order, that no accessor asked for:
     * "unknown key 'CLL'; did you mean 'CL'? (known keys: CL, V, Q, V2)".
     */
    public void finish() {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String key = e.getKey();
            if (!known.contains(key)) {
                String knownKeys = known.isEmpty() ? " (no keys are expected here)"
                        : " (known keys: " + String.join(", ", known) + ")";
                throw new ModelFileException(e.getValue().keyLocation(),
                        "unknown key '" + key + "'" + Names.didYouMean(key, known) + knownKeys);
            }
        }
    }

    // ---- helpers ----

    private YamlNode require(String key, String expectation) {
        known.add(key);
        Entry e = entries.get(key);
        if (e == null) {
            String expected = expectation == null ? "" : " (expected " + expectation + ")";
            // a present key that was never asked for and is one edit per three letters away is a typo of this one
            List<String> strangers = entries.keySet().stream().filter(k -> !known.contains(k) && key.length() > 1
                    && Names.levenshtein(k.toLowerCase(), key.toLowerCase()) <= Math.max(1, key.length() / 3)).toList();
            Optional<String> typo = Names.nearest(key, strangers);
            if (typo.isPresent()) {
                throw new ModelFileException(entries.get(typo.get()).keyLocation(), "unknown key '" + typo.get()
                        + "'; did you mean '" + key + "'? ('" + key + "' is missing" + expected + ")");
            }
            throw new ModelFileException(location, "missing key '" + key + "'" + expected);
        }
        return e.value();
    }

    private OptionalDouble opt(String key, Function<YamlNode, Double> read) {
        return has(key) ? OptionalDouble.of(read.apply(entries.get(key).value())) : OptionalDouble.empty();
    }

    private static String quote(String key) {
        return "'" + key + "'";
    }
}
