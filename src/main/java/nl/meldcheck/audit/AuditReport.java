package nl.meldcheck.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The immutable result of one audit: everything a reporter needs, nothing it must compute.
 * Every text is already in the report language.
 *
 * @param schemaVersion version of the JSON report schema this model serialises to
 * @param tool tool name
 * @param toolVersion tool version (injectable for golden tests)
 * @param generatedAt ISO-8601 instant (injectable clock)
 * @param lang report language code ("nl" or "en")
 * @param input the document and its status
 * @param checklist the checklist used
 * @param sector the sector given with --sector, or empty
 * @param asOf the date the audit judged against (ISO date)
 * @param verdict the overall verdict
 * @param score total score
 * @param areas per-area scores in checklist order
 * @param results per-criterion results in checklist order
 * @param fixes the fixes that would raise the score most, best first
 * @param counts number of criteria per outcome code, sorted by code
 * @param warnings report-level remarks (e.g. "document looks like no meldcode")
 * @param baseline the comparison with a baseline report, or null without one
 * @param cases the case exports audited with the document and their rates, or null without
 *     {@code --cases}
 */
public record AuditReport(
    String schemaVersion,
    String tool,
    String toolVersion,
    String generatedAt,
    String lang,
    InputInfo input,
    ChecklistInfo checklist,
    String sector,
    String asOf,
    Verdict verdict,
    Score score,
    List<AreaScore> areas,
    List<CriterionResult> results,
    List<Fix> fixes,
    Map<String, Integer> counts,
    List<String> warnings,
    BaselineInfo baseline,
    CaseSection cases) {
  public static final String SCHEMA_VERSION = "1.2";

  public AuditReport {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(verdict, "verdict");
    areas = List.copyOf(areas);
    results = List.copyOf(results);
    fixes = List.copyOf(fixes);
    counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    warnings = List.copyOf(warnings);
  }

  /** A report without a baseline comparison. */
  public AuditReport(String schemaVersion, String tool, String toolVersion, String generatedAt, String lang,
      InputInfo input, ChecklistInfo checklist, String sector, String asOf, Verdict verdict, Score score,
      List<AreaScore> areas, List<CriterionResult> results, List<Fix> fixes, Map<String, Integer> counts,
      List<String> warnings) {
    this(schemaVersion, tool, toolVersion, generatedAt, lang, input, checklist, sector, asOf, verdict, score, areas,
        results, fixes, counts, warnings, null, null);
  }

  /** A report without case exports. */
  public AuditReport(String schemaVersion, String tool, String toolVersion, String generatedAt, String lang,
      InputInfo input, ChecklistInfo checklist, String sector, String asOf, Verdict verdict, Score score,
      List<AreaScore> areas, List<CriterionResult> results, List<Fix> fixes, Map<String, Integer> counts,
      List<String> warnings, BaselineInfo baseline) {
    this(schemaVersion, tool, toolVersion, generatedAt, lang, input, checklist, sector, asOf, verdict, score, areas,
        results, fixes, counts, warnings, baseline, null);
  }

  /** The same report with other results and a baseline comparison. */
  public AuditReport withBaseline(List<CriterionResult> newResults, BaselineInfo info) {
    return new AuditReport(schemaVersion, tool, toolVersion, generatedAt, lang, input, checklist, sector, asOf,
        verdict, score, areas, newResults, fixes, counts, warnings, info, cases);
  }
}
