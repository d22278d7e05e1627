package org.depotkin.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.depotkin.io.yaml.Location;
import org.depotkin.io.yaml.ModelFileException;
import org.depotkin.io.yaml.YamlDocument;
import org.depotkin.io.yaml.YamlList;
import org.depotkin.io.yaml.YamlMap;
import org.depotkin.io.yaml.YamlNode;
import org.depotkin.io.yaml.YamlScalar;
import org.depotkin.model.Administration;
import org.depotkin.model.Agonist;
import org.depotkin.model.Compound;
import org.depotkin.model.Criterion;
import org.depotkin.model.Formulation;
import org.depotkin.model.Limits;
import org.depotkin.model.Names;
import org.depotkin.model.ParameterSpace;
import org.depotkin.model.Population;
import org.depotkin.model.Regimen;
import org.depotkin.model.Scenario;
import org.depotkin.model.SolverSettings;
import org.depotkin.model.Unit;
import org.depotkin.release.FailureMode;

/**
 * Loads model files (YAML). A file's first key says what it is: {@code scenario}, {@code compound},
 * {@code formulation}, {@code regimen} or {@code criterion}. A scenario names its building blocks
 * by path (relative to the scenario file) or writes them inline. Every quantity carries a unit and
 * is converted here, once, to h, mg, L and ng/mL. Any problem is a {@link ModelFileException} whose
 * message is one line, {@code file:line:column: what is wrong and what was expected}.
 */
public final class ModelFiles {
    /** The kinds of model file, by first key. */
    public static final List<String> KINDS = List.of("scenario", "compound", "formulation", "regimen", "criterion");

    private ModelFiles() {
    }

    /** What kind of model file this is (its first key). */
    public static String kind(Path file) {
        return kindOf(YamlDocument.load(file));
    }

    /** Loads a scenario file. */
    public static Scenario scenario(Path file) {
        YamlMap m = YamlDocument.load(file);
        expectKind(m, "scenario", file);
        return scenario(m, file);
    }

    /** Loads a compound file. */
    public static Compound compound(Path file) {
        YamlMap m = YamlDocument.load(file);
        expectKind(m, "compound", file);
        return CompoundReader.read(m);
    }

    /** Loads an agonist compound file (a compound with agonist binding and, once calibrated, a response). */
    public static Agonist agonist(Path file) {
        YamlMap m = YamlDocument.load(file);
        expectKind(m, "compound", file);
        return CompoundReader.agonist(m, name -> agonist(file.toAbsolutePath().getParent().resolve(name + ".yaml")));
    }

    /**
     * The agonist a challenge names, from {@code compounds/<name>.yaml} in {@code modelsDir}.
     *
     * @throws IllegalArgumentException when there is no such file
     */
    public static Agonist agonist(Path modelsDir, String name) {
        Path file = agonistFile(modelsDir, name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("challenge agonist '" + name + "': no compound file " + file
                    + " (agonists are compounds/<name>.yaml beside the scenarios)");
        }
        return agonist(file);
    }

    /** Where the agonist a challenge names is read from. */
    public static Path agonistFile(Path modelsDir, String name) {
        return modelsDir.resolve("compounds").resolve(name + ".yaml");
    }

    /** The {@code description:} of any model file (empty when it has none). */
    public static String description(Path file) {
        YamlMap m = YamlDocument.load(file);
        kindOf(m);
        return m.optString("description").orElse("");
    }

    /** SHA-256 of a file's bytes, hex, for output headers. */
    public static String hash(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unavailable";
        }
    }

    private static String kindOf(YamlMap m) {
        for (String k : KINDS) {
            if (m.has(k)) {
                return k;
            }
        }
        throw new ModelFileException(m.location(), "not a depotkin model file: expected a first key among " + KINDS);
    }

    private static void expectKind(YamlMap m, String expected, Path file) {
        String kind = kindOf(m);
        if (!kind.equals(expected)) {
            throw new ModelFileException(m.keyLocation(kind), "this is a " + kind + " file; expected a " + expected
                    + " file" + (expected.equals("scenario") ? " (scenarios sit at the top of models/)" : ""));
        }
    }

    private static Scenario scenario(YamlMap m, Path file) {
        String name = m.string("scenario");
        String description = m.optString("description").orElse(name);
        m.optString("source");
        Path dir = file.toAbsolutePath().getParent();
        Compound compound = part(m, "compound", dir, CompoundReader::read);
        String own = file.getFileName().toString();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("scenario", own);
        files.put("compound", fileOf(m, "compound", own));
        List<FailureMode> failures = m.optMap("failure").map(ReleaseReader::failures).orElse(List.of());
        List<Administration> administrations = new ArrayList<>();
        if (m.has("dosing")) {
            YamlList list = m.list("dosing");
            for (int i = 0; i < list.size(); i++) {
                YamlMap d = list.map(i);
                administrations.add(administration(d, dir, failures));
                files.put("formulation." + i, fileOf(d, "formulation", own));
                d.finish();
            }
            m.optString("formulation");
            m.optString("regimen");
        } else {
            administrations.add(administration(m, dir, failures));
            files.put("formulation.0", fileOf(m, "formulation", own));
        }
        List<Criterion> criteria = new ArrayList<>();
        m.optList("criteria").ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                Criterion c = criterion(list.get(i), dir);
                try {
                    Scenario.check(compound, c);
                } catch (IllegalArgumentException e) {
                    throw new ModelFileException(list.get(i).location(), e.getMessage());
                }
                criteria.add(c);
            }
        });
        double duration = m.positive("duration", Unit.H);
        double step = m.optPositive("output-step", Unit.H).orElse(1.0);
        try {
            Limits.grid("duration", duration, "output-step", step);
        } catch (IllegalArgumentException e) {
            boolean span = duration > Limits.MAX_DURATION_H || duration < Limits.MIN_DURATION_H;
            throw new ModelFileException(m.valueLocation(span || !m.has("output-step") ? "duration" : "output-step"),
                    e.getMessage());
        }
        Population population = m.optMap("population").map(PopulationReader::read).orElse(null);
        SolverSettings solver = m.optMap("solver").map(s -> {
            SolverSettings out = new SolverSettings(s.positive("rel-tol", Unit.ONE),
                    s.positive("abs-tol", Unit.ONE));
            s.finish();
            return out;
        }).orElse(SolverSettings.DEFAULT);
        m.finish();
        Scenario out;
        try {
            out = new Scenario(name, description, compound, administrations, criteria, duration, step, solver,
                    population, files);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.location(), e.getMessage());
        }
        if (population != null) {
            List<String> known = ParameterSpace.of(out).names();
            YamlMap variability = m.map("population").optMap("variability").orElse(null);
            for (Population.Eta eta : population.etas()) {
                if (!known.contains(eta.parameter())) {
                    throw new ModelFileException(variability.keyLocation(eta.parameter()), "scenario " + name
                            + " has no parameter '" + eta.parameter() + "'" + Names.didYouMean(eta.parameter(), known)
                            + " (it has: " + String.join(", ", known) + ")");
                }
            }
        }
        return out;
    }

    private static Administration administration(YamlMap m, Path dir, List<FailureMode> failures) {
        Formulation f = part(m, "formulation", dir, x -> FormulationReader.read(x, failures));
        Regimen r = part(m, "regimen", dir, RegimenReader::read);
        try {
            Limits.regimen(r);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(m.node("regimen").location(), e.getMessage());
        }
        return new Administration(f, r);
    }

    private static Criterion criterion(YamlNode node, Path dir) {
        if (!(node instanceof YamlScalar s)) {
            throw new ModelFileException(node.location(), "expected a criterion such as 'naltrexone >= 2 ng/mL' "
                    + "or the path of a criterion file");
        }
        if (s.text().endsWith(".yaml") || s.text().endsWith(".yml")) {
            YamlMap c = load(reference(dir, s), s.location(), "criterion");
            c.optString("criterion");
            c.optString("description");
            c.optString("source");
            String text = c.string("text");
            Location at = c.valueLocation("text");
            c.finish();
            return parseCriterion(text, at);
        }
        Criterion c = parseCriterion(s.text(), s.location());
        if (c instanceof Criterion.Challenge ch && !Files.isRegularFile(agonistFile(dir, ch.agonist()))) {
            throw new ModelFileException(s.location(), "challenge agonist '" + ch.agonist() + "': no compound file "
                    + agonistFile(dir, ch.agonist()) + " (agonists are compounds/<name>.yaml beside the scenarios)");
        }
        if (c instanceof Criterion.Challenge ch) {
            try {
                agonist(agonistFile(dir, ch.agonist())).formulation(ch.route());
            } catch (IllegalArgumentException e) {
                throw new ModelFileException(s.location(), "challenge '" + ch.challenge() + "': " + e.getMessage());
            }
        }
        return c;
    }

    private static Criterion parseCriterion(String text, Location at) {
        try {
            return CriterionParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(at, e.getMessage());
        }
    }

    /** The file a building block was read from: the path the scenario gives, or the scenario's own when inline. */
    private static String fileOf(YamlMap m, String key, String scenarioFile) {
        return m.node(key) instanceof YamlScalar s ? s.text() : scenarioFile;
    }

    /** A building block given by path (relative to the referring file) or inline. */
    private static <T> T part(YamlMap m, String key, Path dir, Function<YamlMap, T> reader) {
        YamlNode node = m.node(key);
        if (node instanceof YamlMap inline) {
            return reader.apply(inline);
        }
        if (node instanceof YamlScalar s) {
            YamlMap loaded = load(reference(dir, s), s.location(), key);
            return reader.apply(loaded);
        }
        throw new ModelFileException(node.location(), "'" + key + "' must be the path of a " + key
                + " file or an inline " + key);
    }

    /**
     * The file a scenario names. A relative path must stay inside the scenario's folder tree: one that climbs
     * out of it ({@code ../../etc/passwd}) is refused before anything is read. An absolute path is the author's
     * explicit choice and is followed; what it points at is read only if it is a model file, and never quoted.
     */
    private static Path reference(Path dir, YamlScalar s) {
        Path named;
        try {
            named = Path.of(s.text());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ModelFileException(s.location(), "not a file path: " + e.getReason());
        }
        if (named.isAbsolute()) {
            return named;
        }
        Path root = dir.normalize();
        Path resolved = root.resolve(named).normalize();
        if (!resolved.startsWith(root)) {
            throw new ModelFileException(s.location(), "'" + s.text() + "' leads outside the scenario's folder "
                    + root + "; a relative reference must stay inside it (give an absolute path to use a file "
                    + "elsewhere)");
        }
        return resolved;
    }

    private static YamlMap load(Path file, Location from, String kind) {
        YamlMap loaded = YamlDocument.load(file, from);
        String actual = kindOf(loaded);
        if (!actual.equals(kind)) {
            throw new ModelFileException(from, file + " is a " + actual + " file; expected a " + kind + " file");
        }
        return loaded;
    }
}
