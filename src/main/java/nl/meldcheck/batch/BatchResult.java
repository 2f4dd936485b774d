package nl.meldcheck.batch;

import java.util.List;

/**
 * The outcome of a batch: every organisation found, once, in discovery order.
 *
 * @param rows one row per organisation (status {@link OrgResult#NOT_RUN} for those an interrupt
 *     left out); after a run these are read from results.jsonl when asked for, so a copy is only
 *     valid until the next batch writes to the same output directory
 * @param skipped how many rows --resume took over unchanged from the last run
 * @param interrupted whether the batch was stopped before the end
 */
public record BatchResult(List<OrgResult> rows, int skipped, boolean interrupted) {
  /** True when some organisation's input could not be read or judged (exit code 3). */
  public boolean anyUnreadable() {
    boolean any = false;
    for (OrgResult r : rows) { // the whole way through: the iterator reads the log in chunks
      any |= r.inputProblem();
    }
    return any;
  }

  /** True when every organisation got the verdict 'voldoet' (the default gate). */
  public boolean allPass() {
    boolean all = true;
    for (OrgResult r : rows) {
      all &= r.verdict().equals("voldoet");
    }
    return all;
  }
}
