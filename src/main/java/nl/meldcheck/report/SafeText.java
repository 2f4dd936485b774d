package nl.meldcheck.report;

import java.util.regex.Pattern;

/**
 * Neutralises text that came from a document or a user before it reaches a terminal. A quote could
 * carry ANSI escapes (recolouring or hiding the verdict, retitling the window) or bidi overrides
 * that make the printed text read differently from what is stored; the layout's own newlines are
 * the only control characters the text report may print.
 */
final class SafeText {
  /** CSI ("ESC [" … final byte), OSC ("ESC ]" … BEL or ST), and any other two-character escape. */
  private static final Pattern ANSI =
      Pattern.compile(
          "\u001b\\[[0-?]*[ -/]*[@-~]?|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)?|\u001b.?",
          Pattern.DOTALL);

  private SafeText() {}

  /**
   * The text with escapes removed, line breaks and tabs as single spaces, other control, format
   * (bidi, zero-width) and unassigned characters removed, and whitespace collapsed; null gives "".
   */
  static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String noEscapes = ANSI.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(noEscapes.length());
    noEscapes
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
              } else if (printable(cp)) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  private static boolean printable(int cp) {
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE;
  }
}
