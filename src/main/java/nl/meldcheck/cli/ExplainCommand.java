package nl.meldcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code meldcheck explain ID}: what a criterion asks, why, and how it is judged. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a criterion: what is looked for, the legal basis, the advice and examples.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CRITERION-ID", description = "e.g. STAP-2-CONSULTATIE")
  String id;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Checklist cl = common.loadChecklist();
    String wanted = id.strip().toUpperCase(Locale.ROOT);
    Criterion c = cl.criterion(wanted).orElseThrow(() -> new UserException(ExitCode.CONFIG,
        "criterium '" + id + "' bestaat niet in checklist " + cl.id() + closest(cl, wanted)
            + "; 'meldcheck checklists show " + cl.id() + "' toont alle criteria"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(CriterionText.explain(cl, c, common.lang));
    out.flush();
    return ExitCode.OK;
  }

  private static String closest(Checklist cl, String wanted) {
    String best = Suggest.closest(wanted, cl.criteria().stream().map(Criterion::id).toList());
    return best == null ? "" : " (bedoelt u " + best + "?)";
  }
}
