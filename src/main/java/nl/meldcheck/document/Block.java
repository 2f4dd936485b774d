package nl.meldcheck.document;

import java.util.List;
import java.util.Objects;

/**
 * One block of a document in reading order: a heading, paragraph, list item, table row (or cell,
 * for page-layout tables) or text box.
 *
 * @param index position of the block in the document, 0-based and dense
 * @param kind what the block was in the source
 * @param text the original wording (ligatures, soft hyphens and line breaks as extracted);
 *     matching normalises it, quotes show it
 * @param headingPath the headings above this block, outermost first; for a heading, the path
 *     includes the heading itself
 * @param level heading level 1..6 for headings, 0 otherwise
 * @param page 1-based page number for paged formats (PDF), 0 when the format has no pages
 * @param line 1-based line of the block's first character for TXT and MD, 0 otherwise
 */
public record Block(
    int index, BlockKind kind, String text, List<String> headingPath, int level, int page, int line) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    headingPath = List.copyOf(headingPath);
    if (index < 0 || level < 0 || page < 0 || line < 0) {
      throw new IllegalArgumentException("negative index, level, page or line");
    }
  }
}
