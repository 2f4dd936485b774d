package nl.meldcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.AuditRequest;
import nl.meldcheck.audit.CaseInput;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.CasesConfigException;
import nl.meldcheck.cases.Mapping;
import nl.meldcheck.cases.MappingLoader;
import nl.meldcheck.audit.Auditor;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.DocumentSource;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Text;
import nl.meldcheck.report.ReportFormat;
import nl.meldcheck.report.ReportStyle;

/**
 * Runs the auditor over every organisation on {@code jobs} workers. Each finished organisation is
 * written at once (its reports and its results.jsonl line, which --resume reads), so a stop or a crash
 * loses only the organisations in flight. Whatever goes wrong with one organisation becomes its
 * row; the batch goes on.
 *
 * <p>By default ({@code meldcheck batch}) each organisation is audited in a {@link WorkerPool}
 * process with its own heap and time limit, so a document that hangs, exhausts memory or crashes
 * its parser costs one row; with {@code --in-process} (and in tests) the audits run on threads of
 * this JVM. Either way the same {@link #auditHere} does the work. Criteria are judged sequentially
 * inside a job: the jobs already fill the cores.
 */
public final class BatchRunner {
  private final BatchConfig config;
  private final Auditor auditor;
  private final WorkerPool workers;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);

  /** Audits every organisation in this JVM, reading documents through {@code source}. */
  public BatchRunner(BatchConfig config, DocumentSource source) {
    this.config = config;
    // criteria are judged in parallel only with a single job: otherwise the jobs fill the cores
    this.auditor = new Auditor(source, config.clock(), config.toolVersion(), config.jobs() == 1);
    this.workers = null;
  }

  /**
   * Audits every organisation in one of the processes of {@code workers}, each with its own heap
   * and time limit (see {@link WorkerPool}); this JVM discovers, hashes, logs and summarises.
   */
  public BatchRunner(BatchConfig config, WorkerPool workers) {
    this.config = config;
    this.auditor = null;
    this.workers = java.util.Objects.requireNonNull(workers, "workers");
  }

  /**
   * One organisation's audit in this JVM: reports written to {@code out/orgs}, the row returned.
   * What a worker process runs for each request ({@link WorkerLoop}).
   *
   * @param hash the input hash when the caller has it (--resume), else null: then it is computed
   *     here, with the document's SHA-256 taken from its reading instead of a second pass
   */
  OrgResult auditHere(Organisation o, String hash, String checklistKey) throws IOException {
    return audit(auditor, o, hash, checklistKey);
  }

  /** The input hash, or empty when an input cannot be read now (the organisation then runs again on --resume). */
  private static String hashOrEmpty(Organisation o) {
    try {
      return inputHash(o);
    } catch (IOException e) {
      return "";
    }
  }

  /** Asks the batch to stop: no new organisation starts; those in flight finish. Safe from any thread. */
  public void stop() {
    stop.set(true);
  }

  /** Waits until {@link #run} has written everything after a stop (for a shutdown hook). */
  public boolean awaitFinished(long millis) throws InterruptedException {
    return finished.await(millis, TimeUnit.MILLISECONDS);
  }

  public BatchResult run(List<Organisation> orgs) throws IOException {
    try {
      return runAll(orgs);
    } finally {
      finished.countDown();
    }
  }

  private BatchResult runAll(List<Organisation> orgs) throws IOException {
    Path out = config.out();
    Files.createDirectories(out.resolve("orgs"));
    // the resume state file of earlier builds: results.jsonl holds the same, and is newer
    Files.deleteIfExists(out.resolve("batch-state.json"));
    String checklistKey = checklistKey(config.checklist(), config.toolVersion());
    Map<String, String> hashes = new ConcurrentHashMap<>();
    // rows --resume takes over: only where they are in the old log, not the rows themselves
    Resumed resumed = config.resume() ? resumable(orgs, checklistKey, hashes) : new Resumed(Map.of(), 0);
    Map<String, ResultsLog.Loc> kept = resumed.kept();
    Progress progress = new Progress(config.progress(), config.lang(), config.terminal(), orgs.size(), System::nanoTime);
    progress.skipped(kept.size(), resumed.problems());
    // with workers, one thread per audit the pool takes at once (its queue included)
    int threads = workers == null ? config.jobs() : workers.capacity();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "meldcheck-batch");
      t.setDaemon(true);
      return t;
    });
    // Organisations are handed to the pool a few at a time, not all at once: a queued task per
    // organisation was memory that grew with the batch
    int ahead = 2 * threads;
    Semaphore slots = new Semaphore(ahead);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Map<String, ResultsLog.Loc> logged;
    try (ResultsLog log = new ResultsLog(out, kept)) {
      logged = log.locations();
      try {
        for (Organisation o : largestFirst(orgs)) {
          if (kept.containsKey(o.slug())) {
            continue;
          }
          slots.acquire();
          if (stop.get() || failure.get() != null) {
            slots.release();
            break;
          }
          pool.execute(() -> {
            try {
              // known only with --resume; otherwise the audit hashes the inputs where it reads them
              // (in the worker, reusing the document's own SHA-256), so this process reads no input
              String hash = hashes.remove(o.slug());
              OrgResult row = stop.get() ? null : workers == null ? auditHere(o, hash, checklistKey)
                  : workers.run(o, hash, checklistKey, stop::get,
                      (status, message) -> unjudged(o, hash != null ? hash : hashOrEmpty(o), checklistKey, status,
                          message.get(config.lang())));
              if (row != null) { // null: the batch is stopping and this organisation's worker went with it
                log.append(row);
                progress.done(!row.inputProblem());
              }
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            } finally {
              slots.release();
            }
          });
        }
        slots.acquire(ahead); // every organisation handed out is done
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop.set(true);
      }
      Throwable failed = failure.get();
      if (failed instanceof WorkerPool.Failed f) {
        throw new IOException("meldcheck batch: " + f.getMessage(), f);
      } else if (failed instanceof Error e) {
        throw e;
      } else if (failed != null) {
        throw new IOException("meldcheck batch: kan de resultaten niet schrijven: " + failed.getMessage(), failed);
      }
    } finally {
      pool.shutdownNow();
    }
    LoggedRows rows = new LoggedRows(out.resolve(ResultsLog.FILE), orgs, logged, o -> notRun(o, checklistKey));
    boolean interrupted = stop.get() && rows.logged() < orgs.size();
    progress.finish(interrupted);
    try {
      Summaries.writeAll(out, rows, config.checklist(), config.lang());
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    removeStale(out.resolve("orgs"), orgs);
    return new BatchResult(rows, kept.size(), interrupted);
  }

  /**
   * The rows of the last run in --out that --resume keeps, as their places in its results.jsonl:
   * those whose organisation is still found and whose input hash and checklist key (both in the
   * row) equal the current ones. The current hash of every other organisation goes into
   * {@code hashes} for its audit. An input that cannot be read now gives no hash: its organisation
   * runs again, and its row says why. Kept rows with an input problem are counted for the progress
   * line, which then agrees with the exit code.
   */
  private Resumed resumable(List<Organisation> orgs, String checklistKey, Map<String, String> hashes)
      throws IOException {
    Path dir = config.out();
    Map<String, ResultsLog.Loc> previous = ResultsLog.index(dir);
    Map<String, ResultsLog.Loc> kept = new LinkedHashMap<>();
    int problems = 0;
    try (java.nio.channels.FileChannel old = previous.isEmpty() ? null
        : java.nio.channels.FileChannel.open(dir.resolve(ResultsLog.FILE))) {
      for (Organisation o : orgs) {
        String hash = hashOrEmpty(o);
        if (hash.isEmpty()) {
          continue;
        }
        ResultsLog.Loc at = previous.get(o.slug());
        if (at != null) {
          OrgResult before = ResultsLog.rowAt(old, at);
          if (before.inputHash().equals(hash) && before.checklistKey().equals(checklistKey)) {
            kept.put(o.slug(), at);
            if (before.inputProblem()) {
              problems++;
            }
            continue;
          }
        }
        hashes.put(o.slug(), hash);
      }
    }
    return new Resumed(kept, problems);
  }

  /** The rows --resume keeps (by slug, their place in the old log) and how many had an input problem. */
  private record Resumed(Map<String, ResultsLog.Loc> kept, int problems) {}

  /**
   * The organisations in the order their audits start: largest inputs first (ties in discovery
   * order). A batch ends when its slowest audit ends; started last, a 1,000-page PDF kept one
   * core busy for seconds while the other had nothing left to do. Started first, the small ones
   * fill in around it. Rows and summaries keep discovery order whatever the order of work.
   */
  static List<Organisation> largestFirst(List<Organisation> orgs) {
    Map<String, Long> size = new java.util.HashMap<>();
    for (Organisation o : orgs) {
      long n = 0;
      for (Path p : o.inputs()) {
        try {
          n += Files.size(p);
        } catch (IOException e) {
          // missing or unreadable: the audit reports it; it costs nothing to run
        }
      }
      size.put(o.slug(), n);
    }
    List<Organisation> order = new ArrayList<>(orgs);
    order.sort(java.util.Comparator.comparingLong((Organisation o) -> size.get(o.slug())).reversed());
    return order;
  }

  /**
   * Removes the reports of organisations that are no longer in the input (renamed, removed from the
   * manifest), so orgs/ and the summaries tell the same story. Only meldcheck's own file names
   * (slug.json, slug.html) in orgs/ are touched.
   */
  private static void removeStale(Path orgsDir, List<Organisation> orgs) throws IOException {
    java.util.Set<String> current = new java.util.HashSet<>();
    for (Organisation o : orgs) {
      current.add(o.slug() + ".json");
      current.add(o.slug() + ".html");
    }
    List<Path> stale;
    try (java.util.stream.Stream<Path> files = Files.list(orgsDir)) {
      stale = files.filter(f -> {
        String n = f.getFileName().toString();
        return (n.endsWith(".json") || n.endsWith(".html")) && n.matches("[a-z0-9-]+\\.(json|html)")
            && !current.contains(n);
      }).toList();
    }
    for (Path f : stale) {
      Files.deleteIfExists(f);
    }
  }

  private OrgResult audit(Auditor auditor, Organisation o, String knownHash, String checklistKey) throws IOException {
    Lang lang = config.lang();
    String hash = knownHash != null ? knownHash : "";
    if (knownHash == null && (!o.problem().isEmpty() || o.documents().isEmpty())) {
      hash = hashOrEmpty(o);
    }
    if (!o.problem().isEmpty()) {
      return unjudged(o, hash, checklistKey, o.problem(), problemText(o).get(lang));
    }
    Path doc = o.documents().get(0);
    Checklist cl = config.checklist();
    Optional<String> sector = Optional.of(o.sector().toLowerCase(java.util.Locale.ROOT))
        .filter(s -> cl.sectors().contains(s));
    List<CaseInput> cases = new ArrayList<>();
    if (!o.exports().isEmpty()) {
      Mapping mapping;
      try {
        mapping = mapping(o.mapping().isEmpty() ? config.mapping() : o.mapping());
      } catch (CasesConfigException e) {
        return unjudged(o, knownHash != null ? knownHash : hashOrEmpty(o), checklistKey, "config", Text.of("Koppeling van de dossierexport is ongeldig: ",
            "The case export's mapping is invalid: ").get(lang) + String.join("; ", e.problems()));
      }
      CaseOptions options = o.decisionMaker().isEmpty() ? config.caseOptions()
          : config.caseOptions().withDecisionMakerRole(o.decisionMaker());
      for (Path export : o.exports()) {
        cases.add(new CaseInput(export, mapping, options));
      }
    }
    AuditReport report;
    try {
      report = auditor.audit(new AuditRequest(doc, display(doc), cl, sector, config.asOf(), lang, List.of(), List.of(),
          cases, false));
    } catch (RuntimeException | StackOverflowError e) {
      // a bug must cost one row, not the batch; the row says it is ours
      return unjudged(o, knownHash != null ? knownHash : hashOrEmpty(o), checklistKey, "error", Text.of("Interne fout bij deze organisatie: " + e,
          "Internal error for this organisation: " + e).get(lang));
    } catch (OutOfMemoryError e) {
      // in process the heap is shared: the failed audit's memory is garbage now, so the others can go on
      return unjudged(o, knownHash != null ? knownHash : hashOrEmpty(o), checklistKey, "too_large", Text.of(
          "Het document vroeg meer geheugen dan beschikbaar; lever een kleiner document aan.",
          "The document needed more memory than available; supply a smaller document.").get(lang));
    }
    Path orgs = config.out().resolve("orgs");
    AtomicFiles.write(orgs.resolve(o.slug() + ".json"),
        os -> ReportFormat.JSON.reporter(ReportStyle.plain()).write(report, os));
    AtomicFiles.write(orgs.resolve(o.slug() + ".html"),
        os -> ReportFormat.HTML.reporter(ReportStyle.plain()).write(report, os));
    Map<String, Double> areas = new LinkedHashMap<>();
    for (AreaScore a : report.areas()) {
      areas.put(a.id(), a.score());
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (CriterionResult r : report.results()) {
      outcomes.put(r.id(), r.outcome().code());
    }
    boolean judged = report.input().status().judged();
    String message = report.input().message();
    if (!o.sector().isEmpty() && sector.isEmpty()) {
      message = (message.isEmpty() ? "" : message + " ") + Text.of(
          "Sector '" + o.sector() + "' staat niet in de checklist; beoordeeld zonder sector.",
          "Sector '" + o.sector() + "' is not in the checklist; judged without a sector.").get(lang);
    }
    String casesStatus = "";
    Map<String, Double> caseRates = new LinkedHashMap<>();
    CaseSection cs = report.cases();
    if (cs != null) {
      casesStatus = "ok";
      for (CaseSection.Export e : cs.exports()) {
        if (!e.status().equals(CaseSection.Export.OK)) {
          casesStatus = casesStatus.equals("ok") ? e.status() : casesStatus;
          message = (message.isEmpty() ? "" : message + " ") + e.message();
        }
      }
      if (cs.anyRead()) {
        for (CaseSection.Rate r : cs.rates()) {
          caseRates.put(r.id(), r.passRate());
        }
      }
    }
    if (knownHash == null) {
      String docSha = report.input().sha256();
      hash = hashOrEmpty(o, docSha.isEmpty() ? Map.of() : Map.of(doc, docSha));
    }
    return new OrgResult(o.slug(), o.name(), o.sector(), o.registration(), display(doc),
        report.input().status().code(), report.verdict().code(), judged ? report.score().value() : null, message,
        areas, outcomes, hash, checklistKey, casesStatus, caseRates);
  }

  /** Mappings by name or file, loaded once per batch (a thousand organisations share a few). */
  private final Map<String, Object> mappings = new ConcurrentHashMap<>();

  private Mapping mapping(String nameOrFile) throws CasesConfigException {
    Object m = mappings.computeIfAbsent(nameOrFile, k -> {
      try {
        return MappingLoader.BUILT_IN.contains(k) ? MappingLoader.builtIn(k) : MappingLoader.load(Path.of(k));
      } catch (CasesConfigException e) {
        return e;
      }
    });
    if (m instanceof CasesConfigException e) {
      throw e;
    }
    return (Mapping) m;
  }

  private static Text problemText(Organisation o) {
    return switch (o.problem()) {
      case Organisation.NO_DOCUMENT -> Text.of("Geen meldcode-document gevonden.", "No meldcode document found.");
      case Organisation.MULTIPLE_DOCUMENTS -> Text.of(
          "Meer dan een kandidaat-document (" + names(o) + "); noem het juiste in organisation.yaml (document:).",
          "More than one candidate document (" + names(o) + "); name the right one in organisation.yaml (document:).");
      default -> Text.of("organisation.yaml is ongeldig: geen geldig YAML, of 'document' wijst buiten de map van de organisatie.",
          "organisation.yaml is invalid: not valid YAML, or 'document' points outside the organisation's directory.");
    };
  }

  private static String names(Organisation o) {
    return String.join(", ", o.documents().stream().map(p -> p.getFileName().toString()).toList());
  }

  private OrgResult unjudged(Organisation o, String hash, String key, String status, String message) {
    String doc = o.documents().size() == 1 ? display(o.documents().get(0)) : "";
    return new OrgResult(o.slug(), o.name(), o.sector(), o.registration(), doc, status,
        Verdict.NIET_BEOORDEELD.code(), null, message, Map.of(), Map.of(), hash, key);
  }

  private OrgResult notRun(Organisation o, String key) {
    return unjudged(o, "", key, OrgResult.NOT_RUN, Text.of("Niet uitgevoerd: de batch werd onderbroken.",
        "Not run: the batch was interrupted.").get(config.lang()));
  }

  /** The document path relative to the batch input, as an inspector recognises it. */
  private String display(Path doc) {
    Path in = config.input() == null ? null : config.input().toAbsolutePath().normalize();
    Path base = in == null ? null : Files.isDirectory(in) ? in : in.getParent();
    Path abs = doc.toAbsolutePath().normalize();
    return base != null && abs.startsWith(base) ? base.relativize(abs).toString() : doc.toString();
  }

  /** SHA-256 over the organisation's metadata and the content of each input file (missing files count too). */
  static String inputHash(Organisation o) throws IOException {
    return inputHash(o, Map.of());
  }

  /** {@link #inputHash(Organisation)}, taking the hex SHA-256 of some files from {@code known}. */
  static String inputHash(Organisation o, Map<Path, String> known) throws IOException {
    MessageDigest all = sha256();
    update(all, o.name() + "\0" + o.sector() + "\0" + o.registration() + "\0" + o.problem() + "\0");
    for (Path p : o.inputs()) {
      update(all, p.getFileName() + "\0");
      String h = known.get(p);
      update(all, h != null ? h : Files.isRegularFile(p) ? fileHash(p) : "missing");
      update(all, "\0");
    }
    return HexFormat.of().formatHex(all.digest());
  }

  private static String hashOrEmpty(Organisation o, Map<Path, String> known) {
    try {
      return inputHash(o, known);
    } catch (IOException e) {
      return "";
    }
  }

  /** Checklist id, version and the hash of its file; a built-in one is tied to the meldcheck version. */
  static String checklistKey(Checklist cl, String toolVersion) throws IOException {
    String source = cl.source() == null ? "" : cl.source();
    Path file = source.isEmpty() ? null : Path.of(source);
    if (file == null || !Files.isRegularFile(file)) {
      return cl.id() + "@" + cl.version() + "#builtin-" + toolVersion;
    }
    // a user's checklist may extend another file (or a built-in): a change to any of them changes
    // the results, so the key covers the whole chain
    StringBuilder chain = new StringBuilder();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path f = file.toAbsolutePath().normalize(); f != null && seen.add(f); ) {
      chain.append(fileHash(f));
      String parent = extendsOf(f);
      if (parent.isEmpty()) {
        break;
      }
      Path p = f.resolveSibling(parent).normalize();
      if (Files.isRegularFile(p)) {
        f = p;
      } else {
        chain.append("+builtin-").append(parent).append('-').append(toolVersion);
        f = null;
      }
    }
    MessageDigest md = sha256();
    update(md, chain.toString());
    return cl.id() + "@" + cl.version() + "#" + HexFormat.of().formatHex(md.digest());
  }

  /** The top-level {@code extends} of a checklist file, or empty (the loader has validated it already). */
  private static String extendsOf(Path checklist) {
    try {
      com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper(
          new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(checklist.toFile());
      com.fasterxml.jackson.databind.JsonNode e = n == null ? null : n.get("extends");
      return e == null || e.isNull() ? "" : e.asText().strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static String fileHash(Path p) throws IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(p)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
