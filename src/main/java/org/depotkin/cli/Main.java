package org.depotkin.cli;

import java.io.PrintWriter;
import org.depotkin.engine.SolverException;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.yaml.ModelFileException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code depotkin} command line. Exit codes: 0 ok, 1 failure (a run that could not finish),
 * 2 bad input (options, model files); every error is one line on stderr, never a stack trace.
 */
@Command(name = "depotkin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Pharmacokinetic release curves for depots, implants and oral regimens: plasma concentration, "
                + "receptor occupancy and blockade.",
        subcommands = {SimulateCommand.class, CompareCommand.class, PopulationCommand.class, DesignCommand.class, ModelsCommand.class,
            BlockadeCommand.class, CalibrateCommand.class, ValidateCommand.class, BenchCommand.class,
            FitCommand.class, F2Command.class, NcaCommand.class, DeconvolveCommand.class, ExamplesCommand.class,
            DemoCommand.class,
            AutoComplete.GenerateCompletion.class},
        footer = {"", "Examples:", "  depotkin demo", "  depotkin simulate models/implant-3.4g.yaml --plot png",
            "  depotkin compare models/implant-3.4g.yaml models/implant-3.4g-fibrosis.yaml"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("depotkin: " + ex.getMessage().replace('\n', ' ').trim()
                    + " (see 'depotkin " + commandPath(ex.getCommandLine()) + "--help')");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("depotkin: " + oneLine(ex));
            return exitCode(ex);
        });
        return cl.execute(args);
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    static int exitCode(Exception ex) {
        if (ex instanceof ModelFileException || ex instanceof IllegalArgumentException
                || ex instanceof OutputFolder.ExistsException) {
            return 2;
        }
        return 1;
    }

    static String oneLine(Exception ex) {
        String msg = ex instanceof SolverException || ex instanceof ModelFileException
                || ex instanceof IllegalArgumentException || ex instanceof OutputFolder.ExistsException
                ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        return msg == null ? ex.getClass().getSimpleName() : msg.replace('\n', ' ').trim();
    }
}
