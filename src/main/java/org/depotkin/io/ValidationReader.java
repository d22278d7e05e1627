package org.depotkin.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depotkin.analysis.validation.Measure;
import org.depotkin.analysis.validation.Target;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlDocument;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.model.Administration;
import org.depotkin.model.Quantity;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.Schedule;
import org.depotkin.model.Unit;

/**
 * Reads a qualification file ({@code models/validation/naltrexone.yaml}): {@code validation:} (its name),
 * {@code description:}, {@code models:} (the folder of the scenarios and of {@code compounds/}, relative to the
 * file) and {@code targets:}, each with {@code id}, {@code source}, {@code scenario}
 * (a scenario file in that folder; optional {@code dose:} makes it one dose of that
 * amount at 0 h, optional {@code duration:} sets its span), {@code measure}, {@code observed} (with its
 * unit), the allowed range as {@code ratio: [lo, hi]} (predicted / observed) or {@code range: [lo, hi]}
 * (in a unit of the measure), {@code strength: solid|indicative} and an optional {@code note}.
 */
public final class ValidationReader {
    /** The measure kinds, each the one key of a {@code measure:} map that names it. */
    static final List<String> MEASURES = List.of("peak", "peak-time", "value", "half-life", "half-time", "lasts",
            "level-when-lost", "washout", "auc-ratio", "felt-dose-ratio");

    private ValidationReader() {
    }

    /**
     * A read qualification file.
     *
     * @param models  the folder of its scenarios and of {@code compounds/}
     * @param targets in file order
     */
    public record Qualification(Path models, List<Target> targets) {
    }

    /** Reads a qualification file. */
    public static Qualification read(Path file) {
        YamlMap m = YamlDocument.load(file);
        m.string("validation");
        m.optString("description");
        Path dir = file.toAbsolutePath().getParent().resolve(m.string("models")).normalize();
        Map<String, Scenario> scenarios = new HashMap<>();
        YamlList list = m.list("targets");
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            targets.add(target(list.map(i), dir, scenarios));
        }
        m.finish();
        return new Qualification(dir, List.copyOf(targets));
    }

    private static Target target(YamlMap t, Path dir, Map<String, Scenario> scenarios) {
        String id = t.string("id");
        String source = t.string("source");
        Scenario s = scenario(t, dir, scenarios);
        Measure measure = measure(t.map("measure"), dir, scenarios);
        Quantity observed = Quantity.parse(t.string("observed"));
        double low;
        double high;
        if (t.has("ratio")) {
            YamlList r = t.list("ratio");
            low = r.positive(0, Unit.ONE) * observed.value();
            high = r.positive(1, Unit.ONE) * observed.value();
        } else {
            YamlList r = t.list("range");
            low = r.quantity(0, observed.unit());
            high = r.quantity(1, observed.unit());
        }
        Target.Strength strength = Target.Strength.valueOf(
                t.choice("strength", List.of("solid", "indicative")).toUpperCase(java.util.Locale.ROOT));
        String note = t.optString("note").orElse("");
        t.finish();
        try {
            return new Target(id, source, s, measure, observed, low, high, strength, note);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(t.location(), e.getMessage());
        }
    }

    /** The scenario file, as one dose of {@code dose:} at 0 h when given, over {@code duration:} when given. */
    private static Scenario scenario(YamlMap t, Path dir, Map<String, Scenario> cache) {
        String file = t.string("scenario");
        var dose = t.optPositive("dose", Unit.MG);
        var duration = t.optPositive("duration", Unit.H);
        String key = file + "|" + dose + "|" + duration;
        Scenario cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Scenario s = ModelFiles.scenario(dir.resolve(file));
        if (dose.isPresent()) {
            if (s.administrations().size() != 1) {
                throw t.error("dose", "'dose' needs a scenario with one formulation, " + file + " has "
                        + s.administrations().size());
            }
            Administration a = new Administration(s.administrations().get(0).formulation(),
                    new Regimen(List.of(new Schedule.Single(0, dose.getAsDouble()))));
            s = new Scenario(s.name() + "-" + org.depotkin.model.Format.number(dose.getAsDouble()) + "mg-once",
                    s.description(), s.compound(), List.of(a), s.criteria(), s.duration(), s.outputStep(), s.solver());
        }
        if (duration.isPresent()) {
            s = s.with(duration.getAsDouble(), Math.min(s.outputStep(), duration.getAsDouble()), s.solver());
        }
        cache.put(key, s);
        return s;
    }

    private static Measure measure(YamlMap m, Path dir, Map<String, Scenario> scenarios) {
        List<String> kinds = MEASURES.stream().filter(m::has).toList();
        if (kinds.size() != 1) {
            throw new ModelFileException(m.location(), "a measure names exactly one of " + String.join(", ", MEASURES)
                    + ", got " + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
        }
        String kind = kinds.get(0);
        Measure measure;
        try {
            measure = switch (kind) {
                case "peak", "peak-time" -> new Measure.Peak(m.string(kind), m.nonNegative("from", Unit.H),
                        m.positive("to", Unit.H), kind.equals("peak-time"));
                case "value" -> new Measure.ValueAt(m.string(kind), m.nonNegative("at", Unit.H));
                case "half-life" -> new Measure.HalfLife(m.string(kind), m.nonNegative("from", Unit.H),
                        m.positive("to", Unit.H));
                case "half-time" -> new Measure.HalfTime(m.string(kind), m.positive("peak-by", Unit.H));
                case "lasts" -> new Measure.Lasts(CriterionParser.parse(m.string(kind)));
                case "level-when-lost" -> new Measure.LevelWhenLost(m.string(kind), CriterionParser.parse(m.string("of")));
                case "washout" -> new Measure.WashoutTime(CriterionParser.parseChallenge(m.string(kind)),
                        m.fraction("margin"));
                case "auc-ratio" -> new Measure.AucRatio(m.string(kind), m.nonNegative("from", Unit.H),
                        m.positive("to", Unit.H), scenario(m, dir, scenarios));
                case "felt-dose-ratio" -> new Measure.FeltDoseRatio(CriterionParser.parseChallenge(m.string(kind)),
                        CriterionParser.parseChallenge(m.string("over")));
                default -> throw new IllegalStateException(kind);
            };
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
        m.finish();
        return measure;
    }
}
