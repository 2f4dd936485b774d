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
 */
public record Scope(List<Pattern> sections, int window) {
  public static final Scope DOCUMENT = new Scope(List.of(), 1);

  public Scope {
    sections = List.copyOf(sections);
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1");
    }
  }
}
