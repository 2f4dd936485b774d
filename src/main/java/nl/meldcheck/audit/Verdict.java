package nl.meldcheck.audit;

import nl.meldcheck.checklist.Lang;

/** The overall verdict (architecture page). */
public enum Verdict {
  VOLDOET("voldoet", "compliant"),
  VOLDOET_DEELS("voldoet deels", "partly compliant"),
  VOLDOET_NIET("voldoet niet", "not compliant"),
  NIET_BEOORDEELD("niet beoordeeld", "not judged");

  private final String dutch;
  private final String english;

  Verdict(String dutch, String english) {
    this.dutch = dutch;
    this.english = english;
  }

  /** The stable machine code, e.g. "voldoet_deels". */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String label(Lang lang) {
    return lang == Lang.EN ? english : dutch;
  }
}
