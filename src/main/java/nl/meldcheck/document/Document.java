package nl.meldcheck.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A document as meldcheck sees it: blocks in reading order with their heading path and location.
 *
 * @param source the file name as given by the user (for reports)
 * @param format the detected format
 * @param blocks the text blocks in reading order
 * @param pageCount number of pages for paged formats, 0 otherwise
 * @param metadata selected metadata (title, created, modified, author-free), sorted by key
 * @param sha256 hex SHA-256 of the file bytes, the document identity for baselines and resume
 */
public record Document(
    String source,
    DocumentFormat format,
    List<Block> blocks,
    int pageCount,
    Map<String, String> metadata,
    String sha256) {
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    blocks = List.copyOf(blocks);
    metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
  }

  /** Number of characters of text over all blocks. */
  public int textLength() {
    int n = 0;
    for (Block b : blocks) {
      n += b.text().length();
    }
    return n;
  }
}
