package nl.meldcheck.audit;

import java.util.List;
import java.util.Objects;

/**
 * One quoted passage that carried (or sank) a verdict.
 *
 * @param quote the sentence(s) in the document's own wording, whitespace collapsed, trimmed
 * @param page 1-based page, or 0 when the format has no pages
 * @param section heading path above the passage, outermost first (may be empty)
 * @param line 1-based line for TXT/MD inputs, 0 otherwise
 * @param start character offset of the quote in the document text
 * @param end character offset just past the quote
 * @param concept the concept or term id the passage matched (e.g. "consultatie", "amk")
 * @param label the concept's user-facing name in the report language
 * @param qualifier "strong", "weak" (weak modality nearby) or "negated"
 */
public record EvidenceItem(
    String quote,
    int page,
    List<String> section,
    int line,
    int start,
    int end,
    String concept,
    String label,
    String qualifier) {
  public EvidenceItem {
    Objects.requireNonNull(quote, "quote");
    section = List.copyOf(section);
  }
}
