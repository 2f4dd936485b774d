package nl.meldcheck.cases;

import java.util.Objects;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Text;

/**
 * The verdict of one case criterion on one case: {@link Outcome#PASS}, {@link Outcome#FAIL} or
 * {@link Outcome#NOT_APPLICABLE}, with the reason (codes, dates and field names only).
 */
public record CriterionOutcome(CaseCriterion criterion, Outcome outcome, Text reason) {
  public CriterionOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    if (outcome != Outcome.PASS && outcome != Outcome.FAIL
        && outcome != Outcome.NOT_APPLICABLE) {
      throw new IllegalArgumentException("a case criterion is pass, fail or not_applicable");
    }
  }
}
