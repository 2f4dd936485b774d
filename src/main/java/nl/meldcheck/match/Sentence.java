package nl.meldcheck.match;

import java.util.List;

/**
 * A sentence of a block, with its words and, per word, what its clause does: deny, hedge, or
 * state plainly.
 *
 * @param ordinal position among all sentences of the document
 * @param block index of the block
 * @param start offset in the block text
 * @param end offset just past the sentence in the block text
 * @param tokens the words
 * @param negatedWord per word: true when its clause denies
 * @param weakWord per word: true when its clause hedges ("kan", "eventueel", "zo mogelijk");
 *     per clause, so "bespreek het met de ouders en, als dat kan, met het kind" hedges the child
 *     only
 * @param firmWord per word: true when its clause denies the organisation's own practice ("wij
 *     doen geen kindcheck", "de rol is vacant", "signalen worden niet vastgelegd") rather than
 *     describing something else ("in de Verwijsindex staat niet wat er aan de hand is"), and the
 *     word is what is denied (near the negation, or fronted before it)
 */
public record Sentence(
    int ordinal, int block, int start, int end, List<Token> tokens, boolean[] negatedWord, boolean[] weakWord,
    boolean[] firmWord) {
  /** Qualifier of the words {@code from..to} (exclusive). */
  public Qualifier qualifier(int from, int to) {
    for (int i = from; i < to; i++) {
      if (negatedWord[i]) {
        return Qualifier.NEGATED;
      }
    }
    return qualifierIgnoringNegation(from, to);
  }

  /**
   * Qualifier of the words when a negation among them is part of what was looked for: hedged
   * when the clause where the match starts or ends hedges.
   */
  public Qualifier qualifierIgnoringNegation(int from, int to) {
    return from < to && (weakWord[from] || weakWord[to - 1]) ? Qualifier.WEAK : Qualifier.STRONG;
  }

  /** True when a word of {@code from..to} is firmly denied. */
  public boolean firm(int from, int to) {
    for (int i = from; i < to; i++) {
      if (firmWord[i]) {
        return true;
      }
    }
    return false;
  }

  /** True when some clause of the sentence hedges. */
  public boolean weak() {
    for (boolean w : weakWord) {
      if (w) {
        return true;
      }
    }
    return false;
  }
}
