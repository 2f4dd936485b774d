package nl.meldcheck.audit;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code meldcheck cases}: case exports judged without a document. The same case
 * section and criterion results an audit with {@code --cases} carries, scored on their own.
 *
 * @param schemaVersion the report schema version (the case parts are those of the audit report)
 * @param tool tool name
 * @param toolVersion tool version
 * @param generatedAt ISO-8601 instant
 * @param lang report language code
 * @param cases the exports and rates
 * @param score the case criteria scored with the audit's formula
 * @param results one result per case criterion, empty when no export could be read
 * @param warnings remarks for the reader
 */
public record CasesReport(String schemaVersion, String tool, String toolVersion, String generatedAt, String lang,
    CaseSection cases, Score score, List<CriterionResult> results, List<String> warnings) {
  public CasesReport {
    Objects.requireNonNull(cases, "cases");
    results = List.copyOf(results);
    warnings = List.copyOf(warnings);
  }
}
