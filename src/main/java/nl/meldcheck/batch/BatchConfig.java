package nl.meldcheck.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Lang;

/**
 * How to run one batch.
 *
 * @param input the organisations directory or manifest CSV (for display paths)
 * @param out the output directory
 * @param jobs number of workers (at least 1)
 * @param timeout time limit per document read
 * @param resume skip organisations whose inputs and checklist are unchanged since the last run
 * @param checklist the checklist every organisation is audited against
 * @param lang report language
 * @param asOf the date to judge against
 * @param clock the report clock
 * @param toolVersion meldcheck's version (part of the checklist key of built-in checklists)
 * @param progress where progress lines go (stderr)
 * @param terminal whether progress goes to a terminal (redrawn line) or a log (plain lines)
 * @param caseOptions how case exports are judged (pseudonymiser, lead-time norm); an organisation's
 *     decision-maker adds to it
 * @param mapping the mapping of organisations that name none: a built-in name or a file
 */
public record BatchConfig(Path input, Path out, int jobs, Duration timeout, boolean resume, Checklist checklist,
    Lang lang, LocalDate asOf, Clock clock, String toolVersion, PrintWriter progress, boolean terminal,
    CaseOptions caseOptions, String mapping) {
  /** A batch with the default case options and the canonical mapping. */
  public BatchConfig(Path input, Path out, int jobs, Duration timeout, boolean resume, Checklist checklist,
      Lang lang, LocalDate asOf, Clock clock, String toolVersion, PrintWriter progress, boolean terminal) {
    this(input, out, jobs, timeout, resume, checklist, lang, asOf, clock, toolVersion, progress, terminal,
        CaseOptions.defaults(), "canonical");
  }

  public BatchConfig {
    Objects.requireNonNull(caseOptions, "caseOptions");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(checklist, "checklist");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }
}
