package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.Scope;

/** Reads a {@code type: concepts} map into a {@link ConceptsCheck}. */
final class ConceptsParser {
  static final List<String> KEYS = List.of("section", "window", "partial_min", "partial_requires", "pass_min",
      "subject", "also_where", "lead_in_only", "concepts");
  private static final List<String> CONCEPT_KEYS = List.of("label", "patterns", "partial_only", "allow_weak", "any_polarity",
      "window", "denied_by", "loose");

  private ConceptsParser() {}

  static Check parse(YamlMap m) {
    List<Pattern> sections = m.has("section") ? m.patterns("section", true) : List.of();
    Integer window = m.integer("window", 1);
    Integer partialMin = m.integer("partial_min", 1);
    Integer passMin = m.integer("pass_min", 1);
    List<Concept> concepts = concepts(m);
    Set<String> ids = new LinkedHashSet<>();
    concepts.forEach(c -> ids.add(c.id()));
    Set<String> partialRequires = new LinkedHashSet<>();
    YamlNode.Sequence req = m.list("partial_requires", false);
    if (req != null) {
      for (YamlNode item : req.items()) {
        String id = m.string(item, "an item of 'partial_requires'");
        if (id != null && !ids.contains(id)) {
          String closest = Suggest.closest(id, List.copyOf(ids));
          m.report(item.at(), "'partial_requires' names unknown concept '" + id + "'"
              + (closest == null ? "" : " (did you mean '" + closest + "'?)") + "; concepts: " + String.join(", ", ids));
        } else if (id != null) {
          partialRequires.add(id);
        }
      }
    }
    if (!concepts.isEmpty() && concepts.stream().allMatch(Concept::partialOnly)) {
      m.report(m.keyAt("concepts"), "at least one concept must not be partial_only, or the check can never pass");
    }
    if (partialMin != null && !concepts.isEmpty() && partialMin > concepts.size()) {
      m.report(m.keyAt("partial_min"), "'partial_min' is " + partialMin + " but there are only "
          + concepts.size() + " concepts");
    }
    if (passMin != null && !concepts.isEmpty()
        && passMin > concepts.stream().filter(c -> !c.partialOnly()).count()) {
      m.report(m.keyAt("pass_min"), "'pass_min' is " + passMin + " but there are only "
          + concepts.stream().filter(c -> !c.partialOnly()).count() + " required concepts");
    }
    List<Pattern> subject = m.has("subject") ? m.patterns("subject", true) : List.of();
    List<Pattern> alsoWhere = m.has("also_where") ? m.patterns("also_where", true) : List.of();
    if (!alsoWhere.isEmpty() && (!subject.isEmpty() || sections.isEmpty())) {
      m.report(m.keyAt("also_where"), "'also_where' widens the 'section' list, so it needs 'section' and no 'subject'");
    }
    boolean leadIn = Boolean.TRUE.equals(m.bool("lead_in_only"));
    return new ConceptsCheck(concepts, new Scope(sections, window == null ? 1 : window, false, leadIn),
        partialMin == null ? 1 : partialMin, partialRequires, passMin == null ? 0 : passMin, subject, alsoWhere);
  }

  private static List<Concept> concepts(YamlMap m) {
    List<Concept> out = new ArrayList<>();
    YamlNode node = m.node("concepts", true);
    if (node == null) {
      return out;
    }
    if (!(node instanceof YamlNode.Mapping map)) {
      m.report(node.at(), "'concepts' must be a map of concept id to patterns, not " + node.describe());
      return out;
    }
    if (map.entries().isEmpty()) {
      m.report(node.at(), "'concepts' needs at least one concept");
    }
    for (YamlNode.Entry e : map.entries()) {
      Concept c = concept(m, e);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static Concept concept(YamlMap m, YamlNode.Entry e) {
    String id = e.key();
    if (!Ids.isPartId(id)) {
      m.report(e.keyAt(), "concept id '" + id + "' must match " + Ids.PART_ID);
    }
    Text defaultLabel = Text.nl(id.replace('_', ' '));
    if (e.value() instanceof YamlNode.Sequence) {
      List<Pattern> patterns = m.patterns(e.value(), "concept '" + id + "'", true);
      return new Concept(id, defaultLabel, patterns, false, false);
    }
    YamlMap c = YamlMap.of(e.value(), m.problems(), m.context() + "concept '" + id + "': ", CONCEPT_KEYS);
    if (c == null) {
      return null;
    }
    Text label = c.has("label") ? c.text("label", false) : defaultLabel;
    List<Pattern> patterns = c.patterns("patterns", true);
    Boolean partialOnly = c.bool("partial_only");
    Boolean allowWeak = c.bool("allow_weak");
    Boolean anyPolarity = c.bool("any_polarity");
    Integer window = c.integer("window", 1);
    return new Concept(id, label == null ? defaultLabel : label, patterns,
        Boolean.TRUE.equals(partialOnly), Boolean.TRUE.equals(allowWeak), Boolean.TRUE.equals(anyPolarity),
        window == null ? 0 : window, c.has("denied_by") ? c.patterns("denied_by", true) : List.of(),
        c.has("loose") ? c.patterns("loose", true) : List.of());
  }
}
