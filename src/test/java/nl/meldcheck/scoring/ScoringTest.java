package nl.meldcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static Scoring.Item item(String id, Severity s, Outcome o, double credit) {
    return new Scoring.Item(id, s, s.defaultWeight(), o, credit);
  }

  @Test
  void formulaOverScoredCriteriaOnly() {
    List<Scoring.Item> items = List.of(
        item("A", Severity.CRITICAL, Outcome.PASS, 1),        // 5 × 1
        item("B", Severity.MAJOR, Outcome.PARTIAL, 0.5),      // 3 × 0.5
        item("C", Severity.MINOR, Outcome.FAIL, 0),           // 1 × 0
        item("D", Severity.MAJOR, Outcome.NOT_APPLICABLE, 0), // not counted
        item("E", Severity.CRITICAL, Outcome.WAIVED, 0),      // not counted
        item("F", Severity.MINOR, Outcome.REVIEW, 0));        // 1 × 0
    Scoring.Total t = Scoring.total(items);
    assertEquals(6.5, t.earned(), 1e-9);
    assertEquals(10.0, t.possible(), 1e-9);
    assertEquals(65.0, t.value(), 1e-9);
    assertEquals(4, t.counted());
  }

  @Test
  void nothingScoredGivesNoScore() {
    Scoring.Total t = Scoring.total(List.of(item("A", Severity.MAJOR, Outcome.NOT_APPLICABLE, 0)));
    assertEquals(-1, t.value());
    assertEquals(Scoring.Verdict.NOT_JUDGED, Scoring.verdict(true, t, 75, List.of()));
  }

  @ParameterizedTest(name = "{0} critical {1}, minor {2} -> {3}")
  @CsvSource({
    "all pass,       PASS,    PASS,  COMPLIANT",
    "critical fails, FAIL,    PASS,  NON_COMPLIANT",
    "critical error, ERROR,   PASS,  NON_COMPLIANT",
    "critical part,  PARTIAL, PASS,  PARTLY_COMPLIANT",
    "critical rev,   REVIEW,  PASS,  PARTLY_COMPLIANT",
    "minor fails,    PASS,    FAIL,  COMPLIANT",
  })
  void verdictRules(String name, Outcome critical, Outcome minor, Scoring.Verdict expected) {
    List<Scoring.Item> items = new ArrayList<>();
    // nine passing majors keep the score above the pass mark unless the critical outcome sinks it
    for (int i = 0; i < 9; i++) {
      items.add(item("M" + i, Severity.MAJOR, Outcome.PASS, 1));
    }
    items.add(item("C", Severity.CRITICAL, critical, critical == Outcome.PARTIAL ? 0.5 : 0));
    items.add(item("N", Severity.MINOR, minor, 0));
    Scoring.Total t = Scoring.total(items);
    assertEquals(expected, Scoring.verdict(true, t, 75, items), "score " + t.value());
  }

  @Test
  void criticalReviewAboveMarkIsPartlyCompliant() {
    List<Scoring.Item> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(item("M" + i, Severity.MAJOR, Outcome.PASS, 1));
    }
    items.add(item("C", Severity.CRITICAL, Outcome.REVIEW, 0));
    Scoring.Total t = Scoring.total(items);
    assertTrue(t.value() >= 75);
    assertEquals(Scoring.Verdict.PARTLY_COMPLIANT, Scoring.verdict(true, t, 75, items));
  }

  @Test
  void belowPassMarkIsNonCompliant() {
    List<Scoring.Item> items = List.of(item("A", Severity.MAJOR, Outcome.PASS, 1), item("B", Severity.MAJOR, Outcome.FAIL, 0));
    assertEquals(Scoring.Verdict.NON_COMPLIANT, Scoring.verdict(true, Scoring.total(items), 75, items));
    assertEquals(Scoring.Verdict.NOT_JUDGED, Scoring.verdict(false, Scoring.total(items), 75, items));
  }

  @Test
  void bestFixesRankByGain() {
    List<Scoring.Item> items = List.of(
        item("A", Severity.CRITICAL, Outcome.FAIL, 0),
        item("B", Severity.MAJOR, Outcome.PARTIAL, 0.5),
        item("C", Severity.MINOR, Outcome.FAIL, 0),
        item("D", Severity.MINOR, Outcome.PASS, 1));
    List<Scoring.Gain> fixes = Scoring.bestFixes(items, 2);
    assertEquals(2, fixes.size());
    assertEquals("A", fixes.get(0).id());
    assertEquals(50.0, fixes.get(0).points(), 1e-9); // 5 of possible 10
    assertEquals("B", fixes.get(1).id());
    assertEquals(15.0, fixes.get(1).points(), 1e-9);
  }

  @Test
  void gates() {
    List<Scoring.Item> items = List.of(item("A", Severity.MAJOR, Outcome.PASS, 1), item("B", Severity.MINOR, Outcome.FAIL, 0));
    Scoring.Total t = Scoring.total(items);
    Scoring.Verdict v = Scoring.verdict(true, t, 75, items);
    assertTrue(Gate.VERDICT.passes(v, t, items));
    assertFalse(new Gate(Optional.of(80.0), Optional.empty()).passes(v, t, items));
    assertTrue(new Gate(Optional.of(70.0), Optional.empty()).passes(v, t, items));
    assertFalse(new Gate(Optional.empty(), Optional.of(Severity.MINOR)).passes(v, t, items));
    assertTrue(new Gate(Optional.empty(), Optional.of(Severity.MAJOR)).passes(v, t, items));
  }
}
