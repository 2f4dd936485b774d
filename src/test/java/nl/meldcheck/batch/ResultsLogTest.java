package nl.meldcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.jsonl as the batch's memory: rows located by byte offset, read back in discovery order. */
class ResultsLogTest {
  @TempDir Path dir;

  private static OrgResult row(String slug, String name, double score) {
    return new OrgResult(slug, name, "onderwijs", "", slug + "/meldcode.pdf", "ok", "voldoet_deels", score, "",
        Map.of("stappen", score), Map.of("stap-1", "pass", "stap-2", "fail"), "h-" + slug, "key");
  }

  private static Organisation org(String slug) {
    return new Organisation(slug, slug, "", "", List.of(), List.of(), "");
  }

  @Test
  void rowsAreReadBackByByteOffsetInDiscoveryOrderEvenWithMultiByteNames() throws Exception {
    List<Organisation> orgs = new ArrayList<>();
    List<OrgResult> written = new ArrayList<>();
    try (ResultsLog log = new ResultsLog(dir, Map.of())) {
      // more rows than one read chunk, names with é, ü and a 4-byte character, written out of order
      for (int i = 599; i >= 0; i--) {
        OrgResult r = row("org-" + i, "Stichting Café Zürich \uD83D\uDE00 " + i, i % 100);
        log.append(r);
        written.add(0, r);
      }
      for (int i = 0; i < 600; i++) {
        orgs.add(org("org-" + i));
      }
      orgs.add(org("niet-gedaan"));
      LoggedRows rows = new LoggedRows(dir.resolve(ResultsLog.FILE), orgs, log.locations(),
          o -> new OrgResult(o.slug(), o.name(), "", "", "", OrgResult.NOT_RUN, "niet_beoordeeld", null, "",
              Map.of(), Map.of(), "", "key"));
      assertEquals(601, rows.size());
      assertEquals(600, rows.logged());
      List<OrgResult> all = new ArrayList<>(rows); // the iterator, in chunks
      assertEquals(written, all.subList(0, 600));
      assertEquals(OrgResult.NOT_RUN, all.get(600).status());
      assertEquals(written.get(313), rows.get(313)); // random access
    }
  }

  @Test
  void indexKeepsTheLastLineOfASlugAndSkipsTornAndBlankLines() throws Exception {
    String a1 = ResultsLog.JSON.writeValueAsString(row("a", "Één", 10));
    String b = ResultsLog.JSON.writeValueAsString(row("b", "Bé", 20));
    String a2 = ResultsLog.JSON.writeValueAsString(row("a", "Één", 30));
    String torn = ResultsLog.JSON.writeValueAsString(row("c", "C", 40));
    Files.writeString(dir.resolve(ResultsLog.FILE), a1 + "\n" + b + "\n\n" + a2 + "\n"
        + torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8);
    Map<String, ResultsLog.Loc> index = ResultsLog.index(dir);
    assertEquals(List.of("b", "a"), List.copyOf(index.keySet()));
    try (var ch = java.nio.channels.FileChannel.open(dir.resolve(ResultsLog.FILE))) {
      assertEquals(30.0, ResultsLog.rowAt(ch, index.get("a")).score());
      assertEquals("Bé", ResultsLog.rowAt(ch, index.get("b")).name());
    }
  }

  @Test
  void resumedLogCopiesTheKeptLinesThenAppends() throws Exception {
    try (ResultsLog log = new ResultsLog(dir, Map.of())) {
      log.append(row("a", "Ä", 10));
      log.append(row("b", "B", 20));
      log.append(row("c", "Ç", 30));
    }
    Map<String, ResultsLog.Loc> old = ResultsLog.index(dir);
    Map<String, ResultsLog.Loc> kept = new LinkedHashMap<>();
    kept.put("c", old.get("c"));
    kept.put("a", old.get("a"));
    try (ResultsLog log = new ResultsLog(dir, kept)) {
      log.append(row("b", "B", 25));
      LoggedRows rows = new LoggedRows(dir.resolve(ResultsLog.FILE), List.of(org("a"), org("b"), org("c")),
          log.locations(), o -> { throw new AssertionError(o.slug()); });
      assertEquals(List.of(10.0, 25.0, 30.0), rows.stream().map(OrgResult::score).toList());
    }
    List<String> lines = Files.readAllLines(dir.resolve(ResultsLog.FILE));
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).contains("\"slug\":\"c\"") && lines.get(2).contains("\"score\":25.0"), lines.toString());
    Files.write(dir.resolve(ResultsLog.FILE), new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
    assertTrue(ResultsLog.index(dir).isEmpty());
  }
}
