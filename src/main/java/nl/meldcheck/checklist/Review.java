package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's decision on a criterion that meldcheck left for review, bound to the evidence it was
 * made on: when the quoted passages change, the decision no longer applies.
 *
 * @param criterion the criterion id
 * @param document the document's file name, or null for any document
 * @param evidence the evidence id the report showed when the decision was made
 * @param decision the outcome decided: PASS or FAIL
 * @param reviewer who decided (a role or name of staff)
 * @param date when
 * @param reason why
 * @param source where in the review file it is written
 */
public record Review(
    String criterion,
    String document,
    String evidence,
    Outcome decision,
    String reviewer,
    LocalDate date,
    String reason,
    SourceRef source) {
  public Review {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }
}
