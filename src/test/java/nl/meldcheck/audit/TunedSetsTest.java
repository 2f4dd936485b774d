package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled sets that have been tuned on (eval/tuning/) keep what tuning reached: a change to
 * the checklist or the matcher that loses agreement on them fails the build. The blind rounds
 * (eval/blind/) are not asserted here: their figure is taken by scripts/eval, and a test that
 * fails on them would invite tuning on them.
 */
class TunedSetsTest {
  static final LocalDate LABELLED = LocalDate.of(2026, 12, 7);
  static Checklist basis;
  static Auditor auditor;

  @BeforeAll
  static void setUp() throws Exception {
    basis = ChecklistLoader.load(Path.of("checklists", "basis.yaml"));
    DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS);
    auditor = new Auditor(reader::read, Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC), "test");
  }

  private static LabelledSet.Result run(String name) throws Exception {
    Path dir = Path.of("eval", "tuning", name);
    return LabelledSet.evaluate(name, basis, LabelledSet.load(dir, basis), LABELLED, auditor::audit);
  }

  /**
   * Each round with the agreement tuning reached on it, a little below its figure at the time.
   * Round 9 is left out: its library project with a half-page meldcode is still refused as no
   * meldcode (see eval/README.md), and every round here must have all input statuses right.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"r1, 0.95", "r2, 0.95", "r3, 0.95", "r4, 0.95", "r5, 0.95",
      "r6, 0.92", "r7, 0.92", "r8, 0.95", "r10, 0.92", "r11, 0.94", "r12, 0.93", "r13, 0.91", "r14, 0.92", "r15, 0.91",
      "r16, 0.93", "r17, 0.94", "r18, 0.92", "r19, 0.95", "r20, 0.91", "r21, 0.92"})
  void tunedRoundsKeepTheirAgreement(String round, double floor) throws Exception {
    LabelledSet.Result r = run(round);
    String text = LabelledSet.render(r, true);
    assertTrue(r.rate() >= floor, round + " below " + floor + ":\n" + text);
    assertTrue(r.criticalPassedWhereFail() <= 1, text);
    assertEquals(r.docs(), r.statusRight(), text);
  }

  @Test
  void pagesKeepTheirFoundRequirementsAndNoMeldcodeIsRefused() throws Exception {
    LabelledSet.Result r = run("pages");
    String text = LabelledSet.render(r, true);
    assertTrue(r.found() >= 0.95 * r.stated(), "fewer than 95% of the plainly stated requirements found:\n" + text);
    assertTrue(r.rate() >= 0.92, "fewer than 92% exactly as labelled:\n" + text);
    assertEquals(r.docs(), r.statusRight(), "a meldcode page refused or a look-alike accepted:\n" + text);
  }
}
