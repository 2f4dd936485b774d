package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a block into sentences and sentences into clauses, and marks negation and weak
 * modality. Negation counts per clause ("handel nooit alleen, maar overleg" keeps "overleg"
 * strong); a clause that opens with a condition ("als er geen vermoeden is") is not a negated
 * statement. Weak modality counts per sentence, except in questions (the afwegingsvragen are
 * questions: "kan ik effectieve hulp bieden?").
 */
final class SentenceSplitter {
  private static final Set<String> NEGATIONS =
      Set.of("geen", "niet", "nooit", "niets", "nimmer", "niemand", "nergens");
  private static final Set<String> CONDITIONALS =
      Set.of("als", "indien", "wanneer", "tenzij", "mits", "zolang", "zodra", "of", "wie", "waar");
  private static final Set<String> WEAK =
      Set.of("kan", "kunt", "kun", "kunnen", "eventueel", "eventuele", "desgewenst", "zou", "zouden", "overwegen",
          "overweegt", "wellicht", "misschien", "facultatief");
  private static final Set<String> WEAK_BEFORE_MOGELIJK = Set.of("zo", "indien", "waar", "zomogelijk");
  private static final Set<String> CLAUSE_WORDS = Set.of("maar", "tenzij", "behalve", "echter");
  /** Words that may stand before the conditional that opens a clause: "ook als", "zelfs wanneer". */
  private static final Set<String> BEFORE_CONDITIONAL = Set.of("ook", "zelfs", "en", "dus", "alleen", "vooral");

  /** {@link #kind} bits. */
  static final int NEGATION = 1;
  static final int CONDITIONAL = 2;
  static final int WEAK_WORD = 4;
  static final int CLAUSE_WORD = 8;
  static final int BEFORE_CONDITIONAL_WORD = 16;
  static final int BEFORE_MOGELIJK = 32;

  private SentenceSplitter() {}

  /**
   * The roles a folded word can play here, as bits: computed once per distinct word of a
   * document ({@link Stemmer.Local}) instead of five set lookups per word (profiled: a sixth of
   * building a document's index).
   */
  static int kind(String folded) {
    return (NEGATIONS.contains(folded) ? NEGATION : 0)
        | (CONDITIONALS.contains(folded) ? CONDITIONAL : 0)
        | (WEAK.contains(folded) ? WEAK_WORD : 0)
        | (CLAUSE_WORDS.contains(folded) ? CLAUSE_WORD : 0)
        | (BEFORE_CONDITIONAL.contains(folded) ? BEFORE_CONDITIONAL_WORD : 0)
        | (WEAK_BEFORE_MOGELIJK.contains(folded) ? BEFORE_MOGELIJK : 0);
  }

  /** The sentences of a block; {@code stems} is the Local that read its tokens, and knows their {@link #kind}. */
  static List<Sentence> split(int blockIndex, String text, List<Token> tokens, int firstOrdinal, Stemmer.Local stems) {
    List<Sentence> out = new ArrayList<>();
    int ti = 0;
    int sentStart = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      int end = -1;
      if (i == n) {
        end = n;
      } else {
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
          end = i + 1;
        } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
          end = i;
        }
      }
      if (end > sentStart) {
        List<Token> words = new ArrayList<>();
        while (ti < tokens.size() && tokens.get(ti).start() < end) {
          words.add(tokens.get(ti++));
        }
        if (!words.isEmpty()) {
          out.add(build(firstOrdinal + out.size(), blockIndex, text, sentStart, end, words, stems));
        }
        sentStart = end;
      }
    }
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    return Character.isUpperCase(next) || Character.isDigit(next) || "•-–*(\"'‘“".indexOf(next) >= 0;
  }

  private static Sentence build(
      int ordinal, int block, String text, int start, int end, List<Token> words, Stemmer.Local stems) {
    int[] kinds = new int[words.size()];
    for (int w = 0; w < kinds.length; w++) {
      kinds[w] = stems.kind(words.get(w).number());
    }
    int last = end - 1;
    while (last >= start && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    boolean question = last >= start && text.charAt(last) == '?';
    boolean[] negated = new boolean[words.size()];
    // clauses: split at punctuation inside the sentence and at contrastive words
    int clauseStart = 0;
    for (int w = 0; w <= words.size(); w++) {
      boolean cut = w == words.size();
      if (!cut && w > clauseStart) {
        cut = clauseBreak(text, words.get(w - 1).end(), words.get(w).start())
            || (kinds[w] & CLAUSE_WORD) != 0;
      }
      if (cut) {
        if (clauseNegated(words, kinds, clauseStart, w)) {
          for (int k = clauseStart; k < w; k++) {
            negated[k] = true;
          }
        }
        clauseStart = w;
      }
    }
    boolean weak = false;
    if (!question) {
      for (int w = 0; w < words.size() && !weak; w++) {
        String f = words.get(w).folded();
        weak = (kinds[w] & WEAK_WORD) != 0
            || f.equals("mogelijk") && w > 0 && (kinds[w - 1] & BEFORE_MOGELIJK) != 0
            || f.equals("principe") && w > 0 && words.get(w - 1).folded().equals("in")
            || f.equals("voorkeur") && w > 0 && words.get(w - 1).folded().equals("bij");
      }
    }
    return new Sentence(ordinal, block, start, end, List.copyOf(words), negated, weak);
  }

  /** True when the text between two words holds punctuation that ends a clause, or a line break. */
  private static boolean clauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '–' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseNegated(List<Token> words, int[] kinds, int from, int to) {
    if (from >= to || (kinds[from] & CONDITIONAL) != 0) {
      return false;
    }
    if (from + 1 < to && (kinds[from] & BEFORE_CONDITIONAL_WORD) != 0 && (kinds[from + 1] & CONDITIONAL) != 0) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if ((kinds[k] & NEGATION) != 0) {
        String f = words.get(k).folded();
        boolean notOnly = f.equals("niet") && k + 1 < to
            && (words.get(k + 1).folded().equals("alleen") || words.get(k + 1).folded().equals("uitsluitend"));
        // "wel of niet melden", "al dan niet melden" name a choice, they deny nothing
        boolean choice = f.equals("niet") && k >= from + 2
            && (follows(words, k, "wel", "of") || follows(words, k, "al", "dan"));
        if (!notOnly && !choice) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean follows(List<Token> words, int k, String first, String second) {
    return words.get(k - 2).folded().equals(first) && words.get(k - 1).folded().equals(second);
  }
}
