package org.depotkin.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.depotkin.engine.SolverException;
import org.depotkin.io.OutputFolder;
import org.depotkin.io.yaml.ModelFileException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code depotkin} command line, and its one error path: every failure, whatever it is, ends as one
 * line on stderr and a documented exit code. 0 ok; 2 bad input (options, model files, data files, output
 * folder); 1 a run that could not finish (a solver failure, a disk that would not take the files) or an
 * internal error, which says so and asks to be reported. A stack trace only with {@code --debug}.
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
            "  depotkin compare models/implant-3.4g.yaml models/implant-3.4g-fibrosis.yaml", "",
            "Exit codes: 0 ok, 1 a run that could not finish or an internal error, 2 bad input."})
public final class Main implements Runnable {
    /** Exit code of bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code of a run that could not finish, or of an internal error. */
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error after its one-line message.")
    boolean debug;

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
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> fail(ex, debug(parseResult), err));
        try {
            return cl.execute(args);
        } catch (Throwable t) { // an Error (out of memory, stack overflow) thrown past picocli
            return fail(t, List.of(args).contains("--debug"), err);
        }
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static int fail(Throwable t, boolean debug, PrintWriter err) {
        err.println("depotkin: " + oneLine(t));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return exitCode(t);
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    static int exitCode(Throwable t) {
        return badInput(t) ? BAD_INPUT : FAILED;
    }

    /** The message for the user: the exception's own when it is written for them, else an internal error. */
    static String oneLine(Throwable t) {
        String msg;
        if (badInput(t) || t instanceof SolverException || t instanceof UncheckedIOException) {
            msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        } else if (t instanceof OutOfMemoryError) {
            msg = "out of memory (" + t.getMessage() + "): a size option went past what this machine holds; "
                    + "please report the command line, since the documented limits (docs/limits.md) should have "
                    + "refused it (--debug prints the stack trace)";
        } else {
            msg = "internal error (" + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": "
                    + t.getMessage()) + "); this is a bug in depotkin: please report it with the command line "
                    + "(--debug prints the stack trace)";
        }
        return msg.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static boolean badInput(Throwable t) {
        return t instanceof ModelFileException || t instanceof IllegalArgumentException
                || t instanceof OutputFolder.ExistsException;
    }
}
