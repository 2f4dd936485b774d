package nl.meldcheck.match;

import java.util.List;

/**
 * A sentence of a block, with its words and, per word, the clause it belongs to.
 *
 * @param ordinal position among all sentences of the document
 * @param block index of the block
 * @param start offset in the block text
 * @param end offset just past the sentence in the block text
 * @param tokens the words
 * @param negatedWord per word: true when its clause is negated
 * @param weak true when the sentence uses weak modality
 */
public record Sentence(
    int ordinal, int block, int start, int end, List<Token> tokens, boolean[] negatedWord, boolean weak) {
  /** Qualifier of the words {@code from..to} (exclusive). */
  public Qualifier qualifier(int from, int to) {
    for (int i = from; i < to; i++) {
      if (negatedWord[i]) {
        return Qualifier.NEGATED;
      }
    }
    return weak ? Qualifier.WEAK : Qualifier.STRONG;
  }
}
