package nl.meldcheck.cases;

import java.util.Objects;
import nl.meldcheck.checklist.Severity;

/**
 * How often one criterion passed over a set of cases (the organisation, a location, a team).
 * Rates over fewer than {@link #MIN_CASES} judged cases identify too little and say too little,
 * so then {@code passRate} is null and {@code fewCases} true: reports show the counts with a
 * warning instead of a percentage.
 *
 * @param criterionId the public ID, e.g. {@code CASE-MELDNORM}
 * @param severity the criterion's severity
 * @param passed cases that passed
 * @param failed cases that failed
 * @param notApplicable cases the criterion did not apply to, or that could not be judged on it
 * @param passRate passed / (passed + failed) between 0 and 1; null when fewer than 5 were judged
 * @param fewCases true when fewer than {@link #MIN_CASES} cases were judged (passed + failed)
 */
public record CriterionRate(String criterionId, Severity severity, long passed, long failed,
    long notApplicable, Double passRate, boolean fewCases) {
  /** Rates over fewer judged cases than this are not shown (case-schema.md). */
  public static final int MIN_CASES = 5;

  public CriterionRate {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(severity, "severity");
    if (passed < 0 || failed < 0 || notApplicable < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
    if (fewCases != (passed + failed < MIN_CASES) || fewCases != (passRate == null)) {
      throw new IllegalArgumentException("passRate is null exactly when fewer than "
          + MIN_CASES + " cases were judged");
    }
  }

  /** The rate for these counts, following the rule on few cases. */
  public static CriterionRate of(CaseCriterion c, long passed, long failed, long notApplicable) {
    long judged = passed + failed;
    boolean few = judged < MIN_CASES;
    return new CriterionRate(c.id(), c.severity(), passed, failed, notApplicable,
        few ? null : (double) passed / judged, few);
  }

  /** Cases judged on this criterion: passed + failed. */
  public long judged() {
    return passed + failed;
  }

  /** All cases counted: passed + failed + not applicable. */
  public long total() {
    return passed + failed + notApplicable;
  }
}
