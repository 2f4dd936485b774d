package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bookkeeping of labelled sets over canned audits: a review agrees with a low-confidence label
 * only, verdicts and input statuses are compared, and page labels count found requirements and kept
 * traps.
 */
class LabelledSetTest {
  @TempDir
  Path dir;

  private void full(String id, Map<String, String> overrides, String lowOn) throws IOException {
    StringBuilder c = new StringBuilder();
    for (Criterion cr : EvaluationTest.basis.criteria()) {
      if (c.length() > 0) {
        c.append(',');
      }
      String o = overrides.getOrDefault(cr.id(), "fail");
      c.append('"').append(cr.id()).append("\":{\"outcome\":\"").append(o).append("\",\"why\":\"w\",\"confidence\":\"")
          .append(cr.id().equals(lowOn) ? "low" : "high").append("\"}");
    }
    Files.writeString(dir.resolve(id + ".label.json"), "{\"document\":\"" + id + ".txt\",\"sector\":\"zorg\","
        + "\"expected_verdict\":\"voldoet niet\",\"criteria\":{" + c + "}}", StandardCharsets.UTF_8);
  }

  @Test
  void reviewAgreesWithALowConfidenceLabelOnly() throws Exception {
    EvaluationTest.load();
    full("01-a", Map.of(), "AF-ROL");
    List<LabelledSet.Doc> docs = LabelledSet.load(dir, EvaluationTest.basis);
    AuditReport given = EvaluationTest.report(Outcome.FAIL,
        Map.of("AF-ROL", Outcome.REVIEW, "AF-TAKEN", Outcome.REVIEW, "STAP-1-SIGNALEN", Outcome.PASS),
        Verdict.VOLDOET_NIET);
    LabelledSet.Result r = LabelledSet.evaluate("r", EvaluationTest.basis, docs, LocalDate.of(2026, 1, 1), req -> given);
    int n = EvaluationTest.basis.criteria().size();
    assertEquals(n - 2, r.agree(), "AF-ROL (low) agrees, AF-TAKEN (high) and STAP-1 do not");
    assertEquals(1, r.criticalPassedWhereFail());
    assertEquals(1, r.verdictsRight());
    assertEquals(1, r.statusRight());
    String text = LabelledSet.render(r, true);
    assertTrue(text.contains("01-a AF-TAKEN: expected fail, given review"), text);
  }

  @Test
  void pageLabelsCountFoundRequirementsAndKeptTraps() throws Exception {
    EvaluationTest.load();
    Files.writeString(dir.resolve("01-p.label.json"), "{\"document\":\"01-p.txt\",\"sector\":\"onderwijs\","
        + "\"is_meldcode\":true,\"stated\":{\"STAP-3-GESPREK\":{\"outcome\":\"pass\"},"
        + "\"STAP-2-CONSULTATIE\":{\"outcome\":\"pass\"}},\"traps\":{\"AF-ROL\":{\"outcome\":\"fail\"},"
        + "\"ORG-VASTGESTELD\":{\"outcome\":\"fail\"}}}", StandardCharsets.UTF_8);
    List<LabelledSet.Doc> docs = LabelledSet.load(dir, EvaluationTest.basis);
    AuditReport given = EvaluationTest.report(Outcome.FAIL, Map.of("STAP-3-GESPREK", Outcome.PASS,
        "STAP-2-CONSULTATIE", Outcome.PARTIAL, "AF-ROL", Outcome.PASS), Verdict.VOLDOET_NIET);
    LabelledSet.Result r = LabelledSet.evaluate("p", EvaluationTest.basis, docs, LocalDate.of(2026, 1, 1), req -> given);
    assertEquals(2, r.found(), "a partial is found, though not exactly as labelled");
    assertEquals(1, r.agree());
    assertEquals(1, r.trapsKept(), "AF-ROL given pass where it is a trap");
    assertEquals(2, r.traps());
  }

  @Test
  void aSectorWrittenAsANameIsTheChecklistsId() throws Exception {
    EvaluationTest.load();
    Files.writeString(dir.resolve("01-s.label.json"), "{\"document\":\"01-s.txt\",\"sector\":\"Maatschappelijke opvang\","
        + "\"is_meldcode\":true,\"stated\":{\"STAP-3-GESPREK\":{\"outcome\":\"pass\"}}}", StandardCharsets.UTF_8);
    assertEquals("maatschappelijke-opvang", LabelledSet.load(dir, EvaluationTest.basis).get(0).sector());
  }

  @Test
  void anExpectedStatusMeldcodeMeansTheDocumentIsRead() throws Exception {
    EvaluationTest.load();
    full("01-m", Map.of(), null);
    Path f = dir.resolve("01-m.label.json");
    String json = Files.readString(f, StandardCharsets.UTF_8);
    Files.writeString(f, json.substring(0, json.length() - 1) + ",\"expected_input_status\":\"meldcode\"}",
        StandardCharsets.UTF_8);
    assertEquals("ok", LabelledSet.load(dir, EvaluationTest.basis).get(0).status());
  }

  @Test
  void anIncompleteFullLabelIsRefusedWithItsFile() throws Exception {
    EvaluationTest.load();
    Files.writeString(dir.resolve("01-x.label.json"), "{\"document\":\"01-x.txt\",\"sector\":\"zorg\","
        + "\"expected_verdict\":\"voldoet\",\"criteria\":{\"AF-ROL\":{\"outcome\":\"pass\"}}}", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelledSet.load(dir, EvaluationTest.basis));
    assertTrue(e.getMessage().contains("01-x.label.json: no label for"), e.getMessage());
  }
}
