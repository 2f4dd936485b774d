package nl.meldcheck.match;

import java.util.List;
import java.util.Objects;

/**
 * What a meldcode is about, and the other topics that share its words. A criterion's evidence
 * must concern signals of domestic violence or child abuse and their handling: a conversation
 * about bullying is no step 3, an anti-bullying coordinator no aandachtsfunctionaris, 112 for a
 * drowning no acute-danger rule. {@link Region} uses these to decide which sentences may give
 * evidence, and where in a long document the meldcode is.
 *
 * @param about wordings that make a sentence or heading about the meldcode's subject (Veilig
 *     Thuis, huiselijk geweld, kindermishandeling, the afwegingskader ...)
 * @param titles wordings that make a document call itself a meldcode ("meldcode", "protocol
 *     kindermishandeling") when they stand in its title or first heading
 * @param others the other topics, each excluded where it is the subject
 * @param outOfScope wordings by which a document declares the meldcode's subject outside its own
 *     scope ("Vermoedens van huiselijk geweld vallen buiten dit protocol"): a protocol for
 *     another subject that points to the meldcode
 */
public record Topics(List<Pattern> about, List<Pattern> titles, List<Other> others, List<Pattern> outOfScope) {
  /** No topic rules: every sentence counts (a user's checklist without a {@code context} block). */
  public static final Topics NONE = new Topics(List.of(), List.of(), List.of(), List.of());

  public Topics {
    about = List.copyOf(about);
    titles = List.copyOf(titles);
    others = List.copyOf(others);
    outOfScope = List.copyOf(outOfScope);
  }

  public boolean isEmpty() {
    return about.isEmpty() && others.isEmpty();
  }

  /**
   * Another topic.
   *
   * @param id e.g. "pesten"
   * @param patterns wordings that make a sentence or heading about it
   * @param strict true when a sentence about it is excluded even if it also uses meldcode words
   *     (a slogan "ieder kind voelt zich hier veilig thuis" is not about Veilig Thuis)
   */
  public record Other(String id, List<Pattern> patterns, boolean strict) {
    public Other {
      Objects.requireNonNull(id, "id");
      patterns = List.copyOf(patterns);
    }
  }
}
