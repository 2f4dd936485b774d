package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's bookkeeping over canned audits: agreement, confusion, critical misses, controls. */
class EvaluationTest {
  static Checklist basis;

  @BeforeAll
  static void load() throws Exception {
    basis = ChecklistLoader.builtIn("basis");
  }

  /** A report in which every criterion has the given outcome, except those in {@code overrides}. */
  static AuditReport report(Outcome all, Map<String, Outcome> overrides, Verdict verdict) {
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion c : basis.criteria()) {
      Outcome o = overrides.getOrDefault(c.id(), all);
      results.add(new CriterionResult(c.id(), c.title().nl(), c.area(), c.severity(), c.weight(), o, 0, c.basis(), "",
          List.of(), List.of("iets"), List.of(new EvidenceItem("Een zin uit het document.", 3, List.of(), 0, 0, 10,
              "concept", "label", "strong")), List.of(), ""));
    }
    return new AuditReport(AuditReport.SCHEMA_VERSION, "meldcheck", "test", "2026-01-01T00:00:00Z", "nl",
        new InputInfo("x", "pdf", InputStatus.OK, "", 1, 1, 1, "0"), new ChecklistInfo("basis", "2019.1", "t", 75, "b"),
        "", "2026-01-01", verdict, new Score(0, 0, 0, "", 75), List.of(), results, List.of(), Map.of(), List.of());
  }

  static Map<String, Outcome> allExpected(Outcome o) {
    Map<String, Outcome> m = new LinkedHashMap<>();
    basis.criteria().forEach(c -> m.put(c.id(), o));
    return m;
  }

  @Test
  void countsAgreementConfusionAndCriticalMisses() {
    Map<String, Outcome> expected = allExpected(Outcome.FAIL);
    expected.put("AF-ROL", Outcome.PARTIAL);
    Evaluation.Sample s = new Evaluation.Sample("s", "S", Path.of("s.pdf"), "zorg", expected);
    AuditReport given = report(Outcome.FAIL, Map.of("STAP-1-SIGNALEN", Outcome.PASS, "AF-ROL", Outcome.PASS,
        "ORG-ACUUT", Outcome.REVIEW), Verdict.VOLDOET_NIET);
    Evaluation.Result r = Evaluation.evaluate(basis, List.of(s), List.of(), LocalDate.of(2026, 1, 1), req -> given);
    int n = basis.criteria().size();
    assertEquals(n - 3, r.agree());
    assertEquals(n, r.total());
    assertEquals(1, r.count(Outcome.PARTIAL, Outcome.PASS));
    assertEquals(1, r.count(Outcome.FAIL, Outcome.REVIEW));
    assertEquals(n - 3, r.count(Outcome.FAIL, Outcome.FAIL));
    assertEquals(List.of("STAP-1-SIGNALEN"), r.criticalPassedWhereFail().stream().map(Evaluation.Disagreement::criterion).toList());
    String text = Evaluation.render(r);
    assertTrue(text.contains("s STAP-1-SIGNALEN: expected fail, given pass"), text);
    assertTrue(text.contains("Een zin uit het document. (p. 3)"), text);
    assertTrue(text.contains("Critical criteria given pass where the label says fail: 1"), text);
  }

  @Test
  void samplesAreAuditedWithTheirSectorAndControlsWithout() {
    List<AuditRequest> seen = new ArrayList<>();
    Evaluation.Sample s = new Evaluation.Sample("s", "S", Path.of("s.pdf"), "kinderopvang", allExpected(Outcome.FAIL));
    Evaluation.Result r = Evaluation.evaluate(basis, List.of(s), List.of(Path.of("c.pdf")), LocalDate.of(2026, 1, 1), req -> {
      seen.add(req);
      return report(Outcome.FAIL, Map.of("STAP-1-SIGNALEN", Outcome.PASS, "STAP-2-CONSULTATIE", Outcome.PASS,
          "STAP-3-GESPREK", Outcome.PASS, "STAP-4-WEGEN", Outcome.PASS), Verdict.VOLDOET_NIET);
    });
    assertEquals("kinderopvang", seen.get(0).sector().orElseThrow());
    assertTrue(seen.get(1).sector().isEmpty());
    Evaluation.Control c = r.controls().get(0);
    assertEquals(4, c.stepsPassed());
    assertFalse(c.ok(), "four step criteria is one too many for a document that is no meldcode");
  }

  @Test
  void aLabelFileMustNameEveryCriterion(@TempDir Path dir) throws IOException {
    Path org = Files.createDirectory(dir.resolve("org"));
    Files.writeString(org.resolve("organisation.yaml"), "name: X\nsector: zorg\ndocument: m.pdf\n");
    Files.writeString(org.resolve("expected.yaml"), "STAP-1-SIGNALEN: pass\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evaluation.loadSamples(dir, basis));
    assertTrue(e.getMessage().contains("no expected outcome for"), e.getMessage());
    Files.writeString(org.resolve("expected.yaml"), "STAP-1-SIGNALEN: passed\n");
    e = assertThrows(IllegalArgumentException.class, () -> Evaluation.loadSamples(dir, basis));
    assertTrue(e.getMessage().contains("'passed' is no outcome"), e.getMessage());
  }
}
