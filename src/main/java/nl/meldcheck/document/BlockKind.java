package nl.meldcheck.document;

/** What a block of text was in the source document. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  /**
   * One cell of a table read cell by cell: only page-layout tables (a cell of more than
   * {@link TableBuffer#LAYOUT_CELL_WORDS} words), whose cells are independent passages.
   */
  TABLE_CELL,
  /**
   * One row of a table, its cells joined by '\n' and, under a header row, each prefixed with its
   * column header ("Wie: aandachtsfunctionaris"); a header row is a block of its own too.
   */
  TABLE_ROW,
  /**
   * The text of a text box or shape (a flowchart drawn in Word or LibreOffice). Never turned into
   * a heading: a box reading "Stap 2: overleg" labels a shape, it does not open a section.
   */
  TEXT_BOX
}
