package nl.meldcheck.document;

/**
 * A block as a reader saw it, before {@link BlockBuilder} applies the heading rules and numbers
 * it. Readers collect these so that whole structures (a table, the pages of a PDF) can be looked at
 * before their blocks are final.
 *
 * @param kind what the reader saw; a PARAGRAPH may still become a heading or list items
 * @param text cleaned text ({@link TextClean})
 * @param level heading level for HEADING, 0 otherwise
 * @param page 1-based page, 0 when the format has none
 * @param line 1-based line for TXT and MD, 0 otherwise
 */
record RawBlock(BlockKind kind, String text, int level, int page, int line) {}
