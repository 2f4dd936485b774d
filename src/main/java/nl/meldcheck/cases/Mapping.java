package nl.meldcheck.cases;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A validated mapping file: which export column feeds which canonical field, with value maps and
 * date patterns, plus optional CSV and sheet settings. Load with {@link MappingLoader}.
 *
 * @param name a human name for the export type, e.g. "ZorgDossier"
 * @param source where the mapping came from (a file name or {@code builtin:canonical})
 * @param fields the mapped fields; {@code casus_id} is always present
 * @param sheet XLSX sheet to read, or null for the first sheet
 * @param delimiter CSV delimiter, or null to detect it from the header line
 * @param encoding CSV encoding, or null to detect (BOM, else valid UTF-8, else Windows-1252)
 */
public record Mapping(String name, String source, Map<Field, FieldMapping> fields, String sheet,
    Character delimiter, Charset encoding) {
  public Mapping {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (!fields.containsKey(Field.CASUS_ID)) {
      throw new IllegalArgumentException("a mapping must map casus_id");
    }
    fields = Collections.unmodifiableMap(new EnumMap<>(fields));
  }

  /** A copy with another sheet (the caller's option wins over the mapping file). */
  public Mapping withSheet(String newSheet) {
    return new Mapping(name, source, fields, newSheet, delimiter, encoding);
  }
}
