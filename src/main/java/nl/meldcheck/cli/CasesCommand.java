package nl.meldcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.meldcheck.cases.CaseAudit;
import nl.meldcheck.cases.CaseAuditor;
import nl.meldcheck.cases.CaseCriterion;
import nl.meldcheck.cases.CaseFinding;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.CasesConfigException;
import nl.meldcheck.cases.CasesInputException;
import nl.meldcheck.cases.CriterionRate;
import nl.meldcheck.cases.Mapping;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code meldcheck cases EXPORT}: the case criteria over a case export, as rates for the
 * organisation. Text output only so far; joining the case results into the audit report
 * ({@code audit --cases}, JSON and the other formats) is still to come.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Check a case export (CSV or XLSX) against the case criteria; prints rates, never case contents.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no case failed a critical case criterion",
      "1:some case failed a critical case criterion",
      "2:usage or configuration error (option, mapping file, missing mapped column, key)",
      "3:the export could not be read (empty, encrypted, not a table, damaged)",
      "4:internal error (a bug; details with --verbose)"
    })
final class CasesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EXPORT", description = "The case export (CSV or XLSX).")
  Path export;

  @Mixin CaseArgs caseArgs;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "nl (default) or en.")
  Lang lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      Mapping m = caseArgs.mapping();
      CaseOptions options = caseArgs.options();
      CaseAudit audit = CaseAuditor.audit(export, m, options);
      print(audit);
      for (CriterionRate r : audit.organisation()) {
        if (r.severity() == Severity.CRITICAL && r.failed() > 0) {
          return ExitCode.GATE_FAILED;
        }
      }
      return ExitCode.OK;
    } catch (CasesConfigException e) {
      throw new UserException(ExitCode.CONFIG, String.join("\n", e.problems()));
    } catch (CasesInputException e) {
      throw new UserException(ExitCode.INPUT, e.getMessage());
    }
  }

  private void print(CaseAudit a) {
    PrintWriter out = spec.commandLine().getOut();
    boolean nl = lang == Lang.NL;
    out.println("meldcheck " + VersionProvider.version() + " — " + (nl ? "dossiercontrole" : "case check"));
    out.println((nl ? "Bestand:   " : "File:      ") + a.source().file() + " (" + a.source().format().name()
        .toLowerCase(Locale.ROOT) + (nl ? ", koppeling " : ", mapping ") + a.source().mapping() + ")");
    out.println((nl ? "Rijen:     " : "Rows:      ") + (nl ? a.summaryNl() : a.summaryEn()));
    out.println();
    out.printf("%-26s %-9s %8s %8s %8s %9s%n", nl ? "Criterium" : "Criterion", nl ? "Ernst" : "Severity",
        nl ? "voldaan" : "pass", nl ? "niet" : "fail", nl ? "n.v.t." : "n/a", nl ? "percentage" : "rate");
    boolean few = false;
    for (CriterionRate r : a.organisation()) {
      String rate = r.passRate() == null ? "*" : String.valueOf(Math.round(r.passRate() * 1000) / 10.0) + "%";
      few |= r.fewCases();
      out.printf("%-26s %-9s %8d %8d %8d %9s%n", r.criterionId(), r.severity().code(), r.passed(), r.failed(),
          r.notApplicable(), nl ? rate.replace('.', ',') : rate);
    }
    if (few) {
      out.println(nl ? "* minder dan 5 beoordeelde dossiers: alleen aantallen, geen percentage."
          : "* fewer than 5 judged cases: counts only, no rate.");
    }
    if (!a.problems().isEmpty()) {
      out.println();
      out.println((nl ? "Leesproblemen (" : "Read problems (") + (a.problems().size() + a.problemsOmitted()) + "):");
      for (CaseFinding f : a.problems()) {
        out.println("  " + f.message().get(lang));
      }
      if (a.problemsOmitted() > 0) {
        out.println("  … " + a.problemsOmitted() + (nl ? " meer" : " more"));
      }
    }
    boolean header = false;
    for (CaseCriterion c : CaseCriterion.values()) {
      CriterionRate r = a.rate(c);
      if (r.failed() > 0) {
        if (!header) {
          out.println();
          out.println(nl ? "Niet voldaan in minstens één dossier:" : "Failed by at least one case:");
          header = true;
        }
        out.println("  " + c.id() + " — " + c.title().get(lang) + " (" + r.failed() + ")");
      }
    }
    out.flush();
  }
}
