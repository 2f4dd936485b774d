package nl.meldcheck.checklist;

import java.util.Objects;

/**
 * A user-facing text in Dutch and English. Dutch is required; English falls back to Dutch so a
 * user-written checklist need not translate.
 */
public record Text(String nl, String en) {
  public Text {
    Objects.requireNonNull(nl, "nl");
  }

  public static Text of(String nl, String en) {
    return new Text(nl, en);
  }

  public static Text nl(String nl) {
    return new Text(nl, null);
  }

  public String get(Lang lang) {
    return lang == Lang.EN && en != null && !en.isBlank() ? en : nl;
  }
}
