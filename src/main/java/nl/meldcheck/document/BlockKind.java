package nl.meldcheck.document;

/** What a block of text was in the source document. */
public enum BlockKind {
  HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL
}
