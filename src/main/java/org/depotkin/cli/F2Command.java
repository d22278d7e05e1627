package org.depotkin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.depotkin.analysis.ReleaseProfile;
import org.depotkin.analysis.Similarity;
import org.depotkin.io.ObservedData;
import org.depotkin.model.Format;
import org.depotkin.model.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depotkin f2}: difference and similarity factors of two dissolution profiles. */
@Command(name = "f2", mixinStandardHelpOptions = true,
        description = {"Compare two dissolution profiles: f1 and f2 (FDA 1997, EMA 2010), the conditions for using "
                + "f2 checked, and a bootstrap 90 %% interval for f2 when units (replicate columns) are given.",
            "Each CSV: a time column (time_min, time_h, ...), then one column per unit named ..._pct or ..._fraction "
                + "(or a single column of means)."},
        footer = {"", "Examples:", "  depotkin f2 examples/dissolution-reference.csv examples/dissolution-test.csv",
            "  depotkin f2 examples/f2-issue-reference.csv examples/f2-issue-test.csv"})
final class F2Command implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REFERENCE.csv", description = "Reference profile.")
    Path reference;

    @Parameters(index = "1", paramLabel = "TEST.csv", description = "Test profile.")
    Path test;

    @Option(names = "--bootstrap", defaultValue = "2000", paramLabel = "N",
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Limits.count("--bootstrap", resamples, 100, Limits.MAX_RESAMPLES);
        ReleaseProfile r = ObservedData.release(reference);
        ReleaseProfile t = ObservedData.release(test);
        Similarity.Result res = Similarity.compare(r, t, resamples, seed);
        PrintWriter o = spec.commandLine().getOut();
        CsvNotes.state(o, reference, test);
        o.print(report(res, r, t));
        o.flush();
        return 0;
    }

    static String report(Similarity.Result res, ReleaseProfile r, ReleaseProfile t) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "reference %s (%s), test %s (%s)%n", r.source(), units(r), t.source(),
                units(t)));
        double last = res.times()[res.times().length - 1];
        boolean minutes = last <= 3;
        sb.append(String.format(Locale.ROOT, "%10s %14s %14s%n", minutes ? "time (min)" : "time (h)", "reference (%)",
                "test (%)"));
        for (int i = 0; i < res.times().length; i++) {
            sb.append(String.format(Locale.ROOT, "%10s %14.2f %14.2f%n",
                    Format.number(res.times()[i] * (minutes ? 60 : 1)), res.reference()[i], res.test()[i]));
        }
        sb.append(String.format(Locale.ROOT, "f1 = %.2f (similar if <= 15)%nf2 = %.2f (similar if >= 50)%n", res.f1(),
                res.f2()));
        if (res.bootstrap() != null) {
            var b = res.bootstrap();
            sb.append(String.format(Locale.ROOT, "f2 bootstrap 90 %% interval: %.2f to %.2f (%d resamples of the units, "
                    + "seed %d)%n", b.lower(), b.upper(), b.resamples(), b.seed()));
        } else {
            sb.append("f2 bootstrap: not done (needs replicate units in both files)\n");
        }
        if (res.violations().isEmpty()) {
            sb.append("conditions for f2: all met\n");
        } else {
            sb.append("conditions for f2 NOT met:\n");
            res.violations().forEach(v -> sb.append("  - ").append(v).append('\n'));
        }
        sb.append(res.similar() && res.violations().isEmpty() ? "verdict: similar\n"
                : res.similar() ? "verdict: f1 and f2 say similar, but the conditions above are not met\n"
                : "verdict: not similar\n");
        if (!res.violations().isEmpty() && res.bootstrap() != null) {
            sb.append(String.format(Locale.ROOT, "bootstrap: the lower end of the 90 %% interval (%.2f) is %s 50%s%n",
                    res.bootstrap().lower(), res.bootstrap().lower() >= Similarity.F2_LIMIT ? ">=" : "<",
                    res.bootstrap().lower() >= Similarity.F2_LIMIT ? ", which supports similarity" : ""));
        }
        return sb.toString();
    }

    private static String units(ReleaseProfile p) {
        return p.replicateCount() == 1 ? "means only" : p.replicateCount() + " units";
    }
}
