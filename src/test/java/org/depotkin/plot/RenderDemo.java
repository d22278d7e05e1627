package org.depotkin.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.depotkin.release.FailureMode;

/** Throwaway: renders the demo figures into /tmp/plots for a visual check. Not a test. */
public final class RenderDemo {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plots");
        var fmt = Set.of(FigureWriter.Format.PNG, FigureWriter.Format.SVG);
        var w1 = PlotScenarios.oral("W1", "50 mg oral daily", 14,
                List.of(PlotScenarios.CP_2, PlotScenarios.RO_90));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(w1))), dir, "w1", fmt));
        var fib = PlotScenarios.implant("W2", "1000 mg implant, fibrosis (p_min 0.4)", 180, 0.4, List.of(),
                List.of(PlotScenarios.CP_2, PlotScenarios.RO_90));
        var nofib = PlotScenarios.implant("W2-nofib", "1000 mg implant, no fibrosis", 180, 1.0, List.of(),
                List.of(PlotScenarios.CP_2, PlotScenarios.RO_90));
        var removed = PlotScenarios.implant("W2-removed", "1000 mg implant, removed day 60", 180, 1.0,
                List.of(new FailureMode.Removal(60 * 24)), List.of(PlotScenarios.CP_2));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(fib)), Run.of(PlotScenarios.run(nofib))),
                dir, "w2", fmt));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(fib)), Run.of(PlotScenarios.run(nofib)),
                Run.of(PlotScenarios.run(removed))), dir, "w2x3", fmt));
        var twoThresholds = PlotScenarios.implant("W2b", "1000 mg implant, fibrosis (p_min 0.4)", 365, 0.4, List.of(),
                List.of(PlotScenarios.CP_2, new org.depotkin.model.Criterion.Concentration("Cp", 1),
                        PlotScenarios.CM_10));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(twoThresholds))), dir, "w2b", fmt));
        var oral180 = PlotScenarios.oral("W1-180", "50 mg oral daily, 180 d", 180,
                List.of(PlotScenarios.CP_2, PlotScenarios.RO_90));
        var oral28 = PlotScenarios.oral("W1-28", "50 mg oral daily, 28 d", 28, List.of(PlotScenarios.CP_2));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(oral180))), dir, "w1-180", fmt));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(oral28))), dir, "w1-28", fmt));
        var iv = PlotScenarios.ivBolus("iv", 48, List.of(PlotScenarios.CP_2));
        System.out.println(PlotSet.write(List.of(Run.of(PlotScenarios.run(iv))), dir, "iv", fmt));
    }
}
