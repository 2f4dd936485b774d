package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts for text that needs no work must give what the full path gives. */
class SafeTextTest {
  /** Characters each path treats differently: controls, spaces, escapes, bidi, emoji, HTML specials. */
  private static final String[] PIECES = {
    "a", "Z", "9", " ", "  ", ".", "é", "ß", "ÿ", "\u00a0", "\u00ad", "\u0085", "\u007f", "\t", "\n", "\r",
    "\u2019", "\u201c", "\u2013", "\u20ac", "\u2003", "\u2028", "\u200b", "\u202e", "\u2066", "\ufeff",
    "\ue000", "\u0378", "\ud83d\ude00", "\ud83d", "\ude00", "\u001b[31m", "\u001b]0;x\u0007", "\u001b",
    "&", "<", ">", "\"", "'", "meldcode", "Veilig Thuis", "\u0130", "\u03a9", "\u4e2d"};

  private static String random(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void cleanGivesWhatTheFullPathGives() {
    Random r = new Random(20261129);
    for (int i = 0; i < 300_000; i++) {
      String s = random(r);
      assertEquals(SafeText.cleanAll(s), SafeText.clean(s), () -> "for " + s.codePoints()
          .mapToObj(Integer::toHexString).toList());
    }
  }

  @Test
  void htmlEscapesExactlyTheFiveSpecialCharacters() {
    Random r = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      String s = random(r);
      StringBuilder expected = new StringBuilder();
      SafeText.clean(s).chars().forEach(c -> expected.append(switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> String.valueOf((char) c);
      }));
      assertEquals(expected.toString(), Markup.html(s));
    }
  }
}
