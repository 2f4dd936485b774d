package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.PatternException;

/**
 * One YAML map of a checklist being read, with the keys it allows. Every accessor reports a
 * wrong or missing value to the shared {@link Problems} and returns null (or a default), so the
 * loader carries on and the user sees all mistakes at once.
 */
final class YamlMap {
  private final YamlNode.Mapping map;
  private final Problems problems;
  private final String context;
  /** Keys an unknown key was probably meant to be: their absence is not reported a second time. */
  private final java.util.Set<String> misspelt = new java.util.HashSet<>();

  private YamlMap(YamlNode.Mapping map, Problems problems, String context) {
    this.map = map;
    this.problems = problems;
    this.context = context;
  }

  /**
   * Wraps {@code node} when it is a map, reporting unknown keys.
   *
   * @param context prefix for messages, e.g. "criterion STAP-1-SIGNALEN: " (may be empty)
   * @return null when {@code node} is not a map (reported)
   */
  static YamlMap of(YamlNode node, Problems problems, String context, List<String> allowed) {
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(node.at(), context + "expected a map, not " + node.describe());
      return null;
    }
    YamlMap out = new YamlMap(m, problems, context);
    for (YamlNode.Entry e : m.entries()) {
      if (!allowed.contains(e.key())) {
        problems.add(e.keyAt(), context + unknownKey(e.key(), allowed));
        String closest = Suggest.closest(e.key(), allowed);
        if (closest != null) {
          out.misspelt.add(closest);
        }
      }
    }
    return out;
  }

  static String unknownKey(String key, List<String> allowed) {
    String closest = Suggest.closest(key, allowed);
    return "unknown key '" + key + "'" + (closest == null ? "" : " (did you mean '" + closest + "'?)")
        + "; allowed: " + String.join(", ", allowed);
  }

  YamlNode.Mapping mapping() {
    return map;
  }

  SourceRef at() {
    return map.at();
  }

  Problems problems() {
    return problems;
  }

  String context() {
    return context;
  }

  boolean has(String key) {
    return map.entry(key) != null;
  }

  /** The value, or null when absent; reports a missing required key at the map. */
  YamlNode node(String key, boolean required) {
    YamlNode.Entry e = map.entry(key);
    if (e == null) {
      if (required && !misspelt.contains(key)) {
        problems.add(map.at(), context + "missing required key '" + key + "'");
      }
      return null;
    }
    return e.value();
  }

  SourceRef keyAt(String key) {
    YamlNode.Entry e = map.entry(key);
    return e == null ? map.at() : e.keyAt();
  }

  void report(SourceRef at, String message) {
    problems.add(at, context + message);
  }

  String string(String key, boolean required) {
    YamlNode n = node(key, required);
    return n == null ? null : string(n, "'" + key + "'");
  }

  /** A non-empty string; {@code what} names it in messages, e.g. "'version'". */
  String string(YamlNode n, String what) {
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING && !s.text().isBlank()) {
      return s.text();
    }
    if (n instanceof YamlNode.Scalar s && (s.kind() == YamlNode.Kind.INT || s.kind() == YamlNode.Kind.FLOAT
        || s.kind() == YamlNode.Kind.BOOL)) {
      report(n.at(), what + " must be a string, not " + n.describe() + " (quote it: \"" + s.text() + "\")");
    } else {
      report(n.at(), what + " must be a non-empty string, not " + n.describe());
    }
    return null;
  }

  Text text(String key, boolean required) {
    YamlNode n = node(key, required);
    return n == null ? null : text(n, "'" + key + "'");
  }

  /** A text: a Dutch string, or a map with {@code nl} (required) and {@code en}. */
  Text text(YamlNode n, String what) {
    if (n instanceof YamlNode.Mapping) {
      YamlMap m = of(n, problems, context + what + ": ", List.of("nl", "en"));
      String nl = m.string("nl", true);
      String en = m.has("en") ? m.string("en", false) : null;
      return nl == null ? null : Text.of(nl, en);
    }
    if (n instanceof YamlNode.Sequence) {
      report(n.at(), what + " must be a string or a map with 'nl' and 'en', not a list");
      return null;
    }
    String nl = string(n, what);
    return nl == null ? null : Text.nl(nl);
  }

  Integer integer(String key, int min) {
    YamlNode n = node(key, false);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INT) {
      try {
        int v = Integer.parseInt(s.text().replace("_", ""));
        if (v >= min) {
          return v;
        }
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    report(n.at(), "'" + key + "' must be a whole number of at least " + min + ", not " + shown(n));
    return null;
  }

  /** A number in {@code [min, max]}; with {@code minExclusive} it must be above {@code min}. */
  Double number(String key, double min, double max, boolean minExclusive) {
    YamlNode n = node(key, false);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Scalar s && (s.kind() == YamlNode.Kind.INT || s.kind() == YamlNode.Kind.FLOAT)) {
      try {
        double v = Double.parseDouble(s.text().replace("_", ""));
        if ((minExclusive ? v > min : v >= min) && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // ".inf" and friends: reported below
      }
    }
    String range = minExclusive ? "above " + fmt(min) : "from " + fmt(min);
    range += max == Double.MAX_VALUE ? "" : " to " + fmt(max);
    report(n.at(), "'" + key + "' must be a number " + range + ", not " + shown(n));
    return null;
  }

  Boolean bool(String key) {
    YamlNode n = node(key, false);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOL) {
      return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)) || s.text().equalsIgnoreCase("yes")
          || s.text().equalsIgnoreCase("on") || s.text().equalsIgnoreCase("y");
    }
    report(n.at(), "'" + key + "' must be true or false, not " + shown(n));
    return null;
  }

  LocalDate date(String key, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING) {
      try {
        return LocalDate.parse(s.text());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    report(n.at(), "'" + key + "' must be a date written YYYY-MM-DD, not " + shown(n));
    return null;
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
      if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING
          && s.text().equals(e.name().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    report(n.at(), "'" + key + "' must be one of " + String.join(", ", names) + ", not " + shown(n));
    return null;
  }

  /** A list; reports anything else. An absent optional list is null. */
  YamlNode.Sequence list(String key, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Sequence s) {
      return s;
    }
    report(n.at(), "'" + key + "' must be a list, not " + n.describe());
    return null;
  }

  /** A list of strings; bad items are reported and left out. */
  List<String> strings(String key, boolean required) {
    YamlNode.Sequence seq = list(key, required);
    List<String> out = new ArrayList<>();
    if (seq != null) {
      for (YamlNode item : seq.items()) {
        String s = string(item, "an item of '" + key + "'");
        if (s != null) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Patterns of a list; with {@code nonEmpty} an empty or absent list is reported. */
  List<Pattern> patterns(String key, boolean nonEmpty) {
    YamlNode n = node(key, nonEmpty);
    return n == null ? List.of() : patterns(n, "'" + key + "'", nonEmpty);
  }

  List<Pattern> patterns(YamlNode n, String what, boolean nonEmpty) {
    if (!(n instanceof YamlNode.Sequence seq)) {
      report(n.at(), what + " must be a list of patterns, not " + n.describe());
      return List.of();
    }
    if (nonEmpty && seq.items().isEmpty()) {
      report(n.at(), what + " needs at least one pattern");
    }
    List<Pattern> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      Pattern p = pattern(item, what);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** Compiles a pattern; its error column points into the file when the pattern is on one line. */
  Pattern pattern(YamlNode n, String what) {
    String src = string(n, "a pattern of " + what);
    if (src == null) {
      return null;
    }
    try {
      return Pattern.compile(src);
    } catch (PatternException e) {
      YamlNode.Scalar s = (YamlNode.Scalar) n;
      if (s.textColumn() > 0) {
        SourceRef at = new SourceRef(s.at().file(), s.at().line(), s.textColumn() + e.column() - 1);
        report(at, "bad pattern '" + src + "': " + e.getMessage());
      } else {
        report(s.at(), "bad pattern '" + src + "': " + e.getMessage() + " (column " + e.column() + " of the pattern)");
      }
      return null;
    }
  }

  private static String shown(YamlNode n) {
    return n instanceof YamlNode.Scalar s && !s.isEmpty() ? "'" + s.text() + "'" : n.describe();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
