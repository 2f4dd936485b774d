package nl.meldcheck.scoring;

import java.util.List;
import java.util.Optional;
import nl.meldcheck.checklist.Severity;

/**
 * When an audit that ran counts as failed (exit code 1). Without options the gate is the
 * verdict: only "voldoet" passes. With --fail-under and/or --fail-on, those conditions replace it.
 *
 * @param failUnder minimum score, if set
 * @param failOn fail when a criterion of this severity or worse fails, if set
 */
public record Gate(Optional<Double> failUnder, Optional<Severity> failOn) {
  public static final Gate VERDICT = new Gate(Optional.empty(), Optional.empty());

  /** Whether the gate passes. */
  public boolean passes(Scoring.Verdict verdict, Scoring.Total total, List<Scoring.Item> items) {
    if (failUnder.isEmpty() && failOn.isEmpty()) {
      return verdict == Scoring.Verdict.COMPLIANT;
    }
    if (failUnder.isPresent() && total.value() < failUnder.get()) {
      return false;
    }
    return failOn.isEmpty() || !Scoring.failsAtOrAbove(items, failOn.get());
  }
}
