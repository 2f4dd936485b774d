package nl.meldcheck.bench;

import java.nio.file.Path;
import nl.meldcheck.cases.CaseAudit;
import nl.meldcheck.cases.CaseAuditor;
import nl.meldcheck.cases.CaseCriterion;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.CriterionRate;
import nl.meldcheck.cases.MappingLoader;

/**
 * meldcheck's side of scripts/bench-cases: the organisation's per-criterion counts of one export
 * (canonical mapping) in the same table format as {@link DuckDbCaseCounts}, so the two can be
 * compared line by line without parsing the CLI's Dutch text report.
 *
 * <p>Run: {@code java -cp ... nl.meldcheck.bench.MeldcheckCaseCounts FILE [ROLE|-] [NORM|-]}.
 */
public final class MeldcheckCaseCounts {
  private MeldcheckCaseCounts() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: MeldcheckCaseCounts FILE [ROLE|-] [NORM|-]");
      System.exit(2);
    }
    String role = args.length > 1 && !args[1].equals("-") ? args[1] : null;
    Integer norm = args.length > 2 && !args[2].equals("-") ? Integer.valueOf(args[2]) : null;
    long t0 = System.nanoTime();
    CaseAudit a = audit(Path.of(args[0]), role, norm);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.print(table(a).table());
    System.err.println("rows=" + a.rowsRead() + " meldcheck_ms=" + ms);
  }

  static CaseAudit audit(Path file, String role, Integer norm) throws Exception {
    CaseOptions o = CaseOptions.defaults();
    if (role != null) {
      o = o.withDecisionMakerRole(role);
    }
    if (norm != null) {
      o = o.withLeadTimeNormDays(norm);
    }
    return CaseAuditor.audit(file, MappingLoader.builtIn("canonical"), o);
  }

  /** The audit's organisation counts in DuckDbCaseCounts' shape. */
  static DuckDbCaseCounts.Counts table(CaseAudit a) {
    long[][] k = new long[CaseCriterion.values().length][];
    for (CaseCriterion c : CaseCriterion.values()) {
      CriterionRate r = a.rate(c);
      k[c.ordinal()] = new long[] {r.passed(), r.failed(), r.notApplicable()};
    }
    return new DuckDbCaseCounts.Counts(a.rowsRead(), k);
  }
}
