package org.depotkin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.depotkin.analysis.Blockade;
import org.depotkin.analysis.ChallengeModel;
import org.depotkin.analysis.Washout;
import org.depotkin.engine.CompiledModel;
import org.depotkin.engine.Trajectory;
import org.depotkin.io.BlockadeCsv;
import org.depotkin.io.CriterionParser;
import org.depotkin.io.ModelFiles;
import org.depotkin.io.OutputFolder;
import org.depotkin.model.Agonist;
import org.depotkin.model.Criterion;
import org.depotkin.model.Scenario;
import org.depotkin.plot.BlockadeFigures;
import org.depotkin.plot.Figure;
import org.depotkin.plot.FigureWriter;

/** Loads scenarios, evaluates their blockade and washout, and writes tables, CSV and the three figures. */
final class BlockadeRuns {
    /** The default challenge when neither the option nor the scenario names one. */
    static final String DEFAULT_CHALLENGE = "25 mg IV heroin";
    /** The default analgesic of the washout. */
    static final String DEFAULT_WASHOUT = "10 mg IV morphine";

    /**
     * @param files     scenario files
     * @param challenges per scenario, its challenge blockade (the figures' subject)
     * @param all       every blockade result (challenge first, then other criteria), in scenario order
     * @param washouts  per scenario
     * @param names     scenario names
     * @param agonists  the agonist compound files read (challenge and washout)
     */
    record Result(List<Path> files, List<Blockade> challenges, List<Blockade> all, List<Washout> washouts,
                  List<String> names, List<Path> agonists) {
    }

    /** What to evaluate; {@code scenario} edits each scenario as loaded (the {@code --set} settings). */
    record Settings(String challenge, List<String> criteria, String washout, Double washoutMargin, Double duration,
                    UnaryOperator<Scenario> scenario) {
    }

    private BlockadeRuns() {
    }

    /** Evaluates every scenario file; {@code progress} is told the number of scenarios done. */
    static Result run(List<Path> files, Settings settings, IntConsumer progress) {
        Criterion.Challenge option = settings.challenge() == null ? null
                : CriterionParser.parseChallenge(settings.challenge());
        Criterion.Challenge analgesic = CriterionParser.parseChallenge(settings.washout());
        List<Criterion> extra = new ArrayList<>();
        for (String c : settings.criteria()) {
            extra.add(CriterionParser.parse(c));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(Runs.withSpan(f, settings.scenario().apply(ModelFiles.scenario(f)), settings.duration(), null));
        }
        Map<Path, ChallengeModel> models = new LinkedHashMap<>();
        List<Blockade> challenges = new ArrayList<>();
        List<Blockade> all = new ArrayList<>();
        List<Washout> washouts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Scenario s = scenarios.get(i);
            Path dir = files.get(i).toAbsolutePath().getParent();
            Criterion.Challenge main = primary(s, option);
            Trajectory run = CompiledModel.compile(s).simulate();
            Blockade b = challenge(s, run, main, dir, models);
            challenges.add(b);
            all.add(b);
            for (Criterion c : extra) {
                all.add(c instanceof Criterion.Challenge ch ? challenge(s, run, ch, dir, models)
                        : Blockade.of(s, run, c, Double.NaN));
            }
            ChallengeModel m = model(dir, analgesic.agonist(), analgesic.route(), models);
            double margin = settings.washoutMargin() != null ? settings.washoutMargin()
                    : m.agonist().washoutMargin();
            if (Double.isNaN(margin)) {
                throw new IllegalArgumentException(ModelFiles.agonistFile(dir, analgesic.agonist()) + " gives no "
                        + "'response: {washout-margin: ...}': add one or pass --washout-margin");
            }
            washouts.add(Washout.of(s, m, analgesic.dose(), margin));
            names.add(s.name());
            progress.accept(i + 1);
        }
        return new Result(List.copyOf(files), challenges, all, washouts, names, models.keySet().stream()
                .map(k -> k.resolveSibling(k.getFileName().toString().replaceFirst("#[^#]*$", ""))).distinct().toList());
    }

    /** The option's challenge (with the scenario's target for it), else the scenario's first, else the default. */
    private static Criterion.Challenge primary(Scenario s, Criterion.Challenge option) {
        List<Criterion.Challenge> own = s.criteria().stream().filter(c -> c instanceof Criterion.Challenge)
                .map(c -> (Criterion.Challenge) c).toList();
        if (option == null) {
            return own.isEmpty() ? CriterionParser.parseChallenge(DEFAULT_CHALLENGE) : own.get(0);
        }
        return own.stream().filter(c -> c.agonist().equals(option.agonist()) && c.dose() == option.dose()
                        && c.route().equals(option.route()))
                .findFirst().orElse(option);
    }

    private static Blockade challenge(Scenario s, Trajectory run, Criterion.Challenge c, Path dir,
                                      Map<Path, ChallengeModel> models) {
        ChallengeModel m = model(dir, c.agonist(), c.route(), models);
        if (Double.isNaN(m.agonist().response())) {
            throw new IllegalArgumentException(ModelFiles.agonistFile(dir, c.agonist()) + " gives no response "
                    + "threshold ('response: {occupancy: ...}'): run 'depotkin calibrate' first");
        }
        return Blockade.of(s, run, m, c.dose(), m.agonist().response(), c.target());
    }

    private static ChallengeModel model(Path dir, String agonist, String route, Map<Path, ChallengeModel> models) {
        Path file = ModelFiles.agonistFile(dir, agonist).normalize();
        Path key = file.resolveSibling(file.getFileName() + "#" + route);
        ChallengeModel m = models.get(key);
        if (m == null) {
            Agonist a = ModelFiles.agonist(dir, agonist);
            m = ChallengeModel.of(a, route);
            models.put(key, m);
        }
        return m;
    }

    /** Writes the CSV files and the three figures into the folder's staging area. */
    static void stage(Result r, OutputFolder folder, String prefix, boolean csv, Set<FigureWriter.Format> plots,
                      String command) {
        List<String> comments = new ArrayList<>();
        comments.add("depotkin " + Version.get() + "; command: " + command);
        for (Path f : r.files()) {
            comments.add("model " + f + " sha256 " + ModelFiles.hash(f));
        }
        for (Path f : r.agonists()) {
            comments.add("agonist " + f + " sha256 " + ModelFiles.hash(f));
        }
        Washout w = r.washouts().get(0);
        comments.add("windows root-found to " + Blockade.TIME_TOL + " h; washout: " + w.challenge() + " at "
                + org.depotkin.model.Format.number(100 * w.margin()) + " % of its naltrexone-free peak occupancy");
        try {
            if (csv) {
                BlockadeCsv.windows(folder.file(prefix + "-windows.csv"), comments, r.all());
                BlockadeCsv.intervals(folder.file(prefix + "-intervals.csv"), comments, r.all());
                BlockadeCsv.surmountable(folder.file(prefix + "-surmountable.csv"), comments, r.challenges());
                BlockadeCsv.washouts(folder.file(prefix + "-washout.csv"), comments, r.names(), r.washouts());
            }
            for (Figure fig : figures(r)) {
                for (FigureWriter.Format f : plots) {
                    FigureWriter.write(fig.chart(), folder.file(prefix + "-" + fig.name().replace("blockade-", "")
                            + "." + f.extension()), f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs: " + e.getMessage(), e);
        }
    }

    /** Coverage timeline, surmountable dose and occupancy, for the challenge of the first scenario. */
    static List<Figure> figures(Result r) {
        Blockade first = r.challenges().get(0);
        List<Blockade> same = r.challenges().stream().filter(b -> b.criterion().equals(first.criterion())).toList();
        List<BlockadeFigures.Band> bands = new ArrayList<>();
        List<BlockadeFigures.Series> doses = new ArrayList<>();
        List<BlockadeFigures.Series> occupancy = new ArrayList<>();
        for (Blockade b : same) {
            bands.add(new BlockadeFigures.Band(b.description(), b.duration(),
                    b.windows().stream().mapToDouble(Blockade.Window::start).toArray(),
                    b.windows().stream().mapToDouble(Blockade.Window::end).toArray()));
            double[] given = b.intervals().stream().mapToDouble(Blockade.Interval::dose).toArray();
            doses.add(new BlockadeFigures.Series(b.description(), b.curve().time(), b.curve().surmountable(), given));
            double[] pct = java.util.Arrays.stream(b.curve().occupancy()).map(v -> 100 * v).toArray();
            occupancy.add(new BlockadeFigures.Series(b.description(), b.curve().time(), pct, given));
        }
        String challenge = first.criterion().replaceFirst(" blocked$", "");
        return List.of(BlockadeFigures.coverage(challenge, bands),
                BlockadeFigures.surmountable(first.agonist(), first.dose(), challenge, doses),
                BlockadeFigures.occupancy(challenge, 100 * first.occupancyThreshold(), occupancy));
    }
}
