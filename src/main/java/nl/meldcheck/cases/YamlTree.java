package nl.meldcheck.cases;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact YAML tree with line and column per node, read with Jackson's streaming parser so
 * duplicate keys and aliases are reported instead of silently resolved (the same strictness as
 * the checklist loader, whose tree is private to its package). Only what mapping files need.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  sealed interface Node permits Scalar, MapNode, Seq {
    int line();

    int column();

    String describe();
  }

  /** A scalar; {@code text} is null for YAML null (~, empty). */
  record Scalar(String text, int line, int column) implements Node {
    @Override
    public String describe() {
      return text == null ? "een lege waarde" : "een tekst";
    }
  }

  record Entry(String key, int line, int column, Node value) {}

  record MapNode(List<Entry> entries, int line, int column) implements Node {
    @Override
    public String describe() {
      return "een map";
    }

    Map<String, Entry> byKey() {
      Map<String, Entry> m = new LinkedHashMap<>();
      for (Entry e : entries) {
        m.put(e.key(), e);
      }
      return m;
    }
  }

  record Seq(List<Node> items, int line, int column) implements Node {
    @Override
    public String describe() {
      return "een lijst";
    }
  }

  private final String file;
  private final List<String> problems;
  private YAMLParser parser;

  private YamlTree(String file, List<String> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The document's root, or null (problems added) when the text is empty or no YAML. */
  static Node read(String file, String text, List<String> problems) {
    return new YamlTree(file, problems).document(text);
  }

  private Node document(String text) {
    try (YAMLParser p = FACTORY.createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(file + ":1:1: het bestand is leeg");
        return null;
      }
      Node root = value(first);
      if (p.nextToken() != null) {
        problems.add(at(here()) + "maar één YAML-document toegestaan: verwijder het tweede (---)");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      int line = l == null ? 1 : Math.max(1, l.getLineNr());
      int col = l == null ? 1 : Math.max(1, l.getColumnNr());
      problems.add(file + ":" + line + ":" + col + ": geen geldige YAML: "
          + firstLine(e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problems.add(file + ":1:1: kan niet lezen: " + e.getMessage());
      return null;
    }
  }

  private Node value(JsonToken token) throws IOException {
    JsonLocation l = here();
    if (parser.getObjectId() != null || parser.isCurrentAlias()) {
      problems.add(at(l) + "ankers en aliassen zijn niet toegestaan (schrijf de waarde uit)");
    }
    return switch (token) {
      case START_OBJECT -> map(l);
      case START_ARRAY -> seq(l);
      case VALUE_NULL -> new Scalar(null, l.getLineNr(), l.getColumnNr());
      default -> new Scalar(parser.getText(), l.getLineNr(), l.getColumnNr());
    };
  }

  private MapNode map(JsonLocation l) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonLocation kl = here();
      Node v = value(parser.nextToken());
      Integer first = seen.putIfAbsent(key, kl.getLineNr());
      if (first != null) {
        problems.add(at(kl) + "sleutel '" + key + "' komt twee keer voor (eerst op regel " + first
            + ")");
      } else {
        entries.add(new Entry(key, kl.getLineNr(), kl.getColumnNr(), v));
      }
    }
    return new MapNode(entries, l.getLineNr(), l.getColumnNr());
  }

  private Seq seq(JsonLocation l) throws IOException {
    List<Node> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(value(t));
    }
    return new Seq(items, l.getLineNr(), l.getColumnNr());
  }

  private JsonLocation here() {
    return parser.currentTokenLocation();
  }

  private String at(JsonLocation l) {
    return file + ":" + Math.max(1, l.getLineNr()) + ":" + Math.max(1, l.getColumnNr()) + ": ";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "onbekende fout";
    }
    for (String line : s.split("\n")) {
      if (!line.isBlank() && !line.startsWith(" ")) {
        return line.strip();
      }
    }
    return s.strip();
  }
}
