package nl.meldcheck.batch;

import java.util.List;

/**
 * The outcome of a batch: every organisation found, once, in discovery order.
 *
 * @param rows one row per organisation (status {@link OrgResult#NOT_RUN} for those an interrupt left out)
 * @param skipped how many rows --resume took over unchanged from the last run
 * @param interrupted whether the batch was stopped before the end
 */
public record BatchResult(List<OrgResult> rows, int skipped, boolean interrupted) {
  public BatchResult {
    rows = List.copyOf(rows);
  }

  /** True when some organisation's input could not be read or judged (exit code 3). */
  public boolean anyUnreadable() {
    return rows.stream().anyMatch(r -> !r.status().equals("ok") || r.casesUnread());
  }

  /** True when every organisation got the verdict 'voldoet' (the default gate). */
  public boolean allPass() {
    return rows.stream().allMatch(r -> r.verdict().equals("voldoet"));
  }
}
