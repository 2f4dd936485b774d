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
    String t = s.replace("\u00AD", "");
    t = t.replaceAll("(\\p{L})-[ \\t]*\\R[ \\t]*(\\p{Ll})", "$1$2");
    return t.replaceAll("\\s+", " ").strip();
  }
}
