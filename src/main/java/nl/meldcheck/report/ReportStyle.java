package nl.meldcheck.report;

/**
 * How the text report is laid out on the user's terminal. The CLI decides: colour only on a TTY
 * with {@code NO_COLOR} unset, width from the terminal or {@link #DEFAULT_WIDTH}.
 *
 * @param color use ANSI colours for outcomes and the verdict
 * @param width maximum line width in characters; clamped to {@value #MIN_WIDTH}..{@value
 *     #MAX_WIDTH} because narrower wrapping is unreadable and a terminal's reported width may be
 *     anything
 * @param unicode draw score bars with block characters; false gives plain ASCII for terminals or
 *     logs that mangle them
 */
public record ReportStyle(boolean color, int width, boolean unicode) {
  public static final int DEFAULT_WIDTH = 100;
  public static final int MIN_WIDTH = 60;
  public static final int MAX_WIDTH = 200;

  public ReportStyle {
    width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
  }

  /** A style with unicode bars, the default. */
  public ReportStyle(boolean color, int width) {
    this(color, width, true);
  }

  /** No colour, default width, unicode bars: what files and pipes get. */
  public static ReportStyle plain() {
    return new ReportStyle(false, DEFAULT_WIDTH, true);
  }

  public ReportStyle withUnicode(boolean unicode) {
    return new ReportStyle(color, width, unicode);
  }
}
