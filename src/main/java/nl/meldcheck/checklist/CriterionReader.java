package nl.meldcheck.checklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads criteria and overrides. Knows the areas and sectors declared so far (the parent's and
 * the file's own) so a reference to an undeclared one is caught with its line.
 */
final class CriterionReader {
  static final List<String> KEYS = List.of("id", "area", "severity", "weight", "waivable", "title", "basis",
      "applies_to", "not_for", "looked_for", "advice", "check", "examples", "needs");
  static final List<String> OVERRIDE_KEYS = List.of("id", "severity", "weight", "waivable", "applies_to",
      "not_for", "advice", "title", "looked_for");
  private static final List<String> EXAMPLE_KEYS = List.of("pass", "partial", "review", "fail");

  private final Problems problems;
  private final List<String> areas;
  private final List<String> sectors;
  /** False when the parent failed to load: its areas and sectors are unknown, so skip those checks. */
  private final boolean checkRefs;

  CriterionReader(Problems problems, List<String> areas, List<String> sectors, boolean checkRefs) {
    this.problems = problems;
    this.areas = List.copyOf(areas);
    this.sectors = List.copyOf(sectors);
    this.checkRefs = checkRefs;
  }

  /** Reads one criterion; null when it has problems (reported). */
  Criterion criterion(YamlNode node, int position) {
    String context = contextOf(node, position);
    int before = problems.size();
    YamlMap m = YamlMap.of(node, problems, context, KEYS);
    if (m == null) {
      return null;
    }
    String id = criterionId(m);
    String area = m.string("area", true);
    if (area != null && checkRefs && !areas.contains(area)) {
      m.report(m.node("area", true).at(), unknown("area", area, areas));
    }
    Severity severity = m.enumValue("severity", Severity.class, true);
    Double weight = m.number("weight", 0, Double.MAX_VALUE, true);
    Boolean waivable = m.bool("waivable");
    Text title = m.text("title", true);
    String basis = m.has("basis") ? m.string("basis", false) : "";
    Applicability applicability = new Applicability(sectors(m, "applies_to"), sectors(m, "not_for"));
    overlap(m, applicability);
    Text lookedFor = m.has("looked_for") ? m.text("looked_for", false) : null;
    Text advice = m.text("advice", true);
    YamlNode checkNode = m.node("check", true);
    Check check = checkNode == null ? null : CheckTypes.parse(checkNode, problems, context + "check: ");
    Examples examples = m.has("examples") ? examples(m) : Examples.NONE;
    String needs = m.has("needs") ? m.string("needs", false) : "";
    if (needs != null && !needs.isEmpty()) {
      // checked against the whole checklist once every criterion is read
      needed.add(new Need(id, needs, m.node("needs", false).at()));
    }
    if (problems.size() > before || severity == null) {
      return null;
    }
    return new Criterion(id, area, severity, weight == null ? severity.defaultWeight() : weight, title, basis,
        applicability, check, lookedFor, advice, waivable == null ? severity != Severity.CRITICAL : waivable,
        examples, needs, node.at());
  }

  /** A criterion's {@code needs}, with where it is written. */
  record Need(String criterion, String needed, SourceRef at) { }

  private final List<Need> needed = new java.util.ArrayList<>();

  /** The {@code needs} references read so far. */
  List<Need> needs() {
    return List.copyOf(needed);
  }

  /**
   * Applies one override to the inherited criterion. Changing the severity also moves a default
   * weight and waivability along with it, as if the criterion had been written with that severity.
   */
  Criterion override(YamlMap m, Criterion old) {
    int before = problems.size();
    Severity severity = m.has("severity") ? m.enumValue("severity", Severity.class, false) : old.severity();
    Double weight = m.number("weight", 0, Double.MAX_VALUE, true);
    Boolean waivable = m.bool("waivable");
    Text title = m.has("title") ? m.text("title", false) : old.title();
    Text advice = m.has("advice") ? m.text("advice", false) : old.advice();
    Text lookedFor = m.has("looked_for") ? m.text("looked_for", false) : old.lookedFor();
    Set<String> only = m.has("applies_to") ? sectors(m, "applies_to") : old.applicability().only();
    Set<String> except = m.has("not_for") ? sectors(m, "not_for") : old.applicability().except();
    Applicability applicability = new Applicability(only, except);
    overlap(m, applicability);
    if (problems.size() > before || severity == null) {
      return null;
    }
    double w = weight != null ? weight
        : old.weight() == old.severity().defaultWeight() ? severity.defaultWeight() : old.weight();
    boolean wv = waivable != null ? waivable
        : old.waivable() == (old.severity() != Severity.CRITICAL) ? severity != Severity.CRITICAL : old.waivable();
    return new Criterion(old.id(), old.area(), severity, w, title, old.basis(), applicability, old.check(),
        lookedFor, advice, wv, old.examples(), old.needs(), old.source());
  }

  String criterionId(YamlMap m) {
    String id = m.string("id", true);
    if (id != null && !Ids.isCriterion(id)) {
      m.report(m.node("id", true).at(), "criterion id '" + id + "' must match " + Ids.CRITERION
          + " (upper case words joined by '-', e.g. STAP-2-CONSULTATIE)");
    }
    return id;
  }

  static String contextOf(YamlNode node, int position) {
    if (node instanceof YamlNode.Mapping m && m.entry("id") != null
        && m.entry("id").value() instanceof YamlNode.Scalar s && !s.isEmpty()) {
      return "criterion " + s.text() + ": ";
    }
    return "criterion #" + position + ": ";
  }

  private Set<String> sectors(YamlMap m, String key) {
    Set<String> out = new LinkedHashSet<>();
    YamlNode.Sequence seq = m.list(key, false);
    if (seq == null) {
      return out;
    }
    for (YamlNode item : seq.items()) {
      String s = m.string(item, "an item of '" + key + "'");
      if (s != null && checkRefs && !sectors.contains(s)) {
        m.report(item.at(), unknown("sector", s, sectors));
      } else if (s != null && !out.add(s)) {
        m.report(item.at(), "sector '" + s + "' is listed twice in '" + key + "'");
      }
    }
    return out;
  }

  private void overlap(YamlMap m, Applicability a) {
    for (String s : a.only()) {
      if (a.except().contains(s)) {
        m.report(m.keyAt("not_for"), "sector '" + s + "' is in both 'applies_to' and 'not_for'");
      }
    }
  }

  private Examples examples(YamlMap m) {
    YamlMap e = YamlMap.of(m.node("examples", false), problems, m.context() + "examples: ", EXAMPLE_KEYS);
    if (e == null) {
      return Examples.NONE;
    }
    return new Examples(e.strings("pass", false), e.strings("partial", false), e.strings("review", false),
        e.strings("fail", false));
  }

  static String unknown(String what, String value, List<String> declared) {
    String closest = Suggest.closest(value, declared);
    return "unknown " + what + " '" + value + "'" + (closest == null ? "" : " (did you mean '" + closest + "'?)")
        + "; declared: " + (declared.isEmpty() ? "none" : String.join(", ", declared));
  }
}
