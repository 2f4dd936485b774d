package nl.meldcheck.checklist;

import java.util.Locale;

/** How much a criterion matters; the default weight follows from it (architecture page). */
public enum Severity {
  CRITICAL(5), MAJOR(3), MINOR(1);

  private final int defaultWeight;

  Severity(int defaultWeight) {
    this.defaultWeight = defaultWeight;
  }

  public int defaultWeight() {
    return defaultWeight;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
