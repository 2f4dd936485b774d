package nl.meldcheck.cases;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of auditing one case export: counts, per-criterion rates for the organisation and
 * per location and team, lead-time figures, the read problems (capped) and optionally every case
 * outcome. Holds case references (ids or pseudonyms), codes, dates and column names, never a
 * free-text, name, BSN or birth-date value from the export.
 *
 * <p>Always {@code rowsRead == rowsJudged + rowsWithProblems}: a row with any read problem is
 * counted as a row with problems; it still has outcomes (what could not be read makes a
 * criterion not applicable) and so still counts in the rates.
 *
 * @param source what was read, and how
 * @param decisionMakerRole the role CASE-BESLISSER compared against, or null
 * @param rowsRead data rows read (the header and empty rows not counted)
 * @param rowsJudged rows without read problems
 * @param rowsWithProblems rows with at least one read problem
 * @param organisation one rate per criterion, in {@link CaseCriterion} order
 * @param perLocation rates per {@code locatie} value, sorted by name; rows without one are under
 *     {@link #NO_GROUP}
 * @param perTeam rates per {@code team} value, likewise
 * @param groupsCapped true when more than {@link #MAX_GROUPS} distinct locations or teams occurred
 *     and the rest were counted under {@link #OTHER_GROUPS}
 * @param leadTime days from signal to decision
 * @param problems the first read problems, in row order
 * @param problemsOmitted how many further problems were counted but not listed
 * @param problemCounts all read problems by kind
 * @param perCase every case outcome when asked for ({@link CaseOptions#keepPerCase()}), else empty
 */
public record CaseAudit(ExportInfo source, String decisionMakerRole, long rowsRead,
    long rowsJudged, long rowsWithProblems, List<CriterionRate> organisation,
    Map<String, List<CriterionRate>> perLocation, Map<String, List<CriterionRate>> perTeam,
    boolean groupsCapped, LeadTime leadTime, List<CaseFinding> problems, long problemsOmitted,
    Map<CaseProblem, Long> problemCounts, List<CaseOutcome> perCase) {
  /** Group name for rows without a location or team. */
  public static final String NO_GROUP = "(geen)";
  /** Group name for locations or teams beyond {@link #MAX_GROUPS}. */
  public static final String OTHER_GROUPS = "(overige)";
  /** Most distinct groups kept per grouping field; bounds memory on a mis-mapped column. */
  public static final int MAX_GROUPS = 500;

  public CaseAudit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(leadTime, "leadTime");
    if (rowsRead != rowsJudged + rowsWithProblems) {
      throw new IllegalArgumentException("rows read must equal rows judged + rows with problems");
    }
    organisation = List.copyOf(organisation);
    perLocation = copy(perLocation);
    perTeam = copy(perTeam);
    problems = List.copyOf(problems);
    problemCounts = Collections.unmodifiableMap(problemCounts.isEmpty()
        ? new EnumMap<>(CaseProblem.class) : new EnumMap<>(problemCounts));
    perCase = List.copyOf(perCase);
  }

  private static Map<String, List<CriterionRate>> copy(Map<String, List<CriterionRate>> m) {
    Map<String, List<CriterionRate>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** The organisation-wide rate of one criterion. */
  public CriterionRate rate(CaseCriterion c) {
    return organisation.get(c.ordinal());
  }

  /** The one-line summary every output states: rows read = judged + with problems. */
  public String summaryNl() {
    return rowsRead + " rijen gelezen = " + rowsJudged + " beoordeeld + " + rowsWithProblems
        + " met problemen";
  }

  public String summaryEn() {
    return rowsRead + " rows read = " + rowsJudged + " judged + " + rowsWithProblems
        + " with problems";
  }
}
