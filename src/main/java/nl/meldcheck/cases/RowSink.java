package nl.meldcheck.cases;

import java.util.List;

/**
 * Receives an export row by row, so no reader ever holds more than one row. Row numbers are as
 * a user sees them: the spreadsheet row in XLSX, the record number in CSV (title rows above the
 * header count, blank lines do not).
 */
interface RowSink {
  /**
   * The XLSX workbook uses the 1904 date system: serials in text or unformatted number cells
   * count from 1904-01-01, not 1899-12-30. Called before the header, if at all.
   */
  default void date1904() {}

  /** The header row; may reject the export (a mapped column missing). */
  void header(List<String> columns, long row) throws CasesConfigException;

  /**
   * One data row. Cells are as read (not trimmed); a CSV row may have more or fewer cells than
   * the header, an XLSX row is padded to the header's width. Entirely empty rows are not passed.
   */
  void row(long row, String[] cells);
}
