package nl.meldcheck.report;

import java.util.EnumMap;
import java.util.Map;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Outcome;

/**
 * The HTML report's colours. Badges are white text on these backgrounds; each was picked for a
 * contrast ratio of at least 4.5:1 with white (WCAG 2.1 AA for normal text), which a test checks,
 * so a later colour change cannot quietly make a badge unreadable.
 */
final class HtmlTheme {
  static final String TEXT = "#1f2328";
  static final String MUTED = "#57606a";
  static final String TRACK = "#d0d7de";

  private static final Map<Outcome, String> OUTCOMES = new EnumMap<>(Outcome.class);

  static {
    OUTCOMES.put(Outcome.PASS, "#17663a");
    OUTCOMES.put(Outcome.PARTIAL, "#8a4600");
    OUTCOMES.put(Outcome.FAIL, "#b3261e");
    OUTCOMES.put(Outcome.REVIEW, "#6639a6");
    OUTCOMES.put(Outcome.NOT_APPLICABLE, "#5c636a");
    OUTCOMES.put(Outcome.WAIVED, "#3d5a80");
    OUTCOMES.put(Outcome.ERROR, "#7d1a1a");
  }

  private HtmlTheme() {}

  static String background(Outcome outcome) {
    return OUTCOMES.get(outcome);
  }

  static String background(Verdict verdict) {
    return switch (verdict) {
      case VOLDOET -> background(Outcome.PASS);
      case VOLDOET_DEELS -> background(Outcome.PARTIAL);
      case VOLDOET_NIET -> background(Outcome.FAIL);
      case NIET_BEOORDEELD -> background(Outcome.NOT_APPLICABLE);
    };
  }

  /** Bar colour for a score: the pass colour at or above the pass mark, else partial, fail at 0. */
  static String scoreColour(double score, double passMark) {
    if (score >= passMark) {
      return background(Outcome.PASS);
    }
    return score > 0 ? background(Outcome.PARTIAL) : background(Outcome.FAIL);
  }

  /** CSS classes "o-pass" … for every outcome and "v-voldoet" … for every verdict. */
  static String badgeCss() {
    StringBuilder css = new StringBuilder();
    for (Outcome outcome : Outcome.values()) {
      css.append(".o-").append(outcome.code()).append("{background:").append(background(outcome)).append("}\n");
    }
    for (Verdict verdict : Verdict.values()) {
      css.append(".v-").append(verdict.code()).append("{background:").append(background(verdict)).append("}\n");
    }
    return css.toString();
  }

  /** WCAG 2.1 contrast ratio of two "#rrggbb" colours, 1..21. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
