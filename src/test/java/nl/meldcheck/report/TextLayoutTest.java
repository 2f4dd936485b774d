package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
  @Test
  void wrapsOnWordsWithAHangingIndent() {
    assertEquals(List.of("- een twee", "  drie vier", "  vijf"),
        TextLayout.hanging("- ", "  ", "een twee drie vier vijf", 11));
  }

  @Test
  void splitsWordsLongerThanALine() {
    assertEquals(List.of("> abcdefgh", "  ijklmnop", "  qr"),
        TextLayout.hanging("> ", "  ", "abcdefghijklmnopqr", 10));
  }

  @Test
  void measuresCodePointsAndIgnoresColourCodes() {
    assertEquals(5, TextLayout.width("“één”"));
    assertEquals(4, TextLayout.width("\u001b[32mpass\u001b[0m"));
  }

  @Test
  void truncatesWithAnEllipsis() {
    assertEquals("abcd…", TextLayout.truncate("abcdefgh", 5, true));
    assertEquals("ab...", TextLayout.truncate("abcdefgh", 5, false));
    assertEquals("abc", TextLayout.truncate("abc", 5, true));
  }

  @Test
  void dutchNumbersUseACommaWhateverTheDefaultLocale() {
    assertEquals("72,5", Messages.number(72.46, 1, nl.meldcheck.checklist.Lang.NL));
    assertEquals("72.5", Messages.number(72.46, 1, nl.meldcheck.checklist.Lang.EN));
    assertEquals("75", Messages.compact(75, nl.meldcheck.checklist.Lang.NL));
    assertEquals("0,0", Messages.number(-0.01, 1, nl.meldcheck.checklist.Lang.NL));
  }

  @Test
  void safeTextDropsEscapesAndControls() {
    assertEquals("rood tekst", SafeText.clean("\u001b[1;31mrood\u001b[0m\n\ttekst\u200b"));
    assertEquals("", SafeText.clean(null));
    assertEquals("a b", SafeText.clean("a\u001b]8;;http://x\u001b\\ b"));
  }
}
