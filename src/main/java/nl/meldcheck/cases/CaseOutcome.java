package nl.meldcheck.cases;

import java.util.List;
import java.util.Objects;

/**
 * All criteria for one case.
 *
 * @param caseRef the case id, or its pseudonym; null when the row has no (readable) id
 * @param row the row in the export
 * @param locatie the location group, or null
 * @param team the team group, or null
 * @param judged false for a row with read problems (it still has outcomes: what could not be
 *     judged is not applicable)
 * @param outcomes one per criterion, in {@link CaseCriterion} order
 */
public record CaseOutcome(String caseRef, long row, String locatie, String team, boolean judged,
    List<CriterionOutcome> outcomes) {
  public CaseOutcome {
    outcomes = List.copyOf(outcomes);
    if (outcomes.size() != CaseCriterion.values().length) {
      throw new IllegalArgumentException("one outcome per case criterion");
    }
  }

  public CriterionOutcome outcome(CaseCriterion c) {
    return Objects.requireNonNull(outcomes.get(c.ordinal()));
  }
}
