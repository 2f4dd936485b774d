package nl.meldcheck.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep their line and
 * column. Streaming rather than data binding, because binding loses positions, silently lets a
 * later duplicate key win, and expands aliases (a shared pattern list edited in one place would
 * change criteria far away; checklists must read top to bottom).
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private final String file;
  private final String[] lines;
  private final Problems problems;
  private YAMLParser parser;

  private YamlReader(String file, String text, Problems problems) {
    this.file = file;
    this.lines = text.split("\r?\n|\r", -1);
    this.problems = problems;
  }

  /**
   * Parses one YAML document. Problems (syntax, anchors, duplicate keys, several documents) go
   * to {@code problems}; the result is null when the text is not YAML at all or empty.
   */
  static YamlNode read(String file, String text, Problems problems) {
    return new YamlReader(file, text, problems).readDocument(text);
  }

  private YamlNode readDocument(String text) {
    try (YAMLParser p = FACTORY.createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(new SourceRef(file, 1, 1), "the file is empty");
        return null;
      }
      YamlNode root = value(first);
      JsonToken next = p.nextToken();
      if (next != null) {
        problems.add(here(), "only one YAML document is allowed: remove the second document (---)");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      SourceRef at = l == null ? new SourceRef(file, 1, 1)
          : new SourceRef(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
      problems.add(at, "invalid YAML: " + yamlMessage(e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problems.add(new SourceRef(file, 1, 1), "cannot read: " + e.getMessage());
      return null;
    }
  }

  private YamlNode value(JsonToken token) throws IOException {
    SourceRef at = here();
    if (parser.getObjectId() != null) {
      problems.add(at, "anchors and aliases are not allowed (write the value out where it is used)");
    }
    return switch (token) {
      case START_OBJECT -> mapping(at);
      case START_ARRAY -> sequence(at);
      default -> scalar(token, at);
    };
  }

  private YamlNode.Mapping mapping(SourceRef at) throws IOException {
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, SourceRef> seen = new HashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceRef keyAt = here();
      YamlNode v = value(parser.nextToken());
      SourceRef first = seen.putIfAbsent(key, keyAt);
      if (first != null) {
        problems.add(keyAt, "duplicate key '" + key + "' (first at line " + first.line() + ")");
      } else {
        entries.add(new YamlNode.Entry(key, keyAt, v));
      }
    }
    return new YamlNode.Mapping(entries, at);
  }

  private YamlNode.Sequence sequence(SourceRef at) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(value(t));
    }
    return new YamlNode.Sequence(items, at);
  }

  private YamlNode.Scalar scalar(JsonToken token, SourceRef at) throws IOException {
    if (parser.isCurrentAlias()) {
      problems.add(at, "anchors and aliases are not allowed (write the value out where it is used)");
    }
    YamlNode.Kind kind = switch (token) {
      case VALUE_NUMBER_INT -> YamlNode.Kind.INT;
      case VALUE_NUMBER_FLOAT -> YamlNode.Kind.FLOAT;
      case VALUE_TRUE, VALUE_FALSE -> YamlNode.Kind.BOOL;
      case VALUE_NULL -> YamlNode.Kind.NULL;
      default -> YamlNode.Kind.STRING;
    };
    String text = parser.getText();
    return new YamlNode.Scalar(text == null ? "" : text, kind, at, textColumn(text, at));
  }

  /** Column where {@code text} appears verbatim at {@code at}, or 0 (folded, escaped, multi-line). */
  private int textColumn(String text, SourceRef at) {
    if (text == null || text.isEmpty() || at.line() > lines.length) {
      return 0;
    }
    String line = lines[at.line() - 1];
    int c = at.column() - 1;
    if (line.startsWith(text, c)) {
      return at.column();
    }
    if (c < line.length() && (line.charAt(c) == '"' || line.charAt(c) == '\'')
        && line.startsWith(text, c + 1) && line.length() > c + 1 + text.length()
        && line.charAt(c + 1 + text.length()) == line.charAt(c)) {
      return at.column() + 1;
    }
    return 0;
  }

  private SourceRef here() {
    JsonLocation l = parser.currentTokenLocation();
    return new SourceRef(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /** SnakeYAML's message without its source excerpts: "while parsing X: expected Y". */
  static String yamlMessage(String original) {
    List<String> parts = new ArrayList<>();
    for (String line : original.split("\n")) {
      if (!line.isBlank() && !line.startsWith(" ")) {
        parts.add(line.strip());
      }
    }
    return parts.isEmpty() ? original.strip() : String.join(": ", parts);
  }
}
