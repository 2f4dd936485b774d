package nl.meldcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.Fixtures;
import nl.meldcheck.document.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker processes of a batch: real JVMs started from this classpath. A worker's audit equals
 * the in-process one; a document that hangs, exhausts the worker's memory or takes its JVM down
 * costs that organisation a row and the pool goes on; an innocent audit in the same worker gets
 * its real row.
 */
class WorkerPoolTest {
  @TempDir Path tmp;

  private WorkerPool pool(int jobs, String heap, int timeoutSeconds, List<String> jvmArgs) throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    Files.createDirectories(tmp.resolve("out/orgs"));
    WorkerPool p = new WorkerPool(new WorkerPool.Spec("nl.meldcheck.cli.Main", List.of("batch",
        tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString(), "--timeout", String.valueOf(timeoutSeconds),
        "--as-of", "2026-11-28", "--lang", "NL"), heap, Duration.ofSeconds(timeoutSeconds), jvmArgs), jobs);
    try {
      p.awaitReady();
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
    return p;
  }

  private static Organisation org(String slug, Path doc) {
    return new Organisation(slug, slug, "zorg", "", List.of(doc), List.of(doc), "");
  }

  private static OrgResult run(WorkerPool p, Organisation o) throws IOException {
    return p.run(o, "hash", "key", () -> false, (status, message) -> new OrgResult(o.slug(), o.name(), o.sector(),
        "", "", status, "niet_beoordeeld", null, message.get(Lang.NL), Map.of(), Map.of(), "hash", "key"));
  }

  /** A real PDF of {@code pages} pages of 20 lines: 1,500 pages take seconds to parse. */
  private Path longPdf(String name, int pages) throws IOException {
    List<List<String>> all = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      List<String> lines = new ArrayList<>();
      for (int l = 0; l < 20; l++) {
        lines.add("Bij signalen van huiselijk geweld raadpleegt u de aandachtsfunctionaris, pagina " + i + ".");
      }
      all.add(lines);
    }
    return Fixtures.pdf(tmp.resolve(name), all, null);
  }

  @Test
  void aWorkersAuditIsTheInProcessAudit() throws Exception {
    List<Organisation> orgs = new ArrayList<>();
    for (String s : List.of("jeugdhulp-het-anker/meldcode.pdf", "basisschool-de-regenboog/meldcode.docx",
        "kinderopvang-het-speelhuis/meldcode.odt", "fysio-beweegwijs/meldcode.html")) {
      orgs.add(org(s.substring(0, s.indexOf('/')), Path.of("samples", s).toAbsolutePath()));
    }
    List<OrgResult> forked = new ArrayList<>();
    try (WorkerPool p = pool(2, "256m", 60, List.of())) {
      for (Organisation o : orgs) {
        forked.add(run(p, o));
      }
    }
    BatchConfig config = new BatchConfig(tmp.resolve("in"), tmp.resolve("out"), 2, Duration.ofSeconds(60), false,
        ChecklistLoader.resolve("basis"), Lang.NL, LocalDate.parse("2026-11-28"), Clock.systemUTC(), "x",
        new PrintWriter(new StringWriter()), false);
    BatchRunner here = new BatchRunner(config, new DocumentReader(ReadOptions.DEFAULTS)::read);
    for (int i = 0; i < orgs.size(); i++) {
      OrgResult h = here.auditHere(orgs.get(i), "hash", "key");
      assertEquals("ok", h.status(), h.message());
      // the checklist key and version differ (the worker is a CLI with its own version): compare the judgement
      assertEquals(h.outcomes(), forked.get(i).outcomes());
      assertEquals(h.score(), forked.get(i).score());
      assertEquals(h.verdict(), forked.get(i).verdict());
      assertTrue(Files.isRegularFile(tmp.resolve("out/orgs/" + orgs.get(i).slug() + ".html")));
    }
  }

  @Test
  void aHangingDocumentIsATimeoutAndTheOthersGoOn() throws Exception {
    Path slow = longPdf("traag.pdf", 3000);
    Path fine = Path.of("samples/jeugdhulp-het-anker/meldcode.pdf").toAbsolutePath();
    ExecutorService two = Executors.newFixedThreadPool(2);
    try (WorkerPool p = pool(2, "256m", 1, List.of())) {
      run(p, org("warm", fine)); // the worker is up, so the second below is all parse time
      long start = System.nanoTime();
      Future<OrgResult> hanging = two.submit(() -> run(p, org("traag", slow)));
      Future<OrgResult> beside = two.submit(() -> run(p, org("ernaast", fine)));
      OrgResult t = hanging.get();
      assertEquals("timeout", t.status(), t.message());
      assertTrue(t.message().contains("1 s"), t.message());
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
      assertEquals("ok", beside.get().status(), beside.get().message());
      // the worker with the runaway parse is replaced; the next organisation is audited as before
      assertEquals("ok", run(p, org("daarna", fine)).status());
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void runningOutOfMemoryIsTooLargeAndTheNeighbourGetsItsOwnRow() throws Exception {
    Path big = Fixtures.bigRunDocx(tmp.resolve("een-lange-zin.docx"), 40);
    Path fine = Path.of("samples/basisschool-de-regenboog/meldcode.docx").toAbsolutePath();
    Path medium = longPdf("middel.pdf", 300);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try (WorkerPool p = pool(2, "64m", 60, List.of())) {
      Future<OrgResult> neighbour = two.submit(() -> run(p, org("buur", medium)));
      Future<OrgResult> bomb = two.submit(() -> run(p, org("groot", big)));
      OrgResult b = bomb.get();
      assertEquals("too_large", b.status(), b.message());
      assertTrue(b.message().contains("64M"), b.message());
      // whether or not the neighbour was in flight when the worker died, it gets its own verdict
      OrgResult n = neighbour.get();
      assertFalse(n.status().equals("too_large") || n.status().equals("corrupt"), n.status() + " " + n.message());
      assertEquals("ok", run(p, org("daarna", fine)).status());
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aWorkerKilledFromOutsideCostsNoRow() throws Exception {
    Path medium = longPdf("middel.pdf", 1500);
    try (WorkerPool p = pool(1, "256m", 60, List.of())) {
      CompletableFuture<OrgResult> row = CompletableFuture.supplyAsync(() -> {
        try {
          return run(p, org("middel", medium));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      Thread.sleep(1500); // the request is in the worker, parsing
      ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
      OrgResult r = row.get();
      // audited again in a fresh worker: the document's own result, not "corrupt"
      assertFalse(r.status().equals("corrupt") || r.status().equals("error"), r.status() + " " + r.message());
    }
  }

  @Test
  void aWorkerThatCannotStartFailsThePoolAtOnceWithTheJvmsWords() throws Exception {
    // the pool uses the serial collector; a second one makes the JVM refuse to start
    WorkerPool.Failed e = assertThrows(WorkerPool.Failed.class, () -> pool(1, "256m", 60, List.of("-XX:+UseParallelGC")));
    assertTrue(e.getMessage().contains("kon niet starten"), e.getMessage());
    assertTrue(e.getMessage().contains("garbage collectors"), e.getMessage());
  }
}
