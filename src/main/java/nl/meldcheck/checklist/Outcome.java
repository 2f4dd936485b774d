package nl.meldcheck.checklist;

import java.util.Locale;

/** The outcome of one criterion, as in the architecture page. */
public enum Outcome {
  PASS, PARTIAL, FAIL, REVIEW, NOT_APPLICABLE, WAIVED, ERROR;

  /** The JSON and CLI spelling: lower case with underscores. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Outcomes that count in the score denominator. */
  public boolean scored() {
    return this != NOT_APPLICABLE && this != WAIVED;
  }
}
