package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.Topics;

/**
 * Turns the YAML tree of one checklist file into a {@link Checklist}, merging the parent named by
 * {@code extends}: the child adds sectors, areas and criteria and may override inherited criteria.
 */
final class ChecklistReader {
  static final List<String> KEYS = List.of("id", "version", "title", "valid_from", "extends", "pass_mark",
      "partial_cap", "sectors", "areas", "context", "criteria", "overrides");
  private static final List<String> CONTEXT_KEYS = List.of("about", "titles", "other_topics", "out_of_scope");
  private static final List<String> TOPIC_KEYS = List.of("patterns", "strict");
  private static final List<String> AREA_KEYS = List.of("id", "title");
  static final double DEFAULT_PARTIAL_CAP = 0.5;

  /** Loads the parent named by {@code extends}; reports its own problems and returns null on failure. */
  interface ParentLoader {
    Checklist load(String ref, SourceRef at);
  }

  private final Problems problems;
  private final String file;

  private ChecklistReader(Problems problems, String file) {
    this.problems = problems;
    this.file = file;
  }

  /** The checklist, or null when anything was wrong (every problem reported). */
  static Checklist read(YamlNode root, String file, Problems problems, ParentLoader parents) {
    return new ChecklistReader(problems, file).read(root, parents);
  }

  private Checklist read(YamlNode root, ParentLoader parents) {
    int before = problems.size();
    YamlMap m = YamlMap.of(root, problems, "", KEYS);
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    if (id != null && !Ids.isName(id)) {
      m.report(m.node("id", true).at(), "checklist id '" + id + "' must match " + Ids.NAME);
    }
    String version = m.string("version", true);
    Text title = m.text("title", true);
    LocalDate validFrom = m.date("valid_from", false);
    Checklist parent = null;
    String extendsRef = m.string("extends", false);
    if (extendsRef != null) {
      parent = parents.load(extendsRef, m.node("extends", false).at());
    }
    boolean parentOk = extendsRef == null || parent != null;
    Double passMark = m.number("pass_mark", 0, 100, false);
    if (!m.has("pass_mark") && extendsRef == null) {
      m.node("pass_mark", true);
    }
    Double partialCap = m.number("partial_cap", 0, 1, false);
    List<String> sectors = new ArrayList<>(parent == null ? List.of() : parent.sectors());
    addSectors(m, sectors);
    List<Area> areas = new ArrayList<>(parent == null ? List.of() : parent.areas());
    List<String> areaIds = new ArrayList<>(areas.stream().map(Area::id).toList());
    addAreas(m, areas, areaIds);
    Topics context = m.has("context") ? context(m) : parent == null ? Topics.NONE : parent.context();
    CriterionReader criteria = new CriterionReader(problems, areaIds, sectors, parentOk);
    List<Criterion> all = new ArrayList<>(parent == null ? List.of() : parent.criteria());
    addCriteria(m, criteria, all, parent, extendsRef != null);
    applyOverrides(m, criteria, all, parent, extendsRef != null);
    checkNeeds(criteria.needs(), all);
    if (problems.size() > before || !parentOk) {
      return null;
    }
    return new Checklist(id, version, title, validFrom != null ? validFrom : parent == null ? null : parent.validFrom(),
        parent == null ? null : parent.id(),
        passMark != null ? passMark : parent.passMark(),
        partialCap != null ? partialCap : parent != null ? parent.partialCap() : DEFAULT_PARTIAL_CAP,
        sectors, areas, all, file, context);
  }

  /**
   * The {@code context} block: what the meldcode is about, the titles that name a document a
   * meldcode, and the other topics whose sentences give no evidence. A child that sets it
   * replaces its parent's whole block.
   */
  private Topics context(YamlMap m) {
    YamlMap c = YamlMap.of(m.node("context", false), problems, "context: ", CONTEXT_KEYS);
    if (c == null) {
      return Topics.NONE;
    }
    List<Pattern> about = c.patterns("about", true);
    List<Pattern> titles = c.has("titles") ? c.patterns("titles", true) : List.of();
    List<Topics.Other> others = new ArrayList<>();
    YamlNode node = c.node("other_topics", false);
    if (node != null && !(node instanceof YamlNode.Mapping)) {
      c.report(node.at(), "'other_topics' must be a map of topic id to patterns, not " + node.describe());
    } else if (node instanceof YamlNode.Mapping map) {
      for (YamlNode.Entry e : map.entries()) {
        if (!Ids.isPartId(e.key())) {
          c.report(e.keyAt(), "topic id '" + e.key() + "' must match " + Ids.PART_ID);
        }
        if (e.value() instanceof YamlNode.Sequence) {
          others.add(new Topics.Other(e.key(), c.patterns(e.value(), "topic '" + e.key() + "'", true), false));
          continue;
        }
        YamlMap t = YamlMap.of(e.value(), problems, "context: topic '" + e.key() + "': ", TOPIC_KEYS);
        if (t != null) {
          others.add(new Topics.Other(e.key(), t.patterns("patterns", true), Boolean.TRUE.equals(t.bool("strict"))));
        }
      }
    }
    List<Pattern> outOfScope = c.has("out_of_scope") ? c.patterns("out_of_scope", true) : List.of();
    return new Topics(about, titles, others, outOfScope);
  }

  private void addSectors(YamlMap m, List<String> sectors) {
    YamlNode.Sequence seq = m.list("sectors", false);
    if (seq == null) {
      return;
    }
    for (YamlNode item : seq.items()) {
      String s = m.string(item, "an item of 'sectors'");
      if (s == null) {
        continue;
      }
      if (!Ids.isName(s)) {
        m.report(item.at(), "sector '" + s + "' must match " + Ids.NAME);
      } else if (sectors.contains(s)) {
        m.report(item.at(), "duplicate sector '" + s + "'");
      } else {
        sectors.add(s);
      }
    }
  }

  /** Adds the file's areas; {@code ids} also gets ids of areas with other mistakes, to spare follow-up noise. */
  private void addAreas(YamlMap m, List<Area> areas, List<String> ids) {
    YamlNode.Sequence seq = m.list("areas", false);
    if (seq == null) {
      return;
    }
    for (YamlNode item : seq.items()) {
      YamlMap a = YamlMap.of(item, problems, "area: ", AREA_KEYS);
      if (a == null) {
        continue;
      }
      String id = a.string("id", true);
      Text title = a.text("title", true);
      if (id != null && !Ids.isName(id)) {
        a.report(a.node("id", true).at(), "area id '" + id + "' must match " + Ids.NAME);
      } else if (id != null && ids.contains(id)) {
        a.report(a.node("id", true).at(), "duplicate area id '" + id + "'");
      } else if (id != null) {
        ids.add(id);
        if (title != null) {
          areas.add(new Area(id, title));
        }
      }
    }
  }

  private void addCriteria(YamlMap m, CriterionReader reader, List<Criterion> all, Checklist parent,
      boolean extending) {
    YamlNode.Sequence seq = m.list("criteria", !extending);
    if (seq == null) {
      return;
    }
    if (seq.items().isEmpty() && !extending) {
      m.report(seq.at(), "'criteria' is empty: a checklist without 'extends' needs at least one criterion");
    }
    Map<String, SourceRef> seen = new HashMap<>();
    int position = 0;
    for (YamlNode item : seq.items()) {
      position++;
      Criterion c = reader.criterion(item, position);
      String id = c != null ? c.id() : idOf(item);
      if (id == null) {
        continue;
      }
      SourceRef first = seen.putIfAbsent(id, item.at());
      if (first != null) {
        problems.add(item.at(), "duplicate criterion id '" + id + "' (first at line " + first.line() + ")");
      } else if (parent != null && parent.criterion(id).isPresent()) {
        problems.add(item.at(), "duplicate criterion id '" + id + "': it is inherited from '" + parent.id()
            + "' (change it under 'overrides')");
      } else if (c != null) {
        all.add(c);
      }
    }
  }

  /**
   * A criterion may need only another criterion of the checklist that needs nothing itself: one
   * level, so the order in which an audit applies them cannot matter.
   */
  private void checkNeeds(List<CriterionReader.Need> needs, List<Criterion> all) {
    for (CriterionReader.Need n : needs) {
      Criterion target = all.stream().filter(c -> c.id().equals(n.needed())).findFirst().orElse(null);
      if (target == null) {
        String closest = Suggest.closest(n.needed(), all.stream().map(Criterion::id).toList());
        problems.add(n.at(), "criterion " + n.criterion() + ": 'needs' names unknown criterion '" + n.needed() + "'"
            + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
      } else if (target.id().equals(n.criterion())) {
        problems.add(n.at(), "criterion " + n.criterion() + ": 'needs' cannot name the criterion itself");
      } else if (!target.needs().isEmpty()) {
        problems.add(n.at(), "criterion " + n.criterion() + ": 'needs' names " + target.id()
            + ", which needs " + target.needs() + " itself; name a criterion that needs nothing");
      }
    }
  }

  private void applyOverrides(YamlMap m, CriterionReader reader, List<Criterion> all, Checklist parent,
      boolean extending) {
    YamlNode.Sequence seq = m.list("overrides", false);
    if (seq == null) {
      return;
    }
    if (!extending) {
      m.report(m.keyAt("overrides"), "'overrides' needs 'extends': there are no inherited criteria to change");
      return;
    }
    Map<String, SourceRef> seen = new HashMap<>();
    for (YamlNode item : seq.items()) {
      String context = "override " + (idOf(item) == null ? "" : idOf(item)) + ": ";
      YamlMap o = YamlMap.of(item, problems, context.replace(" : ", ": "), CriterionReader.OVERRIDE_KEYS);
      if (o == null) {
        continue;
      }
      String id = reader.criterionId(o);
      if (id == null || parent == null) {
        continue;
      }
      SourceRef first = seen.putIfAbsent(id, item.at());
      int index = indexOf(all, id);
      if (first != null) {
        o.report(o.node("id", true).at(), "criterion '" + id + "' is overridden twice (first at line " + first.line() + ")");
      } else if (parent.criterion(id).isEmpty()) {
        // a real parent has dozens of criteria: suggest the closest instead of listing them all
        String closest = Suggest.closest(id, parent.criteria().stream().map(Criterion::id).toList());
        o.report(o.node("id", true).at(), "unknown criterion '" + id + "' in parent '" + parent.id() + "'"
            + (closest == null ? "" : " (did you mean '" + closest + "'?)")
            + "; 'meldcheck checklists show " + parent.id() + "' lists its criteria");
      } else {
        Criterion changed = reader.override(o, all.get(index));
        if (changed != null) {
          all.set(index, changed);
        }
      }
    }
  }

  private static int indexOf(List<Criterion> all, String id) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static String idOf(YamlNode item) {
    return item instanceof YamlNode.Mapping m && m.entry("id") != null
        && m.entry("id").value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING
        && !s.text().isBlank() ? s.text() : null;
  }
}
