package nl.meldcheck.cases;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * How to audit a case export.
 *
 * @param decisionMakerRole the role the meldcode names as final decision-maker (e.g.
 *     aandachtsfunctionaris); without it CASE-BESLISSER is not applicable
 * @param leadTimeNormDays the organisation's norm from signal to decision; without it
 *     CASE-DOORLOOPTIJD only reports the figure and passes
 * @param pseudonymiser when present, every case reference in the result is a keyed pseudonym
 * @param sheet XLSX sheet to read, overriding the mapping's
 * @param keepPerCase when true the result lists every case outcome (memory grows with the rows:
 *     prefer {@code perCase} for large exports)
 * @param perCase called with every case outcome as it is judged, in row order (may be null)
 * @param maxProblems how many read problems the result lists; the rest are counted
 */
public record CaseOptions(Optional<String> decisionMakerRole, OptionalInt leadTimeNormDays,
    Optional<Pseudonymiser> pseudonymiser, Optional<String> sheet, boolean keepPerCase,
    Consumer<CaseOutcome> perCase, int maxProblems) {
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  public CaseOptions {
    Objects.requireNonNull(decisionMakerRole, "decisionMakerRole");
    Objects.requireNonNull(leadTimeNormDays, "leadTimeNormDays");
    Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    Objects.requireNonNull(sheet, "sheet");
    decisionMakerRole = decisionMakerRole.map(Field::normaliseCode).filter(s -> !s.isEmpty());
    if (leadTimeNormDays.isPresent() && leadTimeNormDays.getAsInt() < 0) {
      throw new IllegalArgumentException("the lead-time norm is a number of days >= 0");
    }
    if (maxProblems < 0) {
      throw new IllegalArgumentException("maxProblems >= 0");
    }
  }

  /** No role, no norm, no pseudonyms, first sheet, no per-case list, 1000 problems listed. */
  public static CaseOptions defaults() {
    return new CaseOptions(Optional.empty(), OptionalInt.empty(), Optional.empty(),
        Optional.empty(), false, null, DEFAULT_MAX_PROBLEMS);
  }

  public CaseOptions withDecisionMakerRole(String role) {
    return new CaseOptions(Optional.ofNullable(role), leadTimeNormDays, pseudonymiser, sheet,
        keepPerCase, perCase, maxProblems);
  }

  public CaseOptions withLeadTimeNormDays(int days) {
    return new CaseOptions(decisionMakerRole, OptionalInt.of(days), pseudonymiser, sheet,
        keepPerCase, perCase, maxProblems);
  }

  public CaseOptions withPseudonymiser(Pseudonymiser p) {
    return new CaseOptions(decisionMakerRole, leadTimeNormDays, Optional.of(p), sheet,
        keepPerCase, perCase, maxProblems);
  }

  public CaseOptions withSheet(String name) {
    return new CaseOptions(decisionMakerRole, leadTimeNormDays, pseudonymiser,
        Optional.ofNullable(name), keepPerCase, perCase, maxProblems);
  }

  public CaseOptions withKeepPerCase(boolean keep) {
    return new CaseOptions(decisionMakerRole, leadTimeNormDays, pseudonymiser, sheet, keep,
        perCase, maxProblems);
  }

  public CaseOptions withPerCase(Consumer<CaseOutcome> callback) {
    return new CaseOptions(decisionMakerRole, leadTimeNormDays, pseudonymiser, sheet,
        keepPerCase, callback, maxProblems);
  }

  public CaseOptions withMaxProblems(int max) {
    return new CaseOptions(decisionMakerRole, leadTimeNormDays, pseudonymiser, sheet,
        keepPerCase, perCase, max);
  }
}
