package nl.meldcheck.match;

import java.util.List;

/**
 * A passage found in a document.
 *
 * @param quote the passage in the document's wording (display-normalised, at most ~400 chars)
 * @param block index of the first block of the passage
 * @param page 1-based page or 0
 * @param headingPath headings above the passage
 * @param line 1-based line (TXT/MD) or 0
 * @param start offset of the passage in the document text
 * @param end offset just past the passage in the document text
 * @param qualifier how firmly the passage states it
 * @param firm for a denial: it states the organisation's own practice (see {@link Sentence#firm})
 * @param heading true when the passage is a heading only: it names a subject, it states nothing
 */
public record Evidence(
    String quote, int block, int page, List<String> headingPath, int line, int start, int end, Qualifier qualifier,
    boolean firm, boolean heading) {
  public Evidence {
    headingPath = List.copyOf(headingPath);
  }
}
