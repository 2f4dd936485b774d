package nl.meldcheck.cases;

import java.util.Objects;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Text;

/**
 * A read problem in one row. Carries the case reference (id or pseudonym; null when the row has
 * none), the row number, the column NAME and field, and a message that never contains the cell
 * value, except a short digit-free value of a coded field.
 *
 * @param caseRef case id, pseudonym, or null
 * @param row row number as the user sees it (header = row 1 in CSV; the sheet row in XLSX)
 * @param column export column name, or null for a row-level problem
 * @param field canonical field, or null for a row-level problem
 * @param problem the kind of problem
 * @param message Dutch and English message naming file, row and column
 */
public record CaseFinding(String caseRef, long row, String column, Field field,
    CaseProblem problem, Text message) {
  public CaseFinding {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(message, "message");
  }

  public String message(Lang lang) {
    return message.get(lang);
  }
}
