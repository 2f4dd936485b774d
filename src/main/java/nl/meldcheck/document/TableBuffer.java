package nl.meldcheck.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Holds one table until its end, then turns it into blocks: one TABLE_ROW block per row, so that
 * "Stap 2 | aandachtsfunctionaris | overlegt met Veilig Thuis" is one statement and not three
 * unrelated fragments. Under a header row each cell is prefixed with its column header
 * ("Vastleggen: in het leerlingdossier"), because a cell's meaning often lives in the header.
 * Cells are joined with '\n', a clause break for the matcher, so a row stays one sentence unless a
 * cell has sentence punctuation of its own.
 *
 * <p>The header row is found as follows (first rule that applies). A first row with a single
 * filled cell in a table of more columns is a title, never column headers.
 *
 * <ol>
 *   <li>marked in the source: every filled cell of the first row is a {@code <th>}, the row is in a
 *       {@code <thead>}, or a Markdown separator line follows it;
 *   <li>marked by style: every filled cell of the first row is bold or has a table-heading
 *       paragraph style (each at most {@value #MARKED_HEADER_WORDS} words), and
 *       the second row is not styled the same way (a "label | value" table with bold labels has a
 *       plain value cell in its first row);
 *   <li>unmarked: at least two filled cells, each at most {@value #PLAIN_HEADER_WORDS} words, none
 *       ending in a digit or holding a date; and either three or more columns, or a two-column table
 *       of three or more rows whose first column below is not all short labels. This keeps
 *       "Vastgesteld door | Directie", "Datum | 12-03-2024" a list of label-value rows.
 * </ol>
 *
 * <p>The header row is kept as a block of its own (its words are searchable) and not repeated in
 * the rows. A table with a cell of more than {@value #LAYOUT_CELL_WORDS} words is a page-layout
 * table: its cells are independent passages, so they are emitted one block per cell, as read.
 */
final class TableBuffer {
  static final int LAYOUT_CELL_WORDS = 120;
  static final int MARKED_HEADER_WORDS = 6;
  static final int PLAIN_HEADER_WORDS = 4;

  private static final Pattern DATE = Pattern.compile(
      "(?iu)\\b\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?\\b|\\b\\d{1,2}\\s+(?:jan(?:uari)?|feb(?:ruari)?"
          + "|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?)\\b");
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private static final class Cell {
    final List<RawBlock> pieces = new ArrayList<>();
    final boolean th;
    final int span;
    boolean headingStyle;
    long chars;
    long boldChars;

    Cell(boolean th, int span) {
      this.th = th;
      this.span = Math.max(1, span);
    }

    String text() {
      StringBuilder sb = new StringBuilder();
      for (RawBlock p : pieces) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(p.text());
      }
      return sb.toString();
    }

    boolean marked() {
      return headingStyle || (chars > 0 && boldChars == chars);
    }
  }

  private static final class Row {
    final List<Cell> cells = new ArrayList<>();
    final boolean inHead;
    final int page;
    final int line;
    /** Text inside the table but outside any row (a caption): kept in its place, as read. */
    final RawBlock loose;

    Row(boolean inHead, int page, int line, RawBlock loose) {
      this.inHead = inHead;
      this.page = page;
      this.line = line;
      this.loose = loose;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private Row row;
  private Cell cell;
  private boolean separatorAfterFirstRow;

  void startRow(boolean inHead, int page, int line) {
    endRow();
    row = new Row(inHead, page, line, null);
    rows.add(row);
  }

  void endRow() {
    endCell();
    row = null;
  }

  void startCell(boolean th, int span) {
    endCell();
    if (row == null) {
      startRow(false, 0, 0); // a cell outside any <tr>: malformed HTML, still a row
    }
    cell = new Cell(th, span);
    row.cells.add(cell);
  }

  void endCell() {
    cell = null;
  }

  /** Adds a piece of text read inside the table, to the open cell when there is one. */
  void add(RawBlock piece) {
    if (cell != null) {
      cell.pieces.add(piece);
    } else if (row != null) {
      Cell c = new Cell(false, 1); // text between cells of a row: a cell of its own
      c.pieces.add(piece);
      row.cells.add(c);
    } else {
      rows.add(new Row(false, piece.page(), piece.line(), piece));
    }
  }

  /** Counts visible characters of the open cell and how many of them are bold. */
  void noteChars(char[] ch, int start, int length, boolean bold) {
    if (cell == null) {
      return;
    }
    int visible = 0;
    for (int i = start; i < start + length; i++) {
      if (!Character.isWhitespace(ch[i])) {
        visible++;
      }
    }
    cell.chars += visible;
    if (bold) {
      cell.boldChars += visible;
    }
  }

  /** The columns a cell spans from its colspan attribute (HTML, and ODT through Tika). */
  static int span(String colspan) {
    if (colspan == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(64, Integer.parseInt(colspan.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The open cell has a table-heading paragraph style (LibreOffice's "Table Heading"). */
  void markHeadingStyle() {
    if (cell != null) {
      cell.headingStyle = true;
    }
  }

  /** Markdown: a separator line ("|---|---|") follows the first row, which makes it the header. */
  void separatorAfterFirstRow() {
    separatorAfterFirstRow = true;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The table as the text of the one cell it is nested in: rows on lines of their own, the cells
   * of a row separated by "; " (a clause break that keeps a row's cells together).
   */
  String flatten() {
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      StringBuilder line = new StringBuilder();
      for (String t : texts(r)) {
        if (line.length() > 0) {
          char last = line.charAt(line.length() - 1);
          line.append(last == '.' || last == ';' || last == ':' || last == ',' || last == '!'
              || last == '?' ? " " : "; ");
        }
        line.append(t.replace('\n', ' '));
      }
      if (line.length() > 0) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(line);
      }
    }
    return out.toString();
  }

  /** Appends the table's blocks to {@code out}, one per row (or per cell for a layout table). */
  void emit(List<RawBlock> out) {
    endRow();
    if (isLayoutTable()) {
      for (Row r : rows) {
        if (r.loose != null) {
          out.add(r.loose);
        }
        for (Cell c : r.cells) {
          out.addAll(c.pieces);
        }
      }
      return;
    }
    Row header = headerRow();
    List<String> labels = header == null ? List.of() : columnLabels(header);
    for (Row r : rows) {
      if (r.loose != null) {
        out.add(r.loose);
        continue;
      }
      String text = r == header ? String.join("\n", texts(r)) : rowText(r, labels);
      if (!text.isEmpty()) {
        out.add(new RawBlock(BlockKind.TABLE_ROW, text, 0, r.page, r.line));
      }
    }
  }

  private boolean isLayoutTable() {
    for (Row r : rows) {
      for (Cell c : r.cells) {
        if (words(c.text()) > LAYOUT_CELL_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first data row when it is a header row by the rules in the class comment, else null. */
  private Row headerRow() {
    List<Row> data = new ArrayList<>();
    for (Row r : rows) {
      if (r.loose == null && !texts(r).isEmpty()) {
        data.add(r);
      }
    }
    if (data.size() < 2) {
      return null;
    }
    Row first = data.get(0);
    List<Cell> filled = filled(first);
    int columns = 0;
    for (Row r : data) {
      int n = 0;
      for (Cell c : r.cells) {
        n += c.span;
      }
      columns = Math.max(columns, n);
    }
    if (filled.size() < 2 && columns > 1) {
      return null; // one cell over the whole width is a title row, not column headers
    }
    boolean allTh = filled.stream().allMatch(c -> c.th);
    if ((separatorAfterFirstRow && first == rows.get(0)) || first.inHead || allTh) {
      return first;
    }
    if (filled.stream().allMatch(Cell::marked)) {
      boolean secondMarked = filled(data.get(1)).stream().allMatch(Cell::marked);
      boolean shortCells = filled.stream().allMatch(c -> words(c.text()) <= MARKED_HEADER_WORDS);
      return !secondMarked && shortCells ? first : null;
    }
    for (Cell c : filled) {
      String t = c.text();
      if (words(t) > PLAIN_HEADER_WORDS || Character.isDigit(t.charAt(t.length() - 1))
          || DATE.matcher(t).find()) {
        return null;
      }
    }
    if (columns >= 3) {
      return first;
    }
    if (data.size() < 3) {
      return null;
    }
    for (Row r : data.subList(1, data.size())) {
      if (!r.cells.isEmpty() && !isLabel(r.cells.get(0).text())) {
        return first;
      }
    }
    return null;
  }

  /** A short label such as "Vastgesteld door" or "Versie": few words, no sentence ending. */
  private static boolean isLabel(String text) {
    if (text.isEmpty()) {
      return true;
    }
    char last = text.charAt(text.length() - 1);
    return words(text) <= PLAIN_HEADER_WORDS && last != '.' && last != '!' && last != '?';
  }

  /** The header text per column (a spanning header cell counts for each column it spans). */
  private static List<String> columnLabels(Row header) {
    List<String> labels = new ArrayList<>();
    for (Cell c : header.cells) {
      String label = label(c.text());
      for (int i = 0; i < c.span; i++) {
        labels.add(label);
      }
    }
    return labels;
  }

  /**
   * A header as a prefix: on one line, without a final ':' or '?' ("Wat doet u?" would otherwise
   * end a sentence in the middle of every row).
   */
  private static String label(String header) {
    String s = header.replace('\n', ' ').strip();
    int end = s.length();
    while (end > 0 && ":.?!;,".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  private static String rowText(Row r, List<String> labels) {
    boolean prefix = !labels.isEmpty() && r.cells.size() > 1; // a one-cell row is a sub-title
    StringBuilder sb = new StringBuilder();
    int column = 0;
    for (Cell c : r.cells) {
      String text = c.text();
      if (!text.isEmpty()) {
        String label = prefix && column < labels.size() ? labels.get(column) : "";
        if (sb.length() > 0) {
          sb.append('\n');
        }
        if (!label.isEmpty() && !startsWithWords(text, label)) {
          sb.append(label).append(": ");
        }
        sb.append(text);
      }
      column += c.span;
    }
    return sb.toString();
  }

  /** "Stap 2" under the header "Stap" already says what it is: no "Stap: Stap 2". */
  private static boolean startsWithWords(String text, String label) {
    return text.regionMatches(true, 0, label, 0, label.length())
        && (text.length() == label.length() || !Character.isLetter(text.charAt(label.length())));
  }

  private static List<String> texts(Row r) {
    List<String> out = new ArrayList<>();
    for (Cell c : r.cells) {
      String t = c.text();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<Cell> filled(Row r) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : r.cells) {
      if (!c.text().isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static int words(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : WORDS.split(s).length;
  }
}
