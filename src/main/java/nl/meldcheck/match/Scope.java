package nl.meldcheck.match;

import java.util.List;

/**
 * Where a pattern is looked for.
 *
 * @param sections heading patterns; when not empty, only text under a matching heading counts,
 *     unless no heading of the document matches at all (an unstructured document), in which case
 *     the whole document is searched
 * @param window number of consecutive sentences of one section that the parts of an {@code &&}
 *     pattern may be spread over (1 = one sentence)
 * @param headings whether bare headings count. A heading with no text under it ("Stap 3: Gesprek
 *     met de cliënt" directly followed by the next heading) names a step without describing it,
 *     so required concepts do not count it on its own. A heading over body text counts, and so do
 *     long "headings" (in PDFs a numbered table row is often taken for one). Outdated terms count
 *     wherever they stand.
 * @param leadInOnly when true a window reaches the next sentence only after a lead-in: a sentence
 *     that ends with ':' or '?', or a heading ("In deze gevallen meld je altijd:" over "acute
 *     onveiligheid"). Keeps a rule from being stitched together out of two unrelated sentences.
 */
public record Scope(List<Pattern> sections, int window, boolean headings, boolean leadInOnly) {
  /** Headings of more words than this are content, whatever their layout. */
  public static final int SHORT_HEADING_WORDS = 12;

  /** The whole document, headings included. */
  public static final Scope DOCUMENT = new Scope(List.of(), 1, true, false);

  public Scope {
    sections = List.copyOf(sections);
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1");
    }
  }

  public Scope(List<Pattern> sections, int window, boolean headings) {
    this(sections, window, headings, false);
  }

  /** Body text only (short headings skipped), under the given headings. */
  public Scope(List<Pattern> sections, int window) {
    this(sections, window, false, false);
  }
}
