package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.match.Pattern;

/** Reads a {@code type: forbidden} map into a {@link ForbiddenCheck}. */
final class ForbiddenParser {
  static final List<String> KEYS = List.of("terms", "unless");
  private static final List<String> TERM_KEYS = List.of("label", "patterns", "replacement");

  private ForbiddenParser() {}

  static Check parse(YamlMap m) {
    List<Term> terms = new ArrayList<>();
    YamlNode node = m.node("terms", true);
    if (node != null && !(node instanceof YamlNode.Mapping)) {
      m.report(node.at(), "'terms' must be a map of term id to patterns, not " + node.describe());
    } else if (node != null) {
      YamlNode.Mapping map = (YamlNode.Mapping) node;
      if (map.entries().isEmpty()) {
        m.report(node.at(), "'terms' needs at least one term");
      }
      for (YamlNode.Entry e : map.entries()) {
        Term t = term(m, e);
        if (t != null) {
          terms.add(t);
        }
      }
    }
    List<Pattern> unless = m.has("unless") ? m.patterns("unless", true) : List.of();
    return new ForbiddenCheck(terms, unless);
  }

  private static Term term(YamlMap m, YamlNode.Entry e) {
    String id = e.key();
    if (!Ids.isPartId(id)) {
      m.report(e.keyAt(), "term id '" + id + "' must match " + Ids.PART_ID);
    }
    Text defaultLabel = Text.nl(id.replace('_', ' '));
    if (e.value() instanceof YamlNode.Sequence) {
      return new Term(id, defaultLabel, m.patterns(e.value(), "term '" + id + "'", true), null);
    }
    YamlMap t = YamlMap.of(e.value(), m.problems(), m.context() + "term '" + id + "': ", TERM_KEYS);
    if (t == null) {
      return null;
    }
    Text label = t.has("label") ? t.text("label", false) : defaultLabel;
    List<Pattern> patterns = t.patterns("patterns", true);
    Text replacement = t.has("replacement") ? t.text("replacement", false) : null;
    return new Term(id, label == null ? defaultLabel : label, patterns, replacement);
  }
}
