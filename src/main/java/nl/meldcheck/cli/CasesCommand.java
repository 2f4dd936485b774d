package nl.meldcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.meldcheck.audit.Auditor;
import nl.meldcheck.audit.CaseInput;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.audit.CasesReport;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.batch.AtomicFiles;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.Mapping;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;
import nl.meldcheck.report.JsonReporter;
import nl.meldcheck.report.ReportStyle;
import nl.meldcheck.report.TextReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code meldcheck cases EXPORT...}: the case criteria over case exports without a document, as
 * rates for the organisation, per locatie and team, in text or JSON. The same case results
 * {@code audit --cases} adds to a document's report.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Check case exports (CSV or XLSX) against the case criteria; prints rates, never case contents.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no case failed a critical case criterion",
      "1:some case failed a critical case criterion",
      "2:usage or configuration error (option, mapping file, missing mapped column, key)",
      "3:an export could not be read (empty, encrypted, not a table, damaged)",
      "4:internal error (a bug; details with --verbose)"
    })
final class CasesCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "EXPORT", description = "The case export(s) (CSV or XLSX).")
  List<Path> exports;

  @Mixin CaseArgs caseArgs;

  @Option(names = "--format", paramLabel = "FORMAT[=PATH]",
      description = "text (default) or json, optionally to a file ('-' is stdout). Repeatable.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "nl (default) or en.")
  Lang lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String[]> outputs = outputs();
    Mapping m = caseArgs.mapping();
    CaseOptions options = caseArgs.options();
    List<CaseInput> inputs = new ArrayList<>();
    for (Path export : exports) {
      inputs.add(new CaseInput(export, m, options));
    }
    Auditor auditor = new Auditor(file -> {
      throw new IllegalStateException("meldcheck cases reads no document");
    }, AuditCommand.clock(), VersionProvider.version());
    CasesReport report = auditor.auditCases(inputs, false, lang);
    for (CaseSection.Export e : report.cases().exports()) {
      if (e.status().equals(CaseSection.Export.CONFIG)) {
        throw new UserException(ExitCode.CONFIG, e.message());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String[] o : outputs) {
      boolean json = o[0].equals("json");
      if (o[1] == null) {
        write(report, json, out);
        out.flush();
      } else {
        try {
          AtomicFiles.write(Path.of(o[1]), stream -> {
            java.io.Writer w = new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8);
            write(report, json, w);
            w.flush();
          });
        } catch (IOException e) {
          throw new UserException(ExitCode.CONFIG, o[1] + ": kan het rapport niet schrijven (" + e.getMessage() + ")");
        }
      }
    }
    if (UnreadExports.report(report.cases(), spec.commandLine().getErr())) {
      return ExitCode.INPUT;
    }
    for (CriterionResult r : report.results()) {
      if (r.severity() == Severity.CRITICAL && (r.outcome() == Outcome.FAIL || r.outcome() == Outcome.PARTIAL)) {
        return ExitCode.GATE_FAILED;
      }
    }
    return ExitCode.OK;
  }

  private static void write(CasesReport report, boolean json, java.io.Writer w) throws IOException {
    if (json) {
      new JsonReporter().writeCases(report, w);
    } else {
      new TextReporter(ReportStyle.plain()).writeCases(report, w);
    }
  }

  /** FORMAT[=PATH] pairs; path null for stdout. */
  private List<String[]> outputs() {
    List<String[]> out = new ArrayList<>();
    int toStdout = 0;
    for (String f : formats.isEmpty() ? List.of("text") : formats) {
      int eq = f.indexOf('=');
      String name = (eq < 0 ? f : f.substring(0, eq)).strip();
      String path = eq < 0 ? "-" : f.substring(eq + 1);
      if (!name.equals("text") && !name.equals("json")) {
        throw new UserException(ExitCode.CONFIG, "onbekend formaat '" + name + "' bij --format; meldcheck cases"
            + " schrijft text of json (de andere formaten met: meldcheck audit DOCUMENT --cases EXPORT)");
      }
      if (path.isBlank()) {
        throw new UserException(ExitCode.CONFIG, "--format " + f + ": geef een bestandsnaam na '=' of '-' voor stdout");
      }
      if (path.equals("-")) {
        toStdout++;
      }
      out.add(new String[] {name, path.equals("-") ? null : path});
    }
    if (toStdout > 1) {
      throw new UserException(ExitCode.CONFIG, "meer dan een --format schrijft naar stdout; geef de andere een bestand (FORMAT=PAD)");
    }
    return out;
  }
}
