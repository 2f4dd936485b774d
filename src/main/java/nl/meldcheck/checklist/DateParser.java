package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.PatternException;

/** Reads a {@code type: date} map into a {@link DateCheck}. */
final class DateParser {
  static final List<String> KEYS = List.of("not_before", "cues");

  /** Words that mark a document's own date when a checklist names no cues of its own. */
  static final List<String> DEFAULT_CUES = List.of("vastgesteld", "versie", "datum", "herzien", "bijgewerkt",
      "geactualiseerd", "geëvalueerd", "laatst gewijzigd", "revisie", "ingangsdatum", "goedgekeurd");

  private static final List<Pattern> DEFAULT_CUE_PATTERNS = compile(DEFAULT_CUES);

  private DateParser() {}

  static Check parse(YamlMap m) {
    LocalDate notBefore = m.date("not_before", true);
    List<Pattern> cues = m.has("cues") ? m.patterns("cues", true) : DEFAULT_CUE_PATTERNS;
    return notBefore == null ? null : new DateCheck(notBefore, cues);
  }

  private static List<Pattern> compile(List<String> sources) {
    List<Pattern> out = new ArrayList<>();
    for (String s : sources) {
      try {
        out.add(Pattern.compile(s));
      } catch (PatternException e) {
        throw new IllegalStateException("built-in date cue '" + s + "' does not compile", e);
      }
    }
    return List.copyOf(out);
  }
}
