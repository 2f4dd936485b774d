package nl.meldcheck.audit;

import java.util.List;

/**
 * How this report compares with an earlier one of the same document (--baseline).
 *
 * @param previousGeneratedAt when the baseline report was made
 * @param previousScore the baseline's score (-1 when it had none)
 * @param scoreChange this score minus the baseline's, rounded to one decimal
 * @param newFindings criteria not met now that were met (or absent) in the baseline
 * @param unchangedFindings criteria not met now and in the baseline
 * @param fixedFindings criteria met now that were not met in the baseline
 * @param fixed ids of the fixed criteria, sorted
 */
public record BaselineInfo(
    String previousGeneratedAt,
    double previousScore,
    double scoreChange,
    int newFindings,
    int unchangedFindings,
    int fixedFindings,
    List<String> fixed) {
  public BaselineInfo {
    fixed = List.copyOf(fixed);
  }
}
