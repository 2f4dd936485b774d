package nl.meldcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word wrapping and padding measured in code points, so accented Dutch letters and the typographic
 * quotes count as one column each.
 */
final class TextLayout {
  private TextLayout() {}

  /** Our own colour codes (see {@link Ansi}) take no columns. */
  private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

  static int width(String text) {
    String visible = text.indexOf('\u001b') < 0 ? text : SGR.matcher(text).replaceAll("");
    return visible.codePointCount(0, visible.length());
  }

  static String repeat(char c, int count) {
    return String.valueOf(c).repeat(Math.max(0, count));
  }

  /** Pads with spaces to {@code width} columns; longer text is left as it is. */
  static String pad(String text, int width) {
    return text + repeat(' ', width - width(text));
  }

  /** Cuts text to {@code width} columns, marking the cut with an ellipsis. */
  static String truncate(String text, int width, boolean unicode) {
    if (width(text) <= width) {
      return text;
    }
    String mark = unicode ? "…" : "...";
    int keep = Math.max(0, width - width(mark));
    return text.substring(0, text.offsetByCodePoints(0, keep)).stripTrailing() + mark;
  }

  /**
   * Lines of {@code first + text}, continued under {@code indent}, each at most {@code width}
   * columns. Words longer than a line are split rather than let through.
   */
  static List<String> hanging(String first, String indent, String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int lineWidth = width(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int wordWidth = width(word);
      if (!empty && lineWidth + 1 + wordWidth > width) {
        lines.add(line.toString().stripTrailing());
        line = new StringBuilder(indent);
        lineWidth = width(indent);
        empty = true;
      }
      while (lineWidth + (empty ? 0 : 1) + wordWidth > width && width - lineWidth > 1) {
        int room = width - lineWidth - (empty ? 0 : 1);
        int cut = word.offsetByCodePoints(0, room);
        line.append(empty ? "" : " ").append(word, 0, cut);
        lines.add(line.toString());
        line = new StringBuilder(indent);
        lineWidth = width(indent);
        empty = true;
        word = word.substring(cut);
        wordWidth = width(word);
      }
      line.append(empty ? "" : " ").append(word);
      lineWidth += (empty ? 0 : 1) + wordWidth;
      empty = false;
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }
}
