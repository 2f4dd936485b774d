package nl.meldcheck.checklist;

import java.util.Objects;

/**
 * One criterion of a checklist.
 *
 * @param id stable public identifier (reports, waivers, baselines refer to it)
 * @param area id of the area it scores in
 * @param severity critical, major or minor
 * @param weight weight in the score; defaults to the severity's weight
 * @param title short title
 * @param basis legal or normative basis, e.g. "Besluit verplichte meldcode art. 2 lid 2 sub b"
 * @param applicability sectors it applies to
 * @param check what is looked for and how it is decided
 * @param lookedFor what is looked for in plain language; null to derive it from the check
 * @param advice what the organisation should write when the criterion is not met
 * @param waivable false for statutory critical criteria that no waiver may switch off
 * @param examples passages with their expected outcome
 * @param needs id of a criterion this one presupposes (the aandachtsfunctionaris' tasks presuppose
 *     the role), or "" for none: when the document explicitly denies that one, this one fails too
 * @param source where the criterion is defined
 */
public record Criterion(
    String id,
    String area,
    Severity severity,
    double weight,
    Text title,
    String basis,
    Applicability applicability,
    Check check,
    Text lookedFor,
    Text advice,
    boolean waivable,
    Examples examples,
    String needs,
    SourceRef source) {
  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(applicability, "applicability");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(examples, "examples");
    basis = basis == null ? "" : basis;
    needs = needs == null ? "" : needs;
  }
}
