package nl.meldcheck.report;

import nl.meldcheck.audit.Score;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Lang;

/**
 * The inline SVG pictures: a ring gauge for the total score and a bar per area, both with a tick
 * at the pass mark. Decorative bars are hidden from screen readers because the same numbers are
 * in the text next to them; the gauge is one image with a text alternative.
 */
final class HtmlCharts {
  private static final double RADIUS = 52;
  private static final double CIRCUMFERENCE = 2 * Math.PI * RADIUS;
  private static final int BAR_WIDTH = 200;
  private static final int BAR_HEIGHT = 12;

  private HtmlCharts() {}

  static String gauge(Score score, Verdict verdict, Lang lang) {
    boolean none = score.value() < 0;
    double value = none ? 0 : Math.min(100, score.value());
    String label = none ? Messages.NO_SCORE.in(lang) : Messages.number(score.value(), 1, lang);
    String alt = Messages.SCORE_GAUGE.in(lang) + ": " + label + (none ? "" : " / 100");
    double filled = CIRCUMFERENCE * value / 100;
    double tick = Math.toRadians(score.passMark() / 100 * 360 - 90);
    return "<svg class=\"gauge\" width=\"140\" height=\"140\" viewBox=\"0 0 140 140\" role=\"img\" aria-label=\""
        + Markup.html(alt) + "\">\n"
        + "<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\"" + HtmlTheme.TRACK + "\" stroke-width=\"14\"/>\n"
        + "<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\"" + HtmlTheme.background(verdict)
        + "\" stroke-width=\"14\" stroke-dasharray=\"" + fmt(filled) + " " + fmt(CIRCUMFERENCE)
        + "\" transform=\"rotate(-90 70 70)\"/>\n"
        + "<line x1=\"" + fmt(70 + 44 * Math.cos(tick)) + "\" y1=\"" + fmt(70 + 44 * Math.sin(tick))
        + "\" x2=\"" + fmt(70 + 60 * Math.cos(tick)) + "\" y2=\"" + fmt(70 + 60 * Math.sin(tick))
        + "\" stroke=\"" + HtmlTheme.TEXT + "\" stroke-width=\"2\"/>\n"
        + "<text x=\"70\" y=\"" + (none ? "75" : "78") + "\" text-anchor=\"middle\" font-size=\""
        + (none ? "13" : "26") + "\" font-weight=\"700\" fill=\"" + HtmlTheme.TEXT + "\">"
        + Markup.html(label) + "</text>\n"
        + "</svg>";
  }

  /** A bar for an area score (-1: not counted, an empty track). */
  static String bar(double score, double passMark) {
    double width = score < 0 ? 0 : Math.min(100, score) / 100 * BAR_WIDTH;
    double tick = passMark / 100 * BAR_WIDTH;
    return "<svg width=\"" + BAR_WIDTH + "\" height=\"" + BAR_HEIGHT + "\" viewBox=\"0 0 " + BAR_WIDTH + " "
        + BAR_HEIGHT + "\" aria-hidden=\"true\" focusable=\"false\">"
        + "<rect width=\"" + BAR_WIDTH + "\" height=\"" + BAR_HEIGHT + "\" rx=\"3\" fill=\"" + HtmlTheme.TRACK + "\"/>"
        + "<rect width=\"" + fmt(width) + "\" height=\"" + BAR_HEIGHT + "\" rx=\"3\" fill=\""
        + HtmlTheme.scoreColour(score, passMark) + "\"/>"
        + "<rect x=\"" + fmt(Math.min(BAR_WIDTH - 2, tick)) + "\" width=\"2\" height=\"" + BAR_HEIGHT
        + "\" fill=\"" + HtmlTheme.TEXT + "\"/></svg>";
  }

  /** Two decimals at most, no trailing zeros, a decimal point whatever the locale. */
  private static String fmt(double value) {
    // BigDecimal rather than String.format and two regexes: called for every SVG coordinate
    String text = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
