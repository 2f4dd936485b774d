package nl.meldcheck.checklist;

import java.util.List;

/**
 * What a check concluded, before applicability, waivers and scoring.
 *
 * @param outcome pass, partial, fail or review
 * @param credit 0..1 (partial credit already capped)
 * @param findings passages found, supporting or sinking the outcome
 * @param found labels of the parts found
 * @param missing labels of the parts not found
 * @param notes remarks (weak modality, negation, which date was used)
 */
public record CheckResult(
    Outcome outcome, double credit, List<Finding> findings, List<Text> found, List<Text> missing, List<Text> notes) {
  public CheckResult {
    findings = List.copyOf(findings);
    found = List.copyOf(found);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
  }
}
