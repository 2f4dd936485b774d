package nl.meldcheck.audit;

import java.util.Locale;

/** Whether the audited document could be judged. Anything but OK gives exit code 3. */
public enum InputStatus {
  OK, MISSING, EMPTY, ENCRYPTED, CORRUPT, UNSUPPORTED, NO_TEXT_LAYER, TOO_LARGE, TIMEOUT,
  NOT_DUTCH, NOT_MELDCODE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** False when the criteria could not be judged at all. */
  public boolean judged() {
    return this == OK || this == NOT_MELDCODE;
  }
}
