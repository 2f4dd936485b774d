package nl.meldcheck.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.checklist.Suggest;

/**
 * Reads a mapping file strictly: unknown keys, unknown canonical fields, value-map targets that
 * are no code of the field and malformed date patterns are all reported at once, each as
 * {@code file:line:col: message}.
 *
 * <pre>
 * name: ZorgDossier
 * sheet: Casussen                # XLSX, optional (first sheet otherwise)
 * csv: {delimiter: ";", encoding: windows-1252}   # optional; "auto" is the default
 * dates: [dd-MM-yyyy]            # default date patterns for every date field
 * yes_no: {J: ja, N: nee}        # value map shared by every ja/nee field
 * fields:
 *   casus_id: Dossiernummer
 *   besluit: {column: Besluit, values: {MVT: melden, HLP: hulp}}
 *   signaal_datum: {column: Signaaldatum, dates: [d-M-yyyy], optional: true}
 * </pre>
 */
public final class MappingLoader {
  /** Built-in mappings shipped in the jar under {@code mappings/}. */
  public static final List<String> BUILT_IN = List.of("canonical", "zorgdossier", "leerlingvolg");

  private static final List<String> TOP = List.of("name", "sheet", "csv", "dates", "yes_no",
      "fields");
  private static final List<String> FIELD_KEYS = List.of("column", "optional", "dates", "values");
  private static final List<String> CSV_KEYS = List.of("delimiter", "encoding");
  private static final List<String> DEFAULT_DATES = List.of("dd-MM-yyyy", "d-M-yyyy",
      "yyyy-MM-dd");

  private final String file;
  private final List<String> problems = new ArrayList<>();
  /** Keys an unknown key was probably meant to be: their absence is not reported again. */
  private final java.util.Set<String> misspelt = new java.util.HashSet<>();

  private MappingLoader(String file) {
    this.file = file;
  }

  /** Loads a mapping file. */
  public static Mapping load(Path path) throws CasesConfigException {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CasesConfigException(path + ": mappingbestand niet te lezen ("
          + e.getClass().getSimpleName() + ")");
    }
    return parse(path.toString(), text);
  }

  /** Loads a built-in mapping by name ({@link #BUILT_IN}). */
  public static Mapping builtIn(String name) throws CasesConfigException {
    if (!BUILT_IN.contains(name)) {
      throw new CasesConfigException("onbekende ingebouwde mapping '" + name + "'; beschikbaar: "
          + String.join(", ", BUILT_IN));
    }
    String res = "mappings/" + name + ".yaml";
    try (InputStream in = MappingLoader.class.getClassLoader().getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("built-in mapping missing from the jar: " + res);
      }
      return parse("builtin:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in mapping " + res, e);
    }
  }

  /** The canonical mapping: column names are the canonical field names. */
  public static Mapping canonical() {
    try {
      return builtIn("canonical");
    } catch (CasesConfigException e) {
      throw new IllegalStateException("the built-in canonical mapping is invalid", e);
    }
  }

  /** Parses mapping text; {@code file} names it in messages. */
  public static Mapping parse(String file, String text) throws CasesConfigException {
    MappingLoader l = new MappingLoader(file);
    Mapping m = l.mapping(YamlTree.read(file, text, l.problems));
    if (!l.problems.isEmpty()) {
      throw new CasesConfigException(l.problems);
    }
    return m;
  }

  private Mapping mapping(YamlTree.Node root) {
    if (root == null) {
      return null;
    }
    Map<String, YamlTree.Entry> top = keys(root, TOP, "");
    if (top == null) {
      return null;
    }
    String name = string(top.get("name"), root, "name", "name", true);
    String sheet = string(top.get("sheet"), root, "sheet", "sheet", false);
    Character delimiter = null;
    Charset encoding = null;
    YamlTree.Entry csv = top.get("csv");
    if (csv != null) {
      Map<String, YamlTree.Entry> c = keys(csv.value(), CSV_KEYS, "csv: ");
      if (c != null) {
        delimiter = delimiter(c.get("delimiter"));
        encoding = encoding(c.get("encoding"));
      }
    }
    List<DatePattern> defaultDates = top.containsKey("dates")
        ? dates(top.get("dates").value(), "dates") : defaults();
    Map<String, String> yesNo = top.containsKey("yes_no")
        ? values(top.get("yes_no").value(), Field.VERMOEDEN, "yes_no") : Map.of();
    YamlTree.Entry fieldsEntry = top.get("fields");
    if (fieldsEntry == null) {
      problems.add(pos(root) + "sleutel 'fields' ontbreekt (welke kolom hoort bij welk veld)");
      return null;
    }
    if (!(fieldsEntry.value() instanceof YamlTree.MapNode fm)) {
      problems.add(pos(fieldsEntry.value()) + "'fields' moet een map zijn, niet "
          + fieldsEntry.value().describe());
      return null;
    }
    Map<Field, FieldMapping> fields = new EnumMap<>(Field.class);
    List<String> keys = new ArrayList<>();
    for (Field f : Field.values()) {
      keys.add(f.key());
    }
    for (YamlTree.Entry e : fm.entries()) {
      Field f = Field.byKey(e.key());
      if (f == null) {
        String closest = Suggest.closest(e.key(), keys);
        problems.add(file + ":" + e.line() + ":" + e.column() + ": onbekend veld '" + e.key() + "'"
            + (closest == null ? "" : " (bedoelt u '" + closest + "'?)")
            + "; zie case-schema voor de velden");
        continue;
      }
      FieldMapping mapped = field(f, e, defaultDates, yesNo);
      if (mapped != null) {
        fields.put(f, mapped);
      }
    }
    if (!fields.containsKey(Field.CASUS_ID) && problems.isEmpty()) {
      problems.add(pos(fm) + "veld 'casus_id' moet gemapt zijn (elke casus heeft een uniek"
          + " kenmerk nodig)");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Mapping(name, file, fields, sheet, delimiter, encoding);
  }

  private FieldMapping field(Field f, YamlTree.Entry e, List<DatePattern> defaultDates,
      Map<String, String> yesNo) {
    String ctx = "fields." + f.key();
    String column;
    boolean optional = false;
    List<DatePattern> dates = defaultDates;
    Map<String, String> values = new LinkedHashMap<>();
    if (f.codes().contains("ja")) {
      values.putAll(yesNo);
    }
    if (e.value() instanceof YamlTree.Scalar s) {
      column = s.text();
      if (column == null || column.isBlank()) {
        problems.add(pos(s) + ctx + ": kolomnaam ontbreekt");
        return null;
      }
    } else {
      Map<String, YamlTree.Entry> m = keys(e.value(), FIELD_KEYS, ctx + ": ");
      if (m == null) {
        return null;
      }
      column = string(m.get("column"), e.value(), "column", ctx + ".column", true);
      YamlTree.Entry opt = m.get("optional");
      if (opt != null) {
        String o = opt.value() instanceof YamlTree.Scalar s ? s.text() : null;
        if (!"true".equals(o) && !"false".equals(o)) {
          problems.add(pos(opt.value()) + ctx + ".optional: true of false verwacht");
        }
        optional = "true".equals(o);
      }
      if (m.containsKey("dates")) {
        if (f.kind() != Field.Kind.DATE) {
          problems.add(pos(m.get("dates").value()) + ctx + ": 'dates' hoort alleen bij"
              + " datumvelden");
        } else {
          dates = dates(m.get("dates").value(), ctx + ".dates");
        }
      }
      if (m.containsKey("values")) {
        if (f.kind() == Field.Kind.DATE || f.kind() == Field.Kind.ID) {
          problems.add(pos(m.get("values").value()) + ctx + ": 'values' hoort niet bij een "
              + (f.kind() == Field.Kind.DATE ? "datumveld" : "casus-ID"));
        } else {
          values.putAll(values(m.get("values").value(), f, ctx + ".values"));
        }
      }
      if (column == null) {
        return null;
      }
    }
    return new FieldMapping(f, column.strip(), optional,
        f.kind() == Field.Kind.DATE ? dates : List.of(), values);
  }

  private Map<String, String> values(YamlTree.Node node, Field f, String ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!(node instanceof YamlTree.MapNode m)) {
      problems.add(pos(node) + ctx + ": een map van exportwaarde naar code verwacht, niet "
          + node.describe());
      return out;
    }
    for (YamlTree.Entry e : m.entries()) {
      String target;
      if (!(e.value() instanceof YamlTree.Scalar s)) {
        problems.add(pos(e.value()) + ctx + "." + e.key() + ": een code verwacht, niet "
            + e.value().describe());
        continue;
      } else {
        target = s.text() == null ? "" : Field.normaliseCode(s.text());
      }
      if (!target.isEmpty() && f.kind() == Field.Kind.CODE && !f.codes().contains(target)) {
        String closest = Suggest.closest(target, f.codes());
        problems.add(pos(e.value()) + ctx + "." + e.key() + ": '" + target + "' is geen code van "
            + f.key() + (closest == null ? "" : " (bedoelt u '" + closest + "'?)")
            + "; toegestaan: " + String.join(", ", f.codes()) + " (of leeg voor niet vastgelegd)");
        continue;
      }
      if (!target.isEmpty() && f.kind() == Field.Kind.ROLE && !target.matches("[a-z0-9_]+")) {
        problems.add(pos(e.value()) + ctx + "." + e.key() + ": een rol is één woord of woorden"
            + " met _, zoals aandachtsfunctionaris of intern_begeleider");
        continue;
      }
      out.put(e.key().strip(), f.kind() == Field.Kind.GROUP && s.text() != null
          ? s.text().strip() : target);
    }
    return out;
  }

  private List<DatePattern> dates(YamlTree.Node node, String ctx) {
    List<YamlTree.Node> items = node instanceof YamlTree.Seq s ? s.items() : List.of(node);
    List<DatePattern> out = new ArrayList<>();
    for (YamlTree.Node n : items) {
      if (!(n instanceof YamlTree.Scalar s) || s.text() == null) {
        problems.add(pos(n) + ctx + ": een datumpatroon verwacht, zoals dd-MM-yyyy");
        continue;
      }
      try {
        out.add(DatePattern.of(s.text()));
      } catch (IllegalArgumentException ex) {
        problems.add(pos(n) + ctx + ": " + ex.getMessage());
      }
    }
    if (out.isEmpty() && items.isEmpty()) {
      problems.add(pos(node) + ctx + ": minstens één datumpatroon nodig");
    }
    return out;
  }

  private static List<DatePattern> defaults() {
    List<DatePattern> out = new ArrayList<>();
    for (String p : DEFAULT_DATES) {
      out.add(DatePattern.of(p));
    }
    return out;
  }

  private Character delimiter(YamlTree.Entry e) {
    if (e == null) {
      return null;
    }
    String v = e.value() instanceof YamlTree.Scalar s ? s.text() : null;
    if (v == null || "auto".equals(v)) {
      return null;
    }
    return switch (v) {
      case ";" -> ';';
      case "," -> ',';
      case "tab", "\t" -> '\t';
      default -> {
        problems.add(pos(e.value()) + "csv.delimiter: \";\", \",\", tab of auto verwacht");
        yield null;
      }
    };
  }

  private Charset encoding(YamlTree.Entry e) {
    if (e == null) {
      return null;
    }
    String v = e.value() instanceof YamlTree.Scalar s ? s.text() : null;
    if (v == null || "auto".equals(v)) {
      return null;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "windows-1252", "cp1252" -> Charset.forName("windows-1252");
      case "iso-8859-1", "latin-1", "latin1" -> StandardCharsets.ISO_8859_1;
      default -> {
        problems.add(pos(e.value()) + "csv.encoding: utf-8, windows-1252, iso-8859-1 of auto"
            + " verwacht");
        yield null;
      }
    };
  }

  private String string(YamlTree.Entry e, YamlTree.Node parent, String key, String ctx,
      boolean required) {
    if (e == null) {
      if (required && !misspelt.contains(key)) {
        problems.add(pos(parent) + "sleutel '" + ctx + "' ontbreekt");
      }
      return null;
    }
    if (!(e.value() instanceof YamlTree.Scalar s) || s.text() == null || s.text().isBlank()) {
      problems.add(pos(e.value()) + ctx + ": een tekst verwacht, niet " + e.value().describe());
      return null;
    }
    return s.text().strip();
  }

  private Map<String, YamlTree.Entry> keys(YamlTree.Node node, List<String> allowed, String ctx) {
    if (!(node instanceof YamlTree.MapNode m)) {
      problems.add(pos(node) + ctx + "een map verwacht, niet " + node.describe());
      return null;
    }
    for (YamlTree.Entry e : m.entries()) {
      if (!allowed.contains(e.key())) {
        String closest = Suggest.closest(e.key(), allowed);
        if (closest != null) {
          misspelt.add(closest);
        }
        problems.add(file + ":" + e.line() + ":" + e.column() + ": " + ctx + "onbekende sleutel '"
            + e.key() + "'" + (closest == null ? "" : " (bedoelt u '" + closest + "'?)")
            + "; toegestaan: " + String.join(", ", allowed));
      }
    }
    return m.byKey();
  }

  private String pos(YamlTree.Node n) {
    return file + ":" + Math.max(1, n.line()) + ":" + Math.max(1, n.column()) + ": ";
  }
}
