package nl.meldcheck.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.meldcheck.checklist.Severity;

/**
 * The case part of a report: what each case export gave, the per-criterion rates for the
 * organisation and per location and team, and (only when a per-case format was asked for) every
 * case's outcomes. Holds case references (ids or keyed pseudonyms), codes, dates, counts and
 * column names, never a free-text, name, BSN or birth-date value from an export. Texts are in
 * the report language.
 *
 * @param exports every export given, in command-line order, with its result or the reason it
 *     could not be read
 * @param decisionMakerRole the role CASE-BESLISSER compared against, or null
 * @param pseudonymised true when case references are keyed pseudonyms
 * @param rates one rate per case criterion over all readable exports, in criterion order
 * @param perLocation rates per {@code locatie}, sorted by name
 * @param perTeam rates per {@code team}, sorted by name
 * @param warnings remarks for the reader (few cases, groups capped, unreadable exports)
 * @param cases every case outcome when a per-case format (csv, xlsx) was asked for, else empty
 */
public record CaseSection(
    List<Export> exports,
    String decisionMakerRole,
    boolean pseudonymised,
    List<Rate> rates,
    Map<String, List<Rate>> perLocation,
    Map<String, List<Rate>> perTeam,
    List<String> warnings,
    List<CaseRow> cases) {
  /** The area case criteria are scored in. */
  public static final String AREA = "dossiers";

  public CaseSection {
    exports = List.copyOf(exports);
    rates = List.copyOf(rates);
    perLocation = sorted(perLocation);
    perTeam = sorted(perTeam);
    warnings = List.copyOf(warnings);
    cases = List.copyOf(cases);
  }

  private static Map<String, List<Rate>> sorted(Map<String, List<Rate>> m) {
    Map<String, List<Rate>> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** True when at least one export could be read. */
  public boolean anyRead() {
    return exports.stream().anyMatch(e -> e.status().equals(Export.OK));
  }

  /**
   * One case export.
   *
   * @param file file name (no directories: they may name clients)
   * @param format csv or xlsx, or empty when not recognised
   * @param mapping the mapping's name
   * @param encoding CSV encoding as detected, or null
   * @param delimiter CSV delimiter, or null
   * @param sheet XLSX sheet read, or null
   * @param status {@code ok}, {@code config} (the mapping does not fit: a missing column, no such
   *     sheet) or the reason it could not be read ({@code empty}, {@code no_rows},
   *     {@code encrypted}, {@code not_an_export}, {@code malformed}, {@code unreadable},
   *     {@code too_large})
   * @param message what went wrong and what to do, empty when ok
   * @param rowsRead data rows read
   * @param rowsJudged rows without read problems
   * @param rowsWithProblems rows with at least one read problem (still counted in the rates)
   * @param summary the one-line "rows read = judged + with problems" statement
   * @param problemCounts read problems by kind
   * @param problems the first read problems, by row (case reference, row, column; no cell values)
   * @param problemsOmitted problems counted but not listed
   * @param leadTime days from signal to decision, or null when unread
   */
  public record Export(String file, String format, String mapping, String encoding, String delimiter,
      String sheet, String status, String message, long rowsRead, long rowsJudged, long rowsWithProblems,
      String summary, Map<String, Long> problemCounts, List<ReadProblem> problems, long problemsOmitted,
      LeadTime leadTime) {
    public static final String OK = "ok";
    public static final String CONFIG = "config";

    public Export {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(status, "status");
      if (rowsRead != rowsJudged + rowsWithProblems) {
        throw new IllegalArgumentException("rows read must equal rows judged + rows with problems");
      }
      problemCounts = Collections.unmodifiableMap(new TreeMap<>(problemCounts));
      problems = List.copyOf(problems);
      message = message == null ? "" : message;
    }
  }

  /**
   * A cell or row that could not be read as it stands.
   *
   * @param caseRef case id or pseudonym, or null when the row has none
   * @param row row number in the export
   * @param column export column name, or null for a row-level problem
   * @param problem problem code (unreadable_date, unknown_value, duplicate_id...)
   * @param message the message in the report language (names file, row and column)
   */
  public record ReadProblem(String caseRef, long row, String column, String problem, String message) {}

  /**
   * How often one case criterion passed.
   *
   * @param id criterion id (CASE-...)
   * @param title criterion title
   * @param severity severity
   * @param passed cases that passed
   * @param failed cases that failed
   * @param notApplicable cases it did not apply to or could not be judged on
   * @param passRate passed / (passed + failed), or null when fewer than 5 cases were judged
   * @param fewCases true when fewer than 5 cases were judged: show counts, not a percentage
   */
  public record Rate(String id, String title, Severity severity, long passed, long failed, long notApplicable,
      Double passRate, boolean fewCases) {}

  /**
   * Days from signal to decision.
   *
   * @param cases cases with a lead time
   * @param medianDays median, or null
   * @param p90Days 90th percentile, or null
   * @param maxDays longest, or null
   * @param normDays the organisation's norm, or null
   * @param overNorm cases over the norm
   */
  public record LeadTime(long cases, Integer medianDays, Integer p90Days, Integer maxDays, Integer normDays,
      long overNorm) {}

  /**
   * One case and its outcome per case criterion.
   *
   * @param caseRef case id or pseudonym, or null when the row has none
   * @param file export file name
   * @param row row in the export
   * @param locatie location group, or null
   * @param team team group, or null
   * @param judged false when the row had read problems
   * @param outcomes outcome code per case criterion, in criterion order
   * @param reasons the reason per case criterion, in criterion order
   */
  public record CaseRow(String caseRef, String file, long row, String locatie, String team, boolean judged,
      List<String> outcomes, List<String> reasons) {
    public CaseRow {
      outcomes = List.copyOf(outcomes);
      reasons = List.copyOf(reasons);
    }
  }
}
