package nl.meldcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.AuditRequest;
import nl.meldcheck.audit.Auditor;
import nl.meldcheck.audit.Baselines;
import nl.meldcheck.audit.CaseInput;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.Mapping;
import nl.meldcheck.batch.AtomicFiles;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Review;
import nl.meldcheck.checklist.ReviewLoader;
import nl.meldcheck.checklist.Severity;
import nl.meldcheck.checklist.Waiver;
import nl.meldcheck.checklist.WaiverLoader;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import nl.meldcheck.report.JsonReports;
import nl.meldcheck.report.ReportFormat;
import nl.meldcheck.report.ReportStyle;
import nl.meldcheck.scoring.Gate;
import nl.meldcheck.scoring.Scoring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meldcheck audit DOCUMENT}: one document against one checklist. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Audit one meldcode document (PDF, DOCX, DOC, ODT, RTF, HTML, TXT, MD).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:audit ran, gate passed (default gate: verdict 'voldoet')",
      "1:audit ran, gate failed (not compliant)",
      "2:usage or configuration error (option, checklist, waiver, mapping file, a mapped column the export lacks)",
      "3:the document or a case export could not be read or judged",
      "4:internal error (a bug; details with --verbose)"
    })
final class AuditCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The meldcode document.")
  String document;

  @Mixin CommonOptions common;

  @Option(names = "--sector", paramLabel = "NAME",
      description = "The organisation's sector (e.g. onderwijs, kinderopvang, zorg); decides which criteria apply.")
  String sector;

  @Option(names = "--cases", paramLabel = "EXPORT",
      description = "A case export (CSV or XLSX) to check with the document: its case criteria join the report and the score. Repeatable.")
  List<Path> caseExports = new ArrayList<>();

  @Mixin CaseArgs caseArgs;

  @Option(names = "--format", paramLabel = "FORMAT[=PATH]",
      description = "Report format (text, json, html, md, junit, sarif, csv, xlsx), optionally to a file ('-' is stdout). Repeatable. Default: text.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge as on this date (yyyy-mm-dd). Default: today.")
  String asOf;

  @Option(names = "--fail-under", paramLabel = "SCORE", description = "Gate: fail when the score is below SCORE.")
  Double failUnder;

  @Option(names = "--fail-on", paramLabel = "critical|major|minor",
      description = "Gate: fail when a criterion of this severity or worse fails.")
  Severity failOn;

  @Option(names = "--waivers", paramLabel = "FILE",
      description = "Waiver file (YAML): criteria that need not be met, with justification, approver and expiry.")
  Path waiversFile;

  @Option(names = "--reviews", paramLabel = "FILE",
      description = "Review file (YAML): people's pass/fail decisions on 'review' outcomes, kept while the evidence is unchanged.")
  Path reviewsFile;

  @Option(names = "--baseline", paramLabel = "REPORT.json",
      description = "An earlier JSON report of this document: marks each finding new, unchanged or fixed.")
  Path baselineFile;

  @Option(names = "--fail-on-new",
      description = "Gate: fail only on findings that are new against --baseline (for template repositories).")
  boolean failOnNew;

  @Option(names = "--no-fail",
      description = "Always exit 0 once the audit ran, whatever the verdict or input status (2 and 4 remain).")
  boolean noFail;

  @Option(names = "--ocr", description = "OCR pages without a text layer (needs tesseract-ocr with Dutch).")
  boolean ocr;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time limit for reading the document, in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--no-color", description = "No colours in text output (NO_COLOR is respected too).")
  boolean noColor;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReadOptions options = new ReadOptions(ocr, ReadOptions.DEFAULTS.maxFileBytes(), ReadOptions.DEFAULTS.maxChars(),
        Duration.ofSeconds(Math.max(1, timeoutSeconds)));
    DocumentReader reader = new DocumentReader(options);
    // Reading the document (Tika start-up and parse) does not depend on the checklist: start it
    // now on a second thread, so that loading and validating the checklist costs no wall time.
    Path documentPath = Path.of(document);
    Prefetch prefetch = Prefetch.start(reader, documentPath);
    Checklist checklist = common.loadChecklist();
    Optional<String> sec = Optional.ofNullable(sector).map(s -> s.strip().toLowerCase(Locale.ROOT));
    if (sec.isPresent() && !checklist.sectors().contains(sec.get())) {
      throw new UserException(ExitCode.CONFIG, "onbekende sector '" + sector + "'; kies uit: "
          + String.join(", ", checklist.sectors()));
    }
    List<Output> outputs = outputs();
    LocalDate date = asOf();
    if (timeoutSeconds < 1) {
      throw new UserException(ExitCode.CONFIG, "--timeout moet minstens 1 seconde zijn");
    }
    Auditor auditor = new Auditor(prefetch.source(reader), clock(), VersionProvider.version());
    // the case criteria may be waived too, except the critical ones (statutory, like waivable: false)
    java.util.Map<String, Boolean> caseCriteria = new java.util.LinkedHashMap<>();
    for (nl.meldcheck.cases.CaseCriterion c : nl.meldcheck.cases.CaseCriterion.values()) {
      caseCriteria.put(c.id(), c.severity() != Severity.CRITICAL);
    }
    List<Waiver> waivers = waiversFile == null ? List.of() : WaiverLoader.load(waiversFile, checklist, caseCriteria);
    AuditReport baseline = baseline();
    List<Review> reviews = reviewsFile == null ? List.of() : ReviewLoader.load(reviewsFile, checklist);
    List<CaseInput> cases = new ArrayList<>();
    if (!caseExports.isEmpty()) {
      Mapping mapping = caseArgs.mapping();
      CaseOptions caseOptions = caseArgs.options();
      for (Path export : caseExports) {
        cases.add(new CaseInput(export, mapping, caseOptions));
      }
    } else if (caseArgs.given()) {
      throw new UserException(ExitCode.CONFIG, "--mapping, --sheet, --decision-maker, --lead-time-norm en"
          + " --pseudonymise-key-* horen bij --cases EXPORT; geef ook de export");
    }
    // per-case formats list every case; the others keep memory independent of the rows
    boolean keepCases = outputs.stream().anyMatch(o -> o.format() == ReportFormat.CSV || o.format() == ReportFormat.XLSX);
    AuditReport audited = auditor.audit(new AuditRequest(documentPath, document, checklist, sec, date, common.lang,
        waivers, reviews, cases, keepCases));
    if (audited.cases() != null) {
      for (CaseSection.Export e : audited.cases().exports()) {
        if (e.status().equals(CaseSection.Export.CONFIG)) {
          throw new UserException(ExitCode.CONFIG, e.message());
        }
      }
    }
    AuditReport report = baseline == null ? audited : Baselines.compare(audited, baseline);
    PrintWriter out = spec.commandLine().getOut();
    for (Output o : outputs) {
      boolean toStdout = o.path() == null;
      ReportStyle style = new ReportStyle(toStdout && useColor(), ReportStyle.DEFAULT_WIDTH);
      var reporter = o.format().reporter(style);
      var companions = reporter.companions(report);
      if (toStdout) {
        reporter.write(report, out);
        out.flush();
        if (!companions.isEmpty()) {
          spec.commandLine().getErr().println("meldcheck: de dossiertabellen van --format " + o.format().cliName()
              + " staan in eigen bestanden; geef een bestand (--format " + o.format().cliName() + "=rapport."
              + o.format().extension() + ") om ze te krijgen");
        }
      } else {
        writeAtomically(o.path(), stream -> reporter.write(report, stream));
        String name = o.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        for (var c : companions.entrySet()) {
          writeAtomically(o.path().resolveSibling(stem + c.getKey()), stream -> {
            java.io.Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            c.getValue().write(w);
            w.flush();
          });
        }
      }
    }
    boolean unreadExport = UnreadExports.report(report.cases(), spec.commandLine().getErr());
    InputStatus status = report.input().status();
    if (noFail) {
      return ExitCode.OK;
    }
    if (status != InputStatus.OK) {
      return ExitCode.INPUT;
    }
    if (unreadExport) {
      return ExitCode.INPUT;
    }
    if (failOnNew) {
      return Baselines.hasNewFindings(report) ? ExitCode.GATE_FAILED : ExitCode.OK;
    }
    List<Scoring.Item> items = Auditor.items(report.results());
    Scoring.Total total = Scoring.total(items);
    Scoring.Verdict verdict = Scoring.verdict(true, total, checklist.passMark(), items);
    Gate gate = new Gate(Optional.ofNullable(failUnder), Optional.ofNullable(failOn));
    return gate.passes(verdict, total, items) ? ExitCode.OK : ExitCode.GATE_FAILED;
  }

  private AuditReport baseline() {
    if (failOnNew && baselineFile == null) {
      throw new UserException(ExitCode.CONFIG, "--fail-on-new heeft een --baseline nodig (een eerder JSON-rapport)");
    }
    if (baselineFile == null) {
      return null;
    }
    try (java.io.Reader in = Files.newBufferedReader(baselineFile, StandardCharsets.UTF_8)) {
      return JsonReports.read(in);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserException(ExitCode.CONFIG, baselineFile + ": baseline niet gevonden; maak er een met --format json=" + baselineFile);
    } catch (IOException | RuntimeException e) {
      throw new UserException(ExitCode.CONFIG, baselineFile + ": geen geldig meldcheck JSON-rapport ("
          + firstLine(e.getMessage()) + ")");
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "onleesbaar";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private record Output(ReportFormat format, Path path) {}

  private List<Output> outputs() {
    List<Output> out = new ArrayList<>();
    List<String> specs = formats.isEmpty() ? List.of("text") : formats;
    int toStdout = 0;
    for (String f : specs) {
      int eq = f.indexOf('=');
      String name = eq < 0 ? f : f.substring(0, eq);
      String path = eq < 0 ? "-" : f.substring(eq + 1);
      ReportFormat format = ReportFormat.byName(name.strip()).orElseThrow(() -> new UserException(ExitCode.CONFIG,
          "onbekend formaat '" + name + "' bij --format; kies uit: " + ReportFormat.names()));
      if (path.isBlank()) {
        throw new UserException(ExitCode.CONFIG, "--format " + f + ": geef een bestandsnaam na '=' of '-' voor stdout");
      }
      if (path.equals("-")) {
        toStdout++;
        // always, not only on a terminal: stdout here is a character stream (picocli's writer)
        // that would corrupt the bytes, and a spreadsheet piped by accident is never wanted
        if (format.reporter(ReportStyle.plain()).binary()) {
          throw new UserException(ExitCode.CONFIG, "--format " + f + ": " + format.cliName()
              + " is een binair formaat; geef een bestand, bijvoorbeeld --format " + format.cliName()
              + "=rapport." + format.extension());
        }
      }
      out.add(new Output(format, path.equals("-") ? null : Path.of(path)));
    }
    if (toStdout > 1) {
      throw new UserException(ExitCode.CONFIG, "meer dan een --format schrijft naar stdout; geef de andere een bestand (FORMAT=PAD)");
    }
    return out;
  }

  private LocalDate asOf() {
    if (asOf == null) {
      return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new UserException(ExitCode.CONFIG, "--as-of '" + asOf + "' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-01-31");
    }
  }

  /** SOURCE_DATE_EPOCH (the reproducible-builds convention) pins the report time for golden files. */
  static Clock clock() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
    }
    return Clock.systemUTC();
  }

  private boolean useColor() {
    return !noColor && System.getenv("NO_COLOR") == null && System.console() != null
        && !"dumb".equals(System.getenv("TERM"));
  }

  /** Writes the report file atomically; a failure is the user's path, reported in one line. */
  private static void writeAtomically(Path target, AtomicFiles.Body body) {
    try {
      AtomicFiles.write(target, body);
    } catch (IOException e) {
      throw new UserException(ExitCode.CONFIG, target + ": kan het rapport niet schrijven (" + e.getMessage() + ")");
    }
  }
}
