package nl.meldcheck.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one canonical field is read from an export.
 *
 * @param field the canonical field
 * @param column the export's column header (compared trimmed and case-insensitively)
 * @param optional when true, a missing column leaves the field unmapped instead of being an error
 * @param dates accepted date patterns, tried in order (date fields only; ISO yyyy-MM-dd and XLSX
 *     date cells are always accepted as well)
 * @param values value map from export spelling (matched exactly after trimming, then
 *     case-insensitively) to canonical code; an empty target means "not recorded"
 */
public record FieldMapping(Field field, String column, boolean optional, List<DatePattern> dates,
    Map<String, String> values) {
  public FieldMapping {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(column, "column");
    dates = List.copyOf(dates);
    values = Map.copyOf(values);
  }
}
