package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words. A word is a run of letters and digits; soft hyphens inside it are
 * dropped, and a word broken at a line end ("signa-\nlen") is joined when the next line starts
 * in lower case. Offsets point into the original text, so quotes keep the original wording.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    return tokenize(text, new Stemmer.Local());
  }

  /** As {@link #tokenize(String)}, with the stems of a whole document memoised in {@code stems}. */
  static List<Token> tokenize(String text, Stemmer.Local stems) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder raw = new StringBuilder();
      while (i < n) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
          raw.append(c);
          i++;
        } else if (c == '\u00AD') {
          i++;
        } else if (c == '-' && Character.isLetter(text.charAt(i - 1))) {
          int j = i + 1;
          while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
          }
          if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
            while (j < n && Character.isWhitespace(text.charAt(j))) {
              j++;
            }
            if (j < n && Character.isLowerCase(text.charAt(j))) {
              i = j;
              continue;
            }
          }
          break;
        } else {
          break;
        }
      }
      String folded = Fold.fold(raw.toString());
      out.add(new Token(folded, stems.stem(folded), start, i));
    }
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
