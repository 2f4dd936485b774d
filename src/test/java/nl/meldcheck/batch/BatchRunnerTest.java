package nl.meldcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.document.DocumentException;
import nl.meldcheck.document.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures and stops cost rows, never the batch; no real documents needed. */
class BatchRunnerTest {
  @TempDir Path tmp;

  private List<Organisation> orgs(int n) throws Exception {
    for (int i = 0; i < n; i++) {
      Path d = Files.createDirectories(tmp.resolve("in").resolve(String.format("org-%02d", i)));
      Files.writeString(d.resolve("meldcode.txt"), "meldcode " + i);
    }
    return Discovery.fromDirectory(tmp.resolve("in"));
  }

  private BatchConfig config(StringWriter progress) throws Exception {
    return new BatchConfig(tmp.resolve("in"), tmp.resolve("out"), 1, Duration.ofSeconds(5), false,
        ChecklistLoader.resolve("basis"), Lang.EN, LocalDate.parse("2026-01-01"),
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test", new PrintWriter(progress), false);
  }

  @Test
  void timeoutsAndBugsBecomeRowsAndTheBatchGoesOn() throws Exception {
    List<Organisation> orgs = orgs(3);
    StringWriter progress = new StringWriter();
    BatchResult result = new BatchRunner(config(progress), p -> {
      if (p.getParent().getFileName().toString().equals("org-00")) {
        throw new DocumentException(ReadProblem.TIMEOUT, p + ": took too long");
      }
      if (p.getParent().getFileName().toString().equals("org-01")) {
        throw new IllegalStateException("a bug");
      }
      throw new OutOfMemoryError("Java heap space");
    }).run(orgs);
    assertEquals(List.of("timeout", "error", "too_large"), result.rows().stream().map(OrgResult::status).toList());
    assertTrue(result.rows().get(1).message().contains("a bug"));
    // plain lines (not a terminal): no carriage returns, and the final count once
    assertEquals(1, progress.toString().split("3/3 organisations", -1).length - 1, progress.toString());
    assertTrue(!progress.toString().contains("\r"));
    assertTrue(progress.toString().contains("3 with input problems"), progress.toString());
  }

  @Test
  void aStopKeepsFinishedRowsAndListsTheRestAsNotRun() throws Exception {
    List<Organisation> orgs = orgs(4);
    AtomicReference<BatchRunner> runner = new AtomicReference<>();
    runner.set(new BatchRunner(config(new StringWriter()), p -> {
      runner.get().stop(); // as Ctrl-C during the first document
      throw new DocumentException(ReadProblem.CORRUPT, p + ": damaged");
    }));
    BatchResult result = runner.get().run(orgs);
    assertTrue(result.interrupted());
    assertEquals(List.of("corrupt", OrgResult.NOT_RUN, OrgResult.NOT_RUN, OrgResult.NOT_RUN),
        result.rows().stream().map(OrgResult::status).toList());
    assertEquals(1, Files.readAllLines(tmp.resolve("out").resolve(ResultsLog.FILE)).size());
    assertEquals(5, Files.readAllLines(tmp.resolve("out").resolve(Summaries.CSV)).size());
    assertTrue(runner.get().awaitFinished(0));
  }

  @Test
  void organisationYamlCannotPointOutsideItsDirectory() throws Exception {
    Path secret = Files.writeString(tmp.resolve("geheim.txt"), "niet van deze organisatie");
    Path d = Files.createDirectories(tmp.resolve("in/org"));
    Files.writeString(d.resolve("organisation.yaml"), "name: Org\ndocument: ../../" + secret.getFileName() + "\n");
    Files.writeString(d.resolve("meldcode.txt"), "meldcode");
    Organisation o = Discovery.fromDirectory(tmp.resolve("in")).get(0);
    assertEquals(Discovery.INVALID_METADATA, o.problem());
    assertEquals(List.of(), o.documents());
    Files.writeString(d.resolve("organisation.yaml"), "name: [niet: afgesloten\n");
    assertEquals(Discovery.INVALID_METADATA, Discovery.fromDirectory(tmp.resolve("in")).get(0).problem());
    Files.writeString(d.resolve("organisation.yaml"), "name: Org\ndocument: meldcode.txt\n");
    assertEquals(List.of(d.resolve("meldcode.txt")), Discovery.fromDirectory(tmp.resolve("in")).get(0).documents());
  }

  @Test
  void slugsAreFileNameSafeAndUnique() {
    assertEquals("zorggroep-o-t-rijnland", Discovery.slug("Zorggroep Ö't Rijnland"));
    assertEquals("organisatie", Discovery.slug("../.."));
  }

  @Test
  void csvCellsCannotStartAFormula() {
    assertEquals("'=1+1", Summaries.cell("=1+1"));
    assertEquals("'@SUM(A1)", Summaries.cell("@SUM(A1)"));
    assertEquals("Jeugdhulp", Summaries.cell("Jeugdhulp"));
    assertEquals("72.5", Summaries.cell(72.5));
  }

  @Test
  void numbersHaveOneDecimalRoundedAsFormatterRoundsThem() {
    // scores and rates are 0..100: every value with three decimals, the halves (x.x5) included,
    // and ratios like the case rates; compared with what String.format gave before
    java.util.List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i <= 100_000; i++) {
      values.add(i / 1000.0);
    }
    for (int n = 1; n <= 300; n++) {
      for (int k = 0; k <= n; k++) {
        values.add(100.0 * k / n);
      }
    }
    values.addAll(java.util.List.of(0.05, 0.15, 2.675, 99.95, 100.0, 1e-9, 66.66666666666667));
    for (double d : values) {
      assertEquals(String.format(java.util.Locale.ROOT, "%.1f", d), Summaries.oneDecimal(d), "value " + d);
    }
  }

  @Test
  void theChecklistKeyCoversTheChecklistItExtends() throws Exception {
    Path parent = Files.copy(Path.of("checklists/basis.yaml"), tmp.resolve("parent.yaml"));
    Path child = Files.writeString(tmp.resolve("child.yaml"), "id: kind\nversion: \"1\"\ntitle: Kind\nextends: parent.yaml\n");
    String before = BatchRunner.checklistKey(ChecklistLoader.load(child), "test");
    assertEquals(before, BatchRunner.checklistKey(ChecklistLoader.load(child), "test"), "stable");
    Files.writeString(parent, Files.readString(parent).replace("pass_mark: 75", "pass_mark: 80"));
    String after = BatchRunner.checklistKey(ChecklistLoader.load(child), "test");
    org.junit.jupiter.api.Assertions.assertNotEquals(before, after, "a changed parent invalidates --resume");
  }

  @Test
  void reportsOfOrganisationsNoLongerInTheInputAreRemoved() throws Exception {
    List<Organisation> orgs = orgs(3);
    new BatchRunner(config(new StringWriter()), f -> {
      throw new nl.meldcheck.document.DocumentException(nl.meldcheck.document.ReadProblem.EMPTY, "leeg");
    }).run(orgs);
    Path orgsDir = tmp.resolve("out/orgs");
    assertTrue(Files.isRegularFile(orgsDir.resolve("org-02.json")), "every organisation has its report");
    Files.writeString(orgsDir.resolve("notities.txt"), "van de inspecteur");
    new BatchRunner(config(new StringWriter()), f -> {
      throw new nl.meldcheck.document.DocumentException(nl.meldcheck.document.ReadProblem.EMPTY, "leeg");
    }).run(orgs.subList(0, 2));
    assertFalse(Files.exists(orgsDir.resolve("org-02.json")), "the removed organisation's report is gone");
    assertTrue(Files.exists(orgsDir.resolve("notities.txt")), "files meldcheck did not write stay");
  }

  @Test
  void theInputHashTakesTheDocumentsOwnShaWithoutChangingTheResult() throws Exception {
    // the worker reuses the SHA-256 the document reader computed; --resume recomputes it from
    // the files in the batch process: both must give the same key, or nothing is ever skipped
    Path dir = Files.createDirectories(tmp.resolve("org"));
    Path doc = dir.resolve("meldcode.md");
    Files.writeString(dir.resolve("meldcode.md"), "# Meldcode\n\nStap 1: signalen in kaart brengen.\n");
    Path export = dir.resolve("dossiers.csv");
    Files.writeString(export, "casus_id\nA1\n");
    Organisation o = new Organisation("org", "Org", "onderwijs", "", List.of(doc), List.of(doc, export), "",
        List.of(export), "", "");
    String sha = new nl.meldcheck.document.DocumentReader(nl.meldcheck.document.ReadOptions.DEFAULTS).read(doc).sha256();
    assertEquals(BatchRunner.inputHash(o), BatchRunner.inputHash(o, java.util.Map.of(doc, sha)));
    assertFalse(BatchRunner.inputHash(o).equals(BatchRunner.inputHash(o, java.util.Map.of(doc, "0".repeat(64)))),
        "the known hash is really used");
  }

  @Test
  void auditsStartWithTheLargestInputsAndTiesKeepDiscoveryOrder() throws Exception {
    List<Organisation> orgs = new java.util.ArrayList<>();
    int[] sizes = {10, 5000, 10, 0, 70000};
    for (int i = 0; i < sizes.length; i++) {
      Path f = tmp.resolve("doc-" + i + ".txt");
      if (sizes[i] > 0) {
        Files.write(f, new byte[sizes[i]]);
      } // doc-3 is missing: size 0, it still runs (and gets its row)
      orgs.add(new Organisation("org-" + i, null, "", "", List.of(f), List.of(f), ""));
    }
    assertEquals(List.of("org-4", "org-1", "org-0", "org-2", "org-3"),
        BatchRunner.largestFirst(orgs).stream().map(Organisation::slug).toList());
  }
}
