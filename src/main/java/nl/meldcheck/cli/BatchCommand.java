package nl.meldcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import nl.meldcheck.batch.BatchConfig;
import nl.meldcheck.batch.BatchResult;
import nl.meldcheck.batch.BatchRunner;
import nl.meldcheck.batch.Discovery;
import nl.meldcheck.batch.Organisation;
import nl.meldcheck.batch.WorkerLoop;
import nl.meldcheck.batch.WorkerPool;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Text;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code meldcheck batch DIR|MANIFEST.csv --out DIR}: many organisations, one row each. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Audit many organisations: a directory with one sub-directory per organisation"
        + " (its meldcode document, optional organisation.yaml with name, sector, registration),"
        + " or a manifest CSV with the columns organisation, sector, document.",
        "Writes orgs/<slug>.json and .html, results.jsonl (as it goes), summary.csv, summary.xlsx and summary.html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every organisation was read and got the verdict 'voldoet'",
      "1:every input was read; some organisation does not pass",
      "2:usage or configuration error",
      "3:some organisation's input could not be read (status in the summaries)",
      "4:internal error (a bug; details with --verbose)"
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR|MANIFEST.csv", description = "Organisations directory or manifest CSV.")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--jobs", paramLabel = "N", description = "Number of workers (default: available cores).")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time limit for reading one document, in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--in-process",
      description = "Audit in this process instead of in separate Java worker processes: less memory, but a"
          + " document that hangs or exhausts memory can slow down or stop the whole batch.")
  boolean inProcess;

  @Option(names = "--parse-memory", paramLabel = "SIZE", defaultValue = "512m",
      description = "Memory for each audit a worker process runs at once, e.g. 512m or 1g (default: ${DEFAULT-VALUE});"
          + " the worker's Java -Xmx is this times its threads (up to 4).")
  String parseMemory;

  /** Set on the worker processes this command starts ({@link WorkerPool}); not for users. */
  @Option(names = "--worker", hidden = true)
  boolean worker;

  @Option(names = "--resume", description = "Skip organisations whose inputs and checklist are unchanged since the last run in --out.")
  boolean resume;

  @Mixin CommonOptions common;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge as on this date (yyyy-mm-dd). Default: today.")
  String asOf;

  @Mixin CaseArgs caseArgs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (timeoutSeconds < 1) {
      throw new UserException(ExitCode.CONFIG, "--timeout moet minstens 1 seconde zijn");
    }
    int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (workers < 1) {
      throw new UserException(ExitCode.CONFIG, "--jobs moet minstens 1 zijn");
    }
    if (!Files.exists(input)) {
      throw new UserException(ExitCode.CONFIG, input + ": bestaat niet; geef een map met organisaties of een manifest (CSV)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserException(ExitCode.CONFIG, out + ": --out moet een map zijn");
    }
    LocalDate date = asOf();
    ReadOptions options = new ReadOptions(false, ReadOptions.DEFAULTS.maxFileBytes(), ReadOptions.DEFAULTS.maxChars(),
        Duration.ofSeconds(timeoutSeconds));
    // a worker builds Tika's parser (~0.5 s) on a second core while it loads the checklist: the
    // batch waits for the first worker before its first audit
    DocumentReader workerReader = null;
    if (worker) {
      // nothing but the protocol on the real stdout (serve writes it through FileDescriptor.out)
      System.setOut(System.err);
      nl.meldcheck.batch.JitDirectives.auditorInBackground();
      workerReader = new DocumentReader(options);
      workerReader.prepareInBackground();
    }
    Checklist checklist = common.loadChecklist();
    caseArgs.mapping(); // a bad default mapping stops the batch before it starts (exit 2)
    String mapping = nl.meldcheck.cases.MappingLoader.BUILT_IN.contains(caseArgs.mapping) ? caseArgs.mapping
        : Path.of(caseArgs.mapping).toAbsolutePath().toString();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    BatchConfig config = new BatchConfig(input, out, workers, options.timeout(), resume, checklist, common.lang, date,
        AuditCommand.clock(), VersionProvider.version(), err, terminal, caseArgs.options(), mapping);
    if (worker) {
      return serve(config, workerReader);
    }
    if (!parseMemory.strip().matches("[1-9][0-9]*[kKmMgG]")) {
      throw new UserException(ExitCode.CONFIG, "--parse-memory '" + parseMemory
          + "' is geen geheugengrootte; schrijf bijvoorbeeld 512m of 1g");
    }
    // by default every organisation is audited in a pool of worker JVMs, so a document that hangs
    // or exhausts memory costs that organisation a row and not the batch (tech-notes §5); they
    // start now, while this JVM discovers the organisations. --in-process audits on threads here
    WorkerPool pool = null;
    if (inProcess) {
      nl.meldcheck.batch.JitDirectives.auditorInBackground();
    } else {
      try {
        pool = new WorkerPool(new WorkerPool.Spec(Main.class.getName(), workerArgs(date), parseMemory.strip(),
            options.timeout(), extraJvmArgs(), Discovery.estimate(input)), workers);
        nl.meldcheck.batch.JitDirectives.coordinatorInBackground();
      } catch (IOException e) {
        throw new UserException(ExitCode.CONFIG, e.getMessage() + "; controleer java.io.tmpdir, of gebruik --in-process");
      }
    }
    List<Organisation> orgs;
    BatchRunner runner;
    try {
      try {
        orgs = Discovery.discover(input);
      } catch (IOException e) {
        throw new UserException(ExitCode.CONFIG, e.getMessage());
      }
      if (orgs.isEmpty()) {
        throw new UserException(ExitCode.CONFIG, input + ": geen organisaties gevonden");
      }
      if (pool == null) {
        DocumentReader reader = new DocumentReader(options);
        reader.prepareInBackground();
        runner = new BatchRunner(config, reader::read);
      } else {
        try {
          pool.awaitReady();
        } catch (IOException e) {
          throw new UserException(ExitCode.CONFIG, e.getMessage() + "; of gebruik --in-process");
        }
        runner = new BatchRunner(config, pool);
      }
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      throw e;
    }
    WorkerPool workerPool = pool;
    // Ctrl-C: no new organisation starts; finished rows stay in results.jsonl and the summaries
    // are written for what is done before the JVM exits; then the parse processes stop and
    // their temp directory goes
    Thread hook = new Thread(() -> {
      runner.stop();
      try {
        runner.awaitFinished(Duration.ofMinutes(2).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        if (workerPool != null) {
          workerPool.close();
        }
      }
    }, "meldcheck-batch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    BatchResult result;
    try {
      result = runner.run(orgs);
    } catch (IOException e) {
      // not a bug and not one organisation's input: the output directory or the worker processes;
      // what is finished stays in results.jsonl
      throw new UserException(ExitCode.CONFIG, e.getMessage().replaceFirst("^meldcheck batch: ", "")
          + (e.getCause() instanceof WorkerPool.Failed
          ? "; probeer het opnieuw met --resume, of met --in-process"
          : "; controleer of --out beschrijfbaar is en er schijfruimte is, en ga verder met --resume"));
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down (Ctrl-C): the hook is running and waits for us
      }
      if (pool != null) {
        pool.close();
      }
    }
    err.println(Text.of("meldcheck batch: " + result.rows().size() + " organisaties, resultaten in " + out,
        "meldcheck batch: " + result.rows().size() + " organisations, results in " + out).get(common.lang));
    err.flush();
    if (result.anyUnreadable()) {
      return ExitCode.INPUT;
    }
    return result.allPass() ? ExitCode.OK : ExitCode.GATE_FAILED;
  }

  /**
   * The worker side: audits the organisations the batch process sends on stdin, answers on
   * stdout. System.out was sent to stderr at the start of {@link #call}, so no library can write into the protocol.
   */
  private int serve(BatchConfig config, DocumentReader reader) throws IOException {
    java.io.PrintStream protocol = new java.io.PrintStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), false, java.nio.charset.StandardCharsets.UTF_8);
    WorkerLoop.serve(new BatchRunner(config, reader::read), config.jobs(), System.in, protocol);
    return ExitCode.OK;
  }

  /** This command's settings as a worker's arguments: the same parsing makes the same configuration. */
  private List<String> workerArgs(LocalDate date) {
    List<String> a = new java.util.ArrayList<>(List.of("batch", input.toAbsolutePath().toString(),
        "--out", out.toAbsolutePath().toString(),
        "--timeout", String.valueOf(timeoutSeconds), "--as-of", date.toString(), "--lang", common.lang.name(),
        "--checklist", Files.isRegularFile(Path.of(common.checklist))
            ? Path.of(common.checklist).toAbsolutePath().toString() : common.checklist));
    a.addAll(caseArgs.asArgs());
    return a; // the pool adds --jobs (its threads per worker) and --worker
  }

  /**
   * Extra JVM options for the workers: this JVM's class-data archive when it has one (the
   * launcher's AppCDS archive of the same jar: a worker starts faster with it), then the system
   * property meldcheck.worker.jvmArgs (benchmarks).
   */
  private static List<String> extraJvmArgs() {
    List<String> a = new java.util.ArrayList<>();
    for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-XX:SharedArchiveFile=") || arg.startsWith("-Xlog:cds")) {
        a.add(arg);
      }
    }
    String v = System.getProperty("meldcheck.worker.jvmArgs", "").strip();
    if (!v.isEmpty()) {
      a.addAll(List.of(v.split("\\s+")));
    }
    return a;
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
}
