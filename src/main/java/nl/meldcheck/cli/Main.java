package nl.meldcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.meldcheck.checklist.ChecklistException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line entry point. Thin: options in, a service call, an exit code out. */
@Command(
    name = "meldcheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audits a Dutch meldcode huiselijk geweld en kindermishandeling against a versioned"
        + " checklist and explains every verdict with quotes from the document. Works offline.",
    subcommands = {
      AuditCommand.class,
      CasesCommand.class,
      BatchCommand.class,
      ExplainCommand.class,
      ChecklistsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:audit ran, gate passed (default gate: verdict 'voldoet')",
      "1:audit ran, gate failed (not compliant)",
      "2:usage or configuration error (bad option, invalid checklist file)",
      "3:an input could not be read or judged (missing, encrypted, corrupt, no text layer, not Dutch, not a meldcode)",
      "4:internal error (a bug; details with --verbose)"
    })
public final class Main implements Runnable {
  @Option(names = "--verbose", description = "Show details of internal errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'meldcheck audit FILE' or 'meldcheck --help'.");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** The testable entry point: runs the CLI with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ex, a) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("meldcheck: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
        e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      }
      e.flush();
      return ExitCode.CONFIG;
    });
    cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
      PrintWriter e = c.getErr();
      if (ex instanceof UserException u) {
        e.println("meldcheck: " + u.getMessage());
        e.flush();
        return u.exitCode();
      }
      if (ex instanceof ChecklistException ce) {
        for (String p : ce.problems()) {
          e.println(p);
        }
        e.println("meldcheck: de checklist is ongeldig (" + ce.problems().size() + " probleem/problemen).");
        e.flush();
        return ExitCode.CONFIG;
      }
      boolean verbose = parseResult.hasMatchedOption("--verbose");
      e.println("meldcheck: interne fout (een bug in meldcheck, niet in uw invoer): " + ex);
      if (verbose) {
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        e.print(sw);
      } else {
        e.println("Run again with --verbose for details, and report it.");
      }
      e.flush();
      return ExitCode.INTERNAL;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
