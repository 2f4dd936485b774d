package nl.meldcheck.checklist;

import java.util.List;

/**
 * A YAML value with the place it was written, so every loader message can say file, line and
 * column. Built by {@link YamlReader}; only the shapes a checklist uses exist.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
  SourceRef at();

  /** What a value is, in messages ("a list", "a map", "a number"). */
  String describe();

  /** Kind of a scalar as YAML resolved it. */
  enum Kind { STRING, INT, FLOAT, BOOL, NULL }

  /**
   * A scalar.
   *
   * @param text its text (the source text for numbers and booleans)
   * @param kind how YAML resolved it
   * @param at where it starts (the quote, for a quoted scalar)
   * @param textColumn column of the first character of {@code text} when the scalar is written
   *     on one line without escapes (plain, or quoted without escapes), else 0
   */
  record Scalar(String text, Kind kind, SourceRef at, int textColumn) implements YamlNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> text.isEmpty() ? "an empty value" : "a string";
        case INT, FLOAT -> "a number";
        case BOOL -> "a boolean";
        case NULL -> "null";
      };
    }

    boolean isEmpty() {
      return kind == Kind.NULL || kind == Kind.STRING && text.isEmpty();
    }
  }

  /** A key of a mapping with its place. */
  record Entry(String key, SourceRef keyAt, YamlNode value) {}

  /** A mapping in file order; duplicate keys were already reported and dropped by the reader. */
  record Mapping(List<Entry> entries, SourceRef at) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    @Override
    public String describe() {
      return "a map";
    }

    Entry entry(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e;
        }
      }
      return null;
    }
  }

  /** A sequence. */
  record Sequence(List<YamlNode> items, SourceRef at) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }
}
