package nl.meldcheck.cases;

import java.util.Locale;

/** Why a row or cell of an export could not be read as it stands. */
public enum CaseProblem {
  /** A date field whose cell is no date in any accepted pattern (31-02-2025, "onbekend"). */
  UNREADABLE_DATE,
  /** A coded field whose value is neither a canonical code nor in the mapping's value map. */
  UNKNOWN_VALUE,
  /** A decision-maker value that is no known role (the cell may hold a name: never shown). */
  UNKNOWN_ROLE,
  /** The row has no case id. */
  MISSING_ID,
  /** The case id occurred in an earlier row; this row is not judged. */
  DUPLICATE_ID,
  /** More non-empty fields than the header has columns; the row is not judged. */
  TOO_MANY_FIELDS,
  /** Fewer fields than the header; the missing columns count as unreadable. */
  TOO_FEW_FIELDS;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
