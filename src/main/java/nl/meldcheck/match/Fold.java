package nl.meldcheck.match;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of Dutch words for matching: ligatures expanded (NFKC), soft hyphens removed, case and
 * diacritics dropped, so "Cliënt", "client" and "CLIËNT" meet, and "ﬁnancieel" is "financieel".
 */
public final class Fold {
  private Fold() {}

  /** Folds one word or phrase. Whitespace is left as it is. */
  public static String fold(String s) {
    String t = s.indexOf('\u00AD') >= 0 ? s.replace("\u00AD", "") : s;
    if (isPlainAscii(t)) {
      return t.toLowerCase(Locale.ROOT);
    }
    t = Normalizer.normalize(t, Normalizer.Form.NFKC);
    t = Normalizer.normalize(t, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text as quoted in a report: soft hyphens and words broken at line ends repaired,
   * whitespace collapsed, trimmed. The wording itself is kept.
   */
  public static String display(String s) {
    // a hand-written pass: this runs for every passage a check finds, and two regex replacements
    // per passage showed up in batch profiles
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00AD') {
        continue;
      }
      if (c == '-' && sb.length() > 0 && Character.isLetter(sb.charAt(sb.length() - 1))) {
        int j = i + 1;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
          j++;
        }
        if (j < n && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
          int k = j;
          while (k < n && Character.isWhitespace(s.charAt(k))) {
            k++;
          }
          if (k < n && Character.isLowerCase(s.charAt(k))) {
            i = k - 1; // a word broken at a line end: join it
            continue;
          }
        }
      }
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
