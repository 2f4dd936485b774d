package nl.meldcheck.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the header row of an export that may have title lines above it ("Export dossiers 2025",
 * a blank line, then the header): the first non-empty row among the first {@link #MAX_ROWS}
 * that holds the mapped case-id column or more than half of the mapped columns. Rows above it
 * are skipped and never counted as cases. Used by both readers, one instance per read.
 */
final class HeaderFinder {
  /** Non-empty rows looked at; title blocks are one to three lines in practice. */
  static final int MAX_ROWS = 10;

  private final String file;
  private final boolean xlsx;
  private final String idColumn;
  private final String idKey;
  /** Mapped column names as written in the mapping, in field order, without repeats. */
  private final List<String> columns = new ArrayList<>();
  private final Set<String> keys = new LinkedHashSet<>();
  private int seen;
  private List<String> firstRow;
  private long firstRowNumber;

  HeaderFinder(String file, Mapping mapping, boolean xlsx) {
    this.file = file;
    this.xlsx = xlsx;
    this.idColumn = mapping.fields().get(Field.CASUS_ID).column();
    this.idKey = key(idColumn);
    for (FieldMapping fm : mapping.fields().values()) {
      if (keys.add(key(fm.column()))) {
        columns.add(fm.column());
      }
    }
  }

  private static String key(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT);
  }

  /** How many distinct mapped columns {@code cells} holds (compared as the mapper does). */
  int matches(List<String> cells) {
    Set<String> found = new LinkedHashSet<>();
    for (String c : cells) {
      String k = key(c);
      if (keys.contains(k)) {
        found.add(k);
      }
    }
    return found.size();
  }

  boolean isHeader(List<String> cells) {
    for (String c : cells) {
      if (key(c).equals(idKey)) {
        return true;
      }
    }
    return 2 * matches(cells) > keys.size();
  }

  /**
   * Offers the next non-empty row before the header.
   *
   * @return true when it is the header; false for a title row, which the reader skips
   * @throws CasesConfigException the {@link #MAX_ROWS}th non-empty row is no header either
   */
  boolean offer(List<String> cells, long row) throws CasesConfigException {
    if (isHeader(cells)) {
      return true;
    }
    if (seen++ == 0) {
      firstRow = List.copyOf(cells);
      firstRowNumber = row;
    }
    if (seen >= MAX_ROWS) {
      throw notFound();
    }
    return false;
  }

  /** At the end of the data without a header: an error if there were rows, else nothing. */
  void end() throws CasesConfigException {
    if (seen > 0) {
      throw notFound();
    }
  }

  /**
   * A case row nearly always holds a date or a number of four digits or more (an id, a BSN); a
   * header row (column names) does not. Only a row that does not look like a case is shown: the
   * user needs the column names to fix the mapping, and must never see a case's cells.
   */
  static boolean looksLikeData(List<String> row) {
    for (String c : row) {
      if (c == null) {
        continue;
      }
      if (c.chars().filter(Character::isDigit).count() >= 4
          || c.matches(".*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}.*")) {
        return true;
      }
    }
    return false;
  }

  private static long filled(List<String> row) {
    return row.stream().filter(c -> c != null && !c.isBlank()).count();
  }

  private CasesConfigException notFound() {
    List<String> quoted = new ArrayList<>();
    for (String c : columns) {
      quoted.add("'" + c + "'");
    }
    return new CasesConfigException(file + ": geen kopregel gevonden in "
        + (seen < MAX_ROWS ? "de " + seen : "de eerste " + MAX_ROWS) + " niet-lege rij(en):"
        + " geen rij bevat de kolom '" + idColumn + "' (veld casus_id) of de meeste van de"
        + " gekoppelde kolommen " + String.join(", ", quoted) + "; rij " + firstRowNumber
        + (looksLikeData(firstRow)
            ? " heeft " + filled(firstRow) + " gevulde cel(len), niet getoond: het lijkt een casus"
                + " (cijfers, datums), en daarin kan een naam of BSN staan"
            : " bevat: " + RecordMapper.describe(firstRow))
        + ". Controleer of de mapping bij deze"
        + " export hoort" + (xlsx ? " en of het juiste werkblad gelezen wordt (--sheet)" : ""));
  }
}
