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
 * @param waiver the waiver that bears on this criterion, or null
 * @param fingerprint stable identity of this criterion's finding across runs: checklist id and
 *     version, criterion id and the document's file name (not line numbers or wording)
 * @param change against a baseline report: "new", "unchanged", "fixed", or empty without one
 * @param evidenceId short hash of the quoted passages: a review decision holds while it is unchanged
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
    String advice,
    WaiverNote waiver,
    String fingerprint,
    String change,
    String evidenceId) {
  public CriterionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    found = List.copyOf(found);
    missing = List.copyOf(missing);
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
    fingerprint = fingerprint == null ? "" : fingerprint;
    change = change == null ? "" : change;
    evidenceId = evidenceId == null ? "" : evidenceId;
  }

  /** True when the criterion is a finding: not met (fail, partial, review or error). */
  public boolean isFinding() {
    return outcome == Outcome.FAIL || outcome == Outcome.PARTIAL || outcome == Outcome.REVIEW || outcome == Outcome.ERROR;
  }

  /** The same result with a waiver note, outcome and credit. */
  public CriterionResult withWaiver(Outcome newOutcome, double newCredit, WaiverNote note, List<String> newNotes) {
    return new CriterionResult(id, title, area, severity, weight, newOutcome, newCredit, basis, lookedFor, found,
        missing, evidence, newNotes, advice, note, fingerprint, change, evidenceId);
  }

  /** The same result with its fingerprint. */
  public CriterionResult withFingerprint(String print) {
    return new CriterionResult(id, title, area, severity, weight, outcome, credit, basis, lookedFor, found, missing,
        evidence, notes, advice, waiver, print, change, evidenceId);
  }

  /** The same result marked against a baseline. */
  public CriterionResult withChange(String newChange) {
    return new CriterionResult(id, title, area, severity, weight, outcome, credit, basis, lookedFor, found, missing,
        evidence, notes, advice, waiver, fingerprint, newChange, evidenceId);
  }

  /** The same result with its fingerprint and evidence id. */
  public CriterionResult withIds(String print, String evidence) {
    return new CriterionResult(id, title, area, severity, weight, outcome, credit, basis, lookedFor, found, missing,
        this.evidence, notes, advice, waiver, print, change, evidence);
  }

  /** The same result decided by a person's review. */
  public CriterionResult withDecision(Outcome decided, double newCredit, List<String> newNotes, String newAdvice) {
    return new CriterionResult(id, title, area, severity, weight, decided, newCredit, basis, lookedFor, found, missing,
        evidence, newNotes, newAdvice, waiver, fingerprint, change, evidenceId);
  }

  /** A result no waiver or baseline bears on. */
  public CriterionResult(String id, String title, String area, Severity severity, double weight, Outcome outcome,
      double credit, String basis, String lookedFor, List<String> found, List<String> missing,
      List<EvidenceItem> evidence, List<String> notes, String advice) {
    this(id, title, area, severity, weight, outcome, credit, basis, lookedFor, found, missing, evidence, notes, advice,
        null, "", "", "");
  }
}
