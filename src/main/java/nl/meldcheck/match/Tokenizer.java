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
      // the common word: letters and digits up to a plain separator, looked up by its range of the
      // text; only a soft hyphen or a hyphen at a line end needs the word built character by character
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      Stemmer.Local.Folded f;
      if (i < n && (text.charAt(i) == '\u00AD' || text.charAt(i) == '-')) {
        StringBuilder raw = new StringBuilder().append(text, start, i);
        i = joined(text, i, raw);
        f = stems.fold(raw.toString());
      } else {
        f = stems.fold(text, start, i);
      }
      out.add(new Token(f.folded(), f.stem(), start, i, f.number()));
    }
    return out;
  }

  /**
   * Continues a word at {@code i} (a soft hyphen or a hyphen) into {@code raw}: soft hyphens are
   * dropped, and a hyphen at a line end joins the word on the next line when that starts in lower
   * case. Returns where the word ends.
   */
  private static int joined(String text, int i, StringBuilder raw) {
    int n = text.length();
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
    return i;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
