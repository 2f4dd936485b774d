package nl.meldcheck.report;

import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Outcome;

/** The few ANSI styles the text report uses; applied only after layout, so widths stay right. */
enum Ansi {
  GREEN("32"),
  YELLOW("33"),
  RED("31"),
  DIM("2"),
  BOLD("1");

  private static final String RESET = "\u001b[0m";
  private final String code;

  Ansi(String code) {
    this.code = code;
  }

  String paint(String text, boolean enabled) {
    return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }

  static Ansi of(Outcome outcome) {
    return switch (outcome) {
      case PASS -> GREEN;
      case PARTIAL, REVIEW -> YELLOW;
      case FAIL, ERROR -> RED;
      case NOT_APPLICABLE, WAIVED -> DIM;
    };
  }

  static Ansi of(Verdict verdict) {
    return switch (verdict) {
      case VOLDOET -> GREEN;
      case VOLDOET_DEELS -> YELLOW;
      case VOLDOET_NIET -> RED;
      case NIET_BEOORDEELD -> DIM;
    };
  }
}
