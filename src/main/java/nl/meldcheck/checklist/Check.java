package nl.meldcheck.checklist;

import nl.meldcheck.match.DocumentIndex;

/**
 * What a criterion looks for and how it decides. The family is closed: every type is listed in
 * {@code permits} here and parsed in {@link CheckTypes}, the one registry of type names.
 */
public sealed interface Check permits ConceptsCheck, ForbiddenCheck, SectionCheck, DateCheck {
  /** The type name used in YAML. */
  String type();

  /** Judges the document. Pure: no I/O, no state. */
  CheckResult evaluate(DocumentIndex index, CheckContext context);

  /** What is looked for, in plain language, for reports and {@code meldcheck explain}. */
  Text describe();
}
