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
    nl.meldcheck.cases.CaseCriterion cc = nl.meldcheck.cases.CaseCriterion.byId(wanted);
    if (cc != null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(caseCriterion(cc, common.lang));
      out.flush();
      return ExitCode.OK;
    }
    Criterion c = cl.criterion(wanted).orElseThrow(() -> new UserException(ExitCode.CONFIG,
        "criterium '" + id + "' bestaat niet in checklist " + cl.id() + closest(cl, wanted)
            + "; 'meldcheck checklists show " + cl.id() + "' toont alle criteria"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(CriterionText.explain(cl, c, common.lang));
    out.flush();
    return ExitCode.OK;
  }

  /** A case criterion (requirements §C): judged per case in an export, not in the document. */
  static String caseCriterion(nl.meldcheck.cases.CaseCriterion c, nl.meldcheck.checklist.Lang lang) {
    boolean en = lang == nl.meldcheck.checklist.Lang.EN;
    StringBuilder sb = new StringBuilder();
    sb.append(c.id()).append(" — ").append(c.title().get(lang)).append('\n');
    sb.append(en ? "Area:       case records (with --cases EXPORT)\n" : "Gebied:     dossiers (met --cases EXPORT)\n");
    sb.append(en ? "Severity:   " : "Ernst:      ").append(c.severity().code()).append(en ? ", weight " : ", gewicht ")
        .append(c.severity().defaultWeight()).append('\n');
    sb.append(en ? "Basis:      " : "Grondslag:  ").append(c.basis()).append('\n');
    sb.append(en ? "Passes:     " : "Voldaan:    ").append(c.lookedFor().get(lang)).append('\n');
    sb.append(en ? "Outcome:    pass when no judged case fails, fail when none passes, otherwise partial with"
        + " credit = the share of passing cases; not applicable when no case can be judged on it.\n"
        : "Uitkomst:   voldaan als geen beoordeeld dossier faalt, niet voldaan als er geen voldoet, anders deels"
        + " met krediet = het aandeel voldane dossiers; n.v.t. als geen dossier erop te beoordelen is.\n");
    sb.append(en ? "Advice:     " : "Advies:     ").append(c.advice().get(lang)).append('\n');
    return sb.toString();
  }

  private static String closest(Checklist cl, String wanted) {
    java.util.List<String> ids = new java.util.ArrayList<>(cl.criteria().stream().map(Criterion::id).toList());
    for (nl.meldcheck.cases.CaseCriterion c : nl.meldcheck.cases.CaseCriterion.values()) {
      ids.add(c.id());
    }
    String best = Suggest.closest(wanted, ids);
    return best == null ? "" : " (bedoelt u " + best + "?)";
  }
}
