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
    return plain(text) ? text : cleanAll(text);
  }

  /** {@link #clean} without the shortcut for text that is clean already (and for the test of it). */
  static String cleanAll(String text) {
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

  /**
   * True for the common case that needs no work: printable characters without controls, escapes,
   * other spaces or surrogates, no leading, trailing or double spaces. Every report string passes
   * clean(); the regex path cost ~2 % of a batch (profiled) for texts that are nearly always
   * clean already. Beyond Latin-1 (a document's curly quotes and dashes) a character is asked
   * about its type; that path was still 0.4 % of a batch's samples.
   */
  private static boolean plain(String text) {
    char prev = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // U+00AD, the soft hyphen, is a format character: removed like the others
      if (c < 0x20 || c >= 0x7f && c < 0xa1 || c == 0xad || c == ' ' && prev == ' ') {
        return false;
      }
      if (c > 0xff && (Character.isSurrogate(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
          || !printable(c))) {
        return false;
      }
      prev = c;
    }
    return prev != ' ';
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
