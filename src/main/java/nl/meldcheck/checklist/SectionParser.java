package nl.meldcheck.checklist;

import java.util.List;
import nl.meldcheck.match.Pattern;

/** Reads a {@code type: section} map into a {@link SectionCheck}. */
final class SectionParser {
  static final List<String> KEYS = List.of("label", "headings");

  private SectionParser() {}

  static Check parse(YamlMap m) {
    Text label = m.text("label", true);
    List<Pattern> headings = m.patterns("headings", true);
    return label == null ? null : new SectionCheck(label, headings);
  }
}
