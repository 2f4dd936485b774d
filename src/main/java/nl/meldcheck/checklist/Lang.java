package nl.meldcheck.checklist;

import java.util.Locale;

/** Report language. Dutch is the default for users. */
public enum Lang {
  NL, EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
