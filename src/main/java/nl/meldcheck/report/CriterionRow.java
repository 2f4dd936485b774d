package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;

/**
 * One criterion as a spreadsheet row, shared by the CSV and XLSX reports so both have the same
 * columns. Texts are cleaned but not yet escaped (each destination does that); numbers stay
 * numbers, and a location that does not apply (page 0, line 0) is null, an empty cell.
 */
final class CriterionRow {
  /** The columns in order: machine name for CSV headers, label for the XLSX header. */
  enum Column {
    ID("id", Messages.ID, false),
    TITLE("title", Messages.TITLE, false),
    AREA("area", Messages.AREA, false),
    SEVERITY("severity", Messages.SEVERITY, false),
    WEIGHT("weight", Messages.WEIGHT, true),
    OUTCOME("outcome", Messages.OUTCOME, false),
    CREDIT("credit", Messages.CREDIT, true),
    BASIS("basis", Messages.BASIS, false),
    MISSING("missing", Messages.MISSING, false),
    ADVICE("advice", Messages.ADVICE, false),
    QUOTE("quote", Messages.QUOTE, false),
    PAGE("page", Messages.PAGE_COLUMN, true),
    SECTION("section", Messages.SECTION_COLUMN, false),
    LINE("line", Messages.LINE_COLUMN, true),
    // waiver justifications, review decisions and sector remarks must stay visible in a sheet too
    NOTES("notes", Messages.NOTES, false),
    CHANGE("change", Messages.CHANGE, false);

    final String key;
    final Messages label;
    final boolean numeric;

    Column(String key, Messages label, boolean numeric) {
      this.key = key;
      this.label = label;
      this.numeric = numeric;
    }
  }

  private CriterionRow() {}

  /**
   * The cells of one criterion in {@link Column} order: String for text, Double for numbers, null
   * for empty. Severity and outcome are their stable codes; the first evidence item gives quote
   * and location, the rest are in the HTML and JSON reports.
   */
  static List<Object> cells(CriterionResult r) {
    EvidenceItem first = r.evidence().isEmpty() ? null : r.evidence().get(0);
    List<Object> cells = new ArrayList<>();
    cells.add(clean(r.id()));
    cells.add(clean(r.title()));
    cells.add(clean(r.area()));
    cells.add(r.severity() == null ? "" : r.severity().code());
    cells.add(r.weight());
    cells.add(r.outcome().code());
    cells.add(r.credit());
    cells.add(clean(r.basis()));
    cells.add(joined(r.missing(), ", "));
    cells.add(clean(r.advice()));
    cells.add(first == null ? "" : clean(first.quote()));
    cells.add(first == null || first.page() <= 0 ? null : (double) first.page());
    cells.add(first == null ? "" : joined(first.section(), " > "));
    cells.add(first == null || first.line() <= 0 ? null : (double) first.line());
    cells.add(joined(r.notes(), " | "));
    cells.add(clean(r.change()));
    return cells;
  }

  private static String joined(List<String> items, String separator) {
    List<String> cleaned = new ArrayList<>();
    for (String item : items) {
      String text = clean(item);
      if (!text.isEmpty()) {
        cleaned.add(text);
      }
    }
    return String.join(separator, cleaned);
  }
}
