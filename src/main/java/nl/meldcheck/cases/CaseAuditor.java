package nl.meldcheck.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.meldcheck.checklist.Outcome;

/**
 * Audits one case export: streams its rows through the mapping, judges every case on the §C
 * criteria and aggregates counters. Memory is constant in the number of rows apart from the
 * duplicate-id index (16 bytes per case) and, when asked for, the per-case list.
 */
public final class CaseAuditor {
  private CaseAuditor() {}

  /**
   * Audits {@code export} with {@code mapping}.
   *
   * @throws CasesConfigException a mapped column is missing, the sheet does not exist (exit 2)
   * @throws CasesInputException the file is empty, only a header, encrypted, no export, broken
   */
  public static CaseAudit audit(Path export, Mapping mapping, CaseOptions options)
      throws CasesConfigException, CasesInputException {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(options, "options");
    Mapping effective = options.sheet().map(mapping::withSheet).orElse(mapping);
    ExportFormat format = ExportFormat.detect(export);
    Run run = new Run(String.valueOf(export.getFileName()), effective, format, options);
    ExportInfo info = format == ExportFormat.XLSX
        ? XlsxExportReader.read(export, effective, run)
        : CsvExportReader.read(export, effective, run);
    if (run.rowsRead == 0) {
      throw new CasesInputException(CasesInputException.Reason.NO_ROWS,
          info.file() + ": de export bevat alleen een kopregel en geen casussen");
    }
    return run.result(info);
  }

  /** One audit in progress: the row sink and all counters. */
  private static final class Run implements RowSink {
    private static final int N = CaseCriterion.values().length;

    private final CaseOptions options;
    private final RecordMapper mapper;
    private final CaseChecks checks;
    private final long[][] org = new long[N][3];
    private final Map<String, long[][]> perLocation = new TreeMap<>();
    private final Map<String, long[][]> perTeam = new TreeMap<>();
    private boolean groupsCapped;
    private final List<CaseFinding> problems = new ArrayList<>();
    private long problemsOmitted;
    private final Map<CaseProblem, Long> problemCounts = new EnumMap<>(CaseProblem.class);
    private final List<CaseOutcome> perCase = new ArrayList<>();
    /** Lead-time histogram in days; the last bucket collects everything longer. */
    private final long[] leadDays = new long[3661];
    private long leadCases;
    private int leadMax = -1;
    private long overNorm;
    long rowsRead;
    private long rowsWithProblems;

    Run(String file, Mapping mapping, ExportFormat format, CaseOptions options) {
      this.options = options;
      this.mapper = new RecordMapper(file, mapping, format == ExportFormat.XLSX,
          options.pseudonymiser().orElse(null), options.decisionMakerRole().orElse(null),
          this::finding);
      this.checks = new CaseChecks(options.decisionMakerRole(), options.leadTimeNormDays());
    }

    private void finding(CaseFinding f) {
      problemCounts.merge(f.problem(), 1L, Long::sum);
      if (problems.size() < options.maxProblems()) {
        problems.add(f);
      } else {
        problemsOmitted++;
      }
    }

    @Override
    public void date1904() {
      mapper.date1904();
    }

    @Override
    public void header(List<String> columns, long row) throws CasesConfigException {
      mapper.header(columns);
    }

    @Override
    public void row(long row, String[] cells) {
      CaseRecord r = mapper.map(row, cells);
      rowsRead++;
      if (r.hasProblems) {
        rowsWithProblems++;
      }
      List<CriterionOutcome> outcomes = checks.judge(r);
      String loc = r.code(Field.LOCATIE);
      String team = r.code(Field.TEAM);
      count(org, outcomes);
      if (r.state(Field.LOCATIE) != CaseRecord.State.UNMAPPED) {
        count(group(perLocation, loc), outcomes);
      }
      if (r.state(Field.TEAM) != CaseRecord.State.UNMAPPED) {
        count(group(perTeam, team), outcomes);
      }
      if (r.judgeable) {
        leadTime(r);
      }
      if (options.keepPerCase() || options.perCase() != null) {
        String id = r.code(Field.CASUS_ID);
        CaseOutcome co = new CaseOutcome(id == null ? null : mapper.ref(id), row, loc, team,
            !r.hasProblems, outcomes);
        if (options.keepPerCase()) {
          perCase.add(co);
        }
        if (options.perCase() != null) {
          options.perCase().accept(co);
        }
      }
    }

    private void leadTime(CaseRecord r) {
      long days = CaseChecks.leadDays(r);
      if (days < 0) {
        return;
      }
      leadCases++;
      int d = (int) Math.min(days, leadDays.length - 1);
      leadDays[d]++;
      leadMax = (int) Math.max(leadMax, Math.min(days, Integer.MAX_VALUE));
      if (options.leadTimeNormDays().isPresent() && days > options.leadTimeNormDays().getAsInt()) {
        overNorm++;
      }
    }

    private long[][] group(Map<String, long[][]> groups, String name) {
      String key = name == null ? CaseAudit.NO_GROUP : name;
      long[][] g = groups.get(key);
      if (g == null) {
        if (groups.size() >= CaseAudit.MAX_GROUPS) {
          groupsCapped = true;
          key = CaseAudit.OTHER_GROUPS;
          g = groups.get(key);
        }
        if (g == null) {
          g = new long[N][3];
          groups.put(key, g);
        }
      }
      return g;
    }

    private static void count(long[][] counts, List<CriterionOutcome> outcomes) {
      for (CriterionOutcome o : outcomes) {
        int k = o.outcome() == Outcome.PASS ? 0 : o.outcome() == Outcome.FAIL ? 1 : 2;
        counts[o.criterion().ordinal()][k]++;
      }
    }

    private static List<CriterionRate> rates(long[][] counts) {
      List<CriterionRate> out = new ArrayList<>(N);
      for (CaseCriterion c : CaseCriterion.values()) {
        long[] k = counts[c.ordinal()];
        out.add(CriterionRate.of(c, k[0], k[1], k[2]));
      }
      return out;
    }

    private static Map<String, List<CriterionRate>> rates(Map<String, long[][]> groups) {
      Map<String, List<CriterionRate>> out = new TreeMap<>();
      groups.forEach((k, v) -> out.put(k, rates(v)));
      return out;
    }

    private LeadTime leadTimeResult() {
      Integer norm = options.leadTimeNormDays().isPresent()
          ? options.leadTimeNormDays().getAsInt() : null;
      if (leadCases == 0) {
        return new LeadTime(0, null, null, null, norm, 0);
      }
      return new LeadTime(leadCases, percentile(0.5), percentile(0.9), leadMax, norm, overNorm);
    }

    /** The nearest-rank percentile from the histogram. */
    private Integer percentile(double p) {
      long rank = (long) Math.ceil(p * leadCases);
      long seen = 0;
      for (int d = 0; d < leadDays.length; d++) {
        seen += leadDays[d];
        if (seen >= rank) {
          return d == leadDays.length - 1 ? leadMax : d;
        }
      }
      return leadMax;
    }

    CaseAudit result(ExportInfo info) {
      return new CaseAudit(info, options.decisionMakerRole().orElse(null), rowsRead,
          rowsRead - rowsWithProblems, rowsWithProblems, rates(org), rates(perLocation),
          rates(perTeam), groupsCapped, leadTimeResult(), problems, problemsOmitted,
          problemCounts, perCase);
    }
  }
}
