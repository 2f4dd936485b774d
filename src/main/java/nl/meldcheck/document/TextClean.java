package nl.meldcheck.document;

/**
 * The only normalisation the reader applies: line endings to '\n', runs of spaces and tabs to one
 * space, each line trimmed, empty lines dropped. Everything else (ligatures, soft hyphens,
 * hyphenated line breaks) stays as extracted, because quotes must show the original wording and
 * the match package repairs those itself.
 */
final class TextClean {
  private TextClean() {}

  static String clean(CharSequence in) {
    StringBuilder out = new StringBuilder(in.length());
    int lineStart = 0; // index in out where the current line starts
    boolean pendingSpace = false;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < in.length() && in.charAt(i + 1) == '\n') {
          i++;
        }
        pendingSpace = false;
        if (out.length() > lineStart) { // drop empty lines
          out.append('\n');
          lineStart = out.length();
        }
      } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f') {
        pendingSpace = out.length() > lineStart;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }
}
