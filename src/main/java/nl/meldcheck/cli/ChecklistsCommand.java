package nl.meldcheck.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistException;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.ExampleRunner;
import nl.meldcheck.checklist.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meldcheck checklists list|show|lint|test}. */
@Command(name = "checklists", mixinStandardHelpOptions = true,
    description = "List, show, lint and test checklists.",
    subcommands = {
      ChecklistsCommand.ListCommand.class,
      ChecklistsCommand.ShowCommand.class,
      ChecklistsCommand.LintCommand.class,
      ChecklistsCommand.TestCommand.class
    })
final class ChecklistsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, show, lint or test.");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in checklists.")
  static final class ListCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "nl", description = "nl or en") Lang lang;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ChecklistException {
      PrintWriter out = spec.commandLine().getOut();
      for (String id : ChecklistLoader.builtInIds()) {
        Checklist cl = ChecklistLoader.builtIn(id);
        out.printf("%-14s %-8s %3d criteria  %s%n", cl.id(), cl.version(), cl.criteria().size(), cl.title().get(lang));
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the criteria of a checklist.")
  static final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID|FILE", defaultValue = "basis") String checklist;
    @Option(names = "--lang", defaultValue = "nl", description = "nl or en") Lang lang;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ChecklistException {
      Checklist cl = ChecklistLoader.resolve(checklist);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s %s — %s%n", cl.id(), cl.version(), cl.title().get(lang));
      out.printf(lang == Lang.NL ? "Norm voor 'voldoet': %s; bron: %s%n%n" : "Pass mark: %s; source: %s%n%n",
          CriterionText.fmt(cl.passMark()), cl.source());
      String area = null;
      for (Criterion c : cl.criteria()) {
        if (!c.area().equals(area)) {
          area = c.area();
          String a = area;
          out.println(cl.area(a).map(x -> x.title().get(lang)).orElse(a));
        }
        out.printf("  %-32s %-8s %s%n", c.id(), c.severity().code(), c.title().get(lang));
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "lint", mixinStandardHelpOptions = true,
      description = "Load a checklist strictly and report every problem with file:line:column.")
  static final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID|FILE") String checklist;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ChecklistException {
      Checklist cl = ChecklistLoader.resolve(checklist);
      spec.commandLine().getOut().printf("%s: ok (%s %s, %d criteria)%n", checklist, cl.id(), cl.version(), cl.criteria().size());
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "test", mixinStandardHelpOptions = true,
      description = "Run every criterion's examples; exit 1 when any example gives another outcome.")
  static final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID|FILE") String checklist;
    @Option(names = "--as-of", paramLabel = "DATE", description = "Date to judge dates against (default: 2026-01-01).")
    String asOf = "2026-01-01";
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ChecklistException {
      Checklist cl = ChecklistLoader.resolve(checklist);
      LocalDate date;
      try {
        date = LocalDate.parse(asOf);
      } catch (java.time.format.DateTimeParseException e) {
        throw new UserException(ExitCode.CONFIG, "--as-of '" + asOf + "' is geen datum (jjjj-mm-dd)");
      }
      List<ExampleRunner.Result> results = ExampleRunner.run(cl, date);
      PrintWriter out = spec.commandLine().getOut();
      int bad = 0;
      for (ExampleRunner.Result r : results) {
        if (!r.ok()) {
          bad++;
          out.printf("FAIL %s expected %s, got %s: %s%n", r.criterionId(), r.expected(), r.actual().code(),
              r.passage().replace('\n', ' '));
        }
      }
      out.printf("%d passed, %d failed%n", results.size() - bad, bad);
      out.flush();
      return bad == 0 ? ExitCode.OK : ExitCode.GATE_FAILED;
    }
  }
}
