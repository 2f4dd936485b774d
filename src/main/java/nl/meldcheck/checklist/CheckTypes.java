package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one registry of check types: YAML type name to the parser of that check's map. Adding a
 * type takes a record implementing {@link Check}, its parser, one line here and one fixture file
 * under {@code src/test/resources/rules/}; a test fails when the fixture is missing.
 */
public final class CheckTypes {
  /**
   * A registered type.
   *
   * @param name the {@code type:} value
   * @param keys keys its map allows besides {@code type}
   * @param parser builds the check; returns null when the map had problems (already reported)
   */
  record Type(String name, List<String> keys, Function<YamlMap, Check> parser) {}

  private static final Map<String, Type> TYPES = new LinkedHashMap<>();

  static {
    register(new Type("concepts", ConceptsParser.KEYS, ConceptsParser::parse));
    register(new Type("forbidden", ForbiddenParser.KEYS, ForbiddenParser::parse));
    register(new Type("section", SectionParser.KEYS, SectionParser::parse));
    register(new Type("date", DateParser.KEYS, DateParser::parse));
  }

  private CheckTypes() {}

  private static void register(Type type) {
    TYPES.put(type.name(), type);
  }

  /** The type names, in registration order. */
  public static List<String> names() {
    return List.copyOf(TYPES.keySet());
  }

  /**
   * Parses a {@code check:} map.
   *
   * @return the check, or null when it has problems (reported to {@code problems})
   */
  static Check parse(YamlNode node, Problems problems, String context) {
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(node.at(), context + "'check' must be a map with a 'type', not " + node.describe());
      return null;
    }
    YamlNode.Entry typeEntry = m.entry("type");
    if (typeEntry == null) {
      problems.add(m.at(), context + "missing required key 'type' (one of " + String.join(", ", names()) + ")");
      return null;
    }
    String name = typeEntry.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING ? s.text() : "";
    Type type = TYPES.get(name);
    if (type == null) {
      String closest = Suggest.closest(name, names());
      problems.add(typeEntry.value().at(), context + "unknown check type '" + name + "'"
          + (closest == null ? "" : " (did you mean '" + closest + "'?)") + "; types: " + String.join(", ", names()));
      return null;
    }
    List<String> allowed = new ArrayList<>();
    allowed.add("type");
    allowed.addAll(type.keys());
    int before = problems.size();
    YamlMap map = YamlMap.of(m, problems, context, allowed);
    Check check = type.parser().apply(map);
    return problems.size() == before ? check : null;
  }
}
