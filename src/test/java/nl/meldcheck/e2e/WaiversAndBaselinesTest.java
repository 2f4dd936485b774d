package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiver files and baseline reports through the real CLI. */
class WaiversAndBaselinesTest {
  @TempDir Path dir;
  static final String OLD_CODE = "samples/welzijn-oostpoort/meldcode.pdf";

  JsonNode json(CliEndToEndTest.Run r) throws IOException {
    return new ObjectMapper().readTree(r.out());
  }

  Path waivers(String yaml) throws IOException {
    return Files.writeString(dir.resolve("waivers.yaml"), yaml, StandardCharsets.UTF_8);
  }

  static final String OUT_INSTANTIES = "waivers:\n"
      + "  - criterion: OUT-INSTANTIES\n"
      + "    scope: organisation\n"
      + "    justification: De nieuwe meldcode wordt in het voorjaar vastgesteld.\n"
      + "    approver: directeur-bestuurder\n"
      + "    granted: 2026-01-01\n"
      + "    expires: 2026-12-31\n";

  @Test
  void aValidWaiverWaivesAndStaysVisible() throws IOException {
    CliEndToEndTest.Run without = CliEndToEndTest.run("audit", OLD_CODE, "--sector", "wmo", "--format", "json",
        "--as-of", "2026-11-28");
    assertEquals("fail", CliEndToEndTest.criterion(json(without), "OUT-INSTANTIES").get("outcome").asText());
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", OLD_CODE, "--sector", "wmo", "--format", "json",
        "--as-of", "2026-11-28", "--waivers", waivers(OUT_INSTANTIES).toString());
    JsonNode c = CliEndToEndTest.criterion(json(r), "OUT-INSTANTIES");
    assertEquals("waived", c.get("outcome").asText());
    assertEquals("applied", c.at("/waiver/status").asText());
    assertEquals("fail", c.at("/waiver/judged").asText(), "the judgement without the waiver stays in the report");
    assertTrue(c.get("evidence").size() > 0, "the outdated passages are still quoted");
    assertTrue(c.get("notes").toString().contains("directeur-bestuurder"));
    assertTrue(json(r).at("/score/value").asDouble() > json(without).at("/score/value").asDouble(),
        "a waived criterion leaves the score's denominator");
    CliEndToEndTest.Run text = CliEndToEndTest.run("audit", OLD_CODE, "--sector", "wmo", "--as-of", "2026-11-28",
        "--waivers", waivers(OUT_INSTANTIES).toString());
    assertTrue(text.out().contains("vrijgesteld") && text.out().contains("directeur-bestuurder"), text.out());
  }

  @Test
  void anExpiredWaiverNoLongerApplies() throws IOException {
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", OLD_CODE, "--sector", "wmo", "--format", "json",
        "--as-of", "2027-01-01", "--waivers", waivers(OUT_INSTANTIES).toString());
    JsonNode report = json(r);
    JsonNode c = CliEndToEndTest.criterion(report, "OUT-INSTANTIES");
    assertEquals("fail", c.get("outcome").asText());
    assertEquals("expired", c.at("/waiver/status").asText());
    assertTrue(report.get("warnings").toString().contains("verlopen op 2026-12-31"), report.get("warnings").toString());
  }

  @Test
  void anUnneededWaiverIsReportedAsUnused() throws IOException {
    String yaml = OUT_INSTANTIES.replace("OUT-INSTANTIES", "ORG-VEILIG-THUIS");
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", "samples/thuiszorg-de-linde/meldcode.docx", "--sector", "zorg",
        "--format", "json", "--as-of", "2026-11-28", "--waivers", waivers(yaml).toString());
    assertTrue(json(r).get("warnings").toString().contains("niet gebruikt"), r.out());
  }

  @Test
  void statutoryCriteriaCannotBeWaivedAndMistakesNameTheLine() throws IOException {
    String yaml = OUT_INSTANTIES.replace("OUT-INSTANTIES", "STAP-2-CONSULTATIE") + "    aproved: ja\n";
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", OLD_CODE, "--waivers", waivers(yaml).toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("waivers.yaml:2:") && r.err().contains("cannot be waived"), r.err());
    assertTrue(r.err().contains("waivers.yaml:8:") && r.err().contains("aproved"), "every problem at once: " + r.err());
  }

  @Test
  void baselineMarksFindingsAndGatesOnlyOnNewOnes() throws IOException {
    // the same file name in two folders: the fingerprint is the name, not the content
    Path before = Files.createDirectories(dir.resolve("v1")).resolve("meldcode.docx");
    Path after = Files.createDirectories(dir.resolve("v2")).resolve("meldcode.docx");
    Files.copy(Path.of("samples/thuiszorg-de-linde/meldcode.docx"), before);
    Files.copy(Path.of("samples/basisschool-de-regenboog/meldcode.docx"), after);
    Path base = dir.resolve("base.json");
    CliEndToEndTest.run("audit", before.toString(), "--as-of", "2026-11-28", "--format", "json=" + base);
    assertTrue(Files.size(base) > 0);

    CliEndToEndTest.Run same = CliEndToEndTest.run("audit", before.toString(), "--as-of", "2026-11-28",
        "--format", "json", "--baseline", base.toString(), "--fail-on-new");
    assertEquals(0, same.code(), "nothing new against itself");
    assertEquals(0, json(same).at("/baseline/new_findings").asInt());

    CliEndToEndTest.Run worse = CliEndToEndTest.run("audit", after.toString(), "--as-of", "2026-11-28",
        "--format", "json", "--baseline", base.toString(), "--fail-on-new");
    JsonNode report = json(worse);
    assertTrue(report.at("/baseline/new_findings").asInt() > 0, report.get("baseline").toString());
    assertEquals(1, worse.code(), "new findings fail the --fail-on-new gate");
    boolean marked = false;
    for (JsonNode c : report.get("results")) {
      marked |= c.get("change").asText().equals("new");
    }
    assertTrue(marked);

    CliEndToEndTest.Run md = CliEndToEndTest.run("audit", after.toString(), "--as-of", "2026-11-28",
        "--format", "md", "--baseline", base.toString());
    assertTrue(md.out().contains("**Vergeleken:** score -") && md.out().contains("(nieuw)"), md.out());

    CliEndToEndTest.Run html = CliEndToEndTest.run("audit", after.toString(), "--as-of", "2026-11-28",
        "--format", "html", "--baseline", base.toString());
    assertTrue(html.out().contains("Vergeleken met het rapport van"), "the HTML report shows the comparison");
    assertEquals(0, CliEndToEndTest.run("audit", after.toString(), "--as-of", "2026-11-28", "--baseline",
        base.toString(), "--fail-on-new", "--no-fail").code(), "--no-fail always exits 0 once the audit ran");
    assertEquals(0, CliEndToEndTest.run("audit", dir.resolve("missing.pdf").toString(), "--no-fail").code());

    Path worseJson = dir.resolve("worse.json");
    Files.writeString(worseJson, worse.out(), StandardCharsets.UTF_8);
    CliEndToEndTest.Run better = CliEndToEndTest.run("audit", before.toString(), "--as-of", "2026-11-28",
        "--baseline", worseJson.toString(), "--fail-on-new");
    assertEquals(0, better.code());
    assertTrue(better.out().contains("opgelost"), better.out());
  }

  @Test
  void baselineMistakesAreUsageErrors() throws IOException {
    assertEquals(2, CliEndToEndTest.run("audit", OLD_CODE, "--fail-on-new").code());
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schema_version\": \"1.1\"}", StandardCharsets.UTF_8);
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", OLD_CODE, "--baseline", bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.json"), r.err());
    assertEquals(2, CliEndToEndTest.run("audit", OLD_CODE, "--baseline", dir.resolve("none.json").toString()).code());
  }

  Path weakStep3(String name, String sentence) throws IOException {
    StringBuilder md = new StringBuilder("# Meldcode huiselijk geweld en kindermishandeling\n\n");
    for (String[] step : Fixtures.MELDCODE) {
      // the heading names no conversation, so only the weak sentence speaks for step 3
      boolean three = step[0].startsWith("Stap 3");
      md.append("## ").append(three ? "Stap 3" : step[0]).append("\n\n").append(three ? sentence : step[1])
          .append("\n\n");
    }
    return Files.writeString(Files.createDirectories(dir.resolve(name)).resolve("meldcode.md"), md.toString(),
        StandardCharsets.UTF_8);
  }

  @Test
  void aReviewDecisionHoldsWhileTheEvidenceIsUnchanged() throws IOException {
    Path doc = weakStep3("v1", "Zo mogelijk voert de medewerker eventueel een gesprek met de cliënt of de ouders.");
    JsonNode first = json(CliEndToEndTest.run("audit", doc.toString(), "--format", "json", "--as-of", "2026-11-28"));
    JsonNode step3 = CliEndToEndTest.criterion(first, "STAP-3-GESPREK");
    assertEquals("review", step3.get("outcome").asText(), step3.toString());
    String id = step3.get("evidence_id").asText();
    Path reviews = Files.writeString(dir.resolve("reviews.yaml"), "reviews:\n"
        + "  - criterion: STAP-3-GESPREK\n"
        + "    evidence: " + id + "\n"
        + "    decision: pass\n"
        + "    reviewer: kwaliteitsmedewerker\n"
        + "    date: 2026-11-20\n"
        + "    reason: In de praktijk voert de medewerker het gesprek altijd; dat staat in het werkproces.\n",
        StandardCharsets.UTF_8);
    JsonNode decided = json(CliEndToEndTest.run("audit", doc.toString(), "--format", "json", "--as-of", "2026-11-28",
        "--reviews", reviews.toString()));
    JsonNode c = CliEndToEndTest.criterion(decided, "STAP-3-GESPREK");
    assertEquals("pass", c.get("outcome").asText());
    assertTrue(c.get("notes").toString().contains("kwaliteitsmedewerker"));

    Path changed = weakStep3("v2", "Eventueel spreekt de medewerker zo mogelijk met de ouders in een gesprek.");
    JsonNode again = json(CliEndToEndTest.run("audit", changed.toString(), "--format", "json", "--as-of", "2026-11-28",
        "--reviews", reviews.toString()));
    JsonNode back = CliEndToEndTest.criterion(again, "STAP-3-GESPREK");
    assertEquals("review", back.get("outcome").asText(), "changed evidence needs a new decision");
    assertTrue(back.get("notes").toString().contains("geldt niet meer"), back.toString());
  }

  @Test
  void aReviewFileWithMistakesIsAUsageError() throws IOException {
    Path reviews = Files.writeString(dir.resolve("reviews.yaml"), "reviews:\n"
        + "  - criterion: STAP-3-GESPRK\n    evidence: xyz\n    decision: misschien\n    reviewer: a\n"
        + "    date: 2026-11-20\n    reason: r\n", StandardCharsets.UTF_8);
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", OLD_CODE, "--reviews", reviews.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("reviews.yaml:2:") && r.err().contains("STAP-3-GESPREK"), r.err());
    assertTrue(r.err().contains("reviews.yaml:4:"), "every problem at once: " + r.err());
  }
}
