package nl.meldcheck.cases;

import java.util.Objects;

/**
 * What was read and how it was understood, for the report header.
 *
 * @param file the export's file name (no directories: those may name people or clients)
 * @param format CSV or XLSX
 * @param encoding CSV encoding as detected or configured, e.g. "UTF-8 (BOM)"; null for XLSX
 * @param delimiter CSV delimiter as "tab" or the character; null for XLSX
 * @param sheet the XLSX sheet read; null for CSV
 * @param mapping the mapping's name
 */
public record ExportInfo(String file, ExportFormat format, String encoding, String delimiter,
    String sheet, String mapping) {
  public ExportInfo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mapping, "mapping");
  }
}
