package nl.meldcheck.cli;

import java.io.PrintWriter;
import nl.meldcheck.audit.CaseSection;

/** Says on stderr which case exports could not be read, so a script sees it without parsing the report. */
final class UnreadExports {
  private UnreadExports() {}

  /** Prints one line per unread export; true when there was any. */
  static boolean report(CaseSection cases, PrintWriter err) {
    if (cases == null) {
      return false;
    }
    boolean any = false;
    for (CaseSection.Export e : cases.exports()) {
      if (!e.status().equals(CaseSection.Export.OK)) {
        err.println("meldcheck: " + e.message());
        any = true;
      }
    }
    err.flush();
    return any;
  }
}
