package nl.meldcheck.match;

import java.util.Locale;

/** How firmly a matched passage states what was looked for. Ordered from strongest. */
public enum Qualifier {
  /** Stated plainly. */
  STRONG,
  /** Weak modality in the sentence ("kan", "eventueel", "zo mogelijk"). */
  WEAK,
  /** Negated in the same clause ("geen", "niet", "nooit"). */
  NEGATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
