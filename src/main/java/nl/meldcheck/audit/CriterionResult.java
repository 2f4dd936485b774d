package nl.meldcheck.audit;

import java.util.List;
import java.util.Objects;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * The judgement on one criterion, with every text already in the report language.
 *
 * @param id criterion id
 * @param title criterion title
 * @param area area id
 * @param severity severity
 * @param weight weight in the score
 * @param outcome outcome
 * @param credit credit earned, 0..1 (0 for not scored outcomes)
 * @param basis legal or normative basis
 * @param lookedFor what was looked for, in plain language
 * @param found the parts that were found (concept labels)
 * @param missing the parts that were not found
 * @param evidence quoted passages
 * @param notes remarks on the judgement (weak modality, negation, sector unknown...)
 * @param advice what to write to meet the criterion; empty for a pass
 */
public record CriterionResult(
    String id,
    String title,
    String area,
    Severity severity,
    double weight,
    Outcome outcome,
    double credit,
    String basis,
    String lookedFor,
    List<String> found,
    List<String> missing,
    List<EvidenceItem> evidence,
    List<String> notes,
    String advice) {
  public CriterionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    found = List.copyOf(found);
    missing = List.copyOf(missing);
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }
}
