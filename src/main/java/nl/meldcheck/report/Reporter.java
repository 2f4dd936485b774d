package nl.meldcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import nl.meldcheck.audit.AuditReport;

/**
 * Writes one audit report in one format. Implementations are pure: the same report gives the same
 * characters, with {@code '\n'} line endings, and nothing but {@code out} is touched. The caller
 * owns {@code out} and closes it; a reporter only flushes.
 *
 * <p>Text formats implement {@link #write(AuditReport, Writer)} only; the byte variant encodes
 * them as UTF-8. A binary format (XLSX) overrides {@link #binary()} and the byte variant, so a
 * caller that writes files can always use bytes and never needs to know which kind it has.
 */
public interface Reporter {
  void write(AuditReport report, Writer out) throws IOException;

  /** True when the output is bytes that no character stream can carry (a terminal, a PrintWriter). */
  default boolean binary() {
    return false;
  }

  /**
   * Further files that belong with the report, keyed by the suffix that replaces the report file's
   * extension (".CASE-MELDNORM.csv"): the csv format writes the per-case outcomes of each case
   * criterion there, because one CSV holds one table. Empty for most formats and reports.
   */
  default java.util.Map<String, Writing> companions(AuditReport report) {
    return java.util.Map.of();
  }

  /** Writes one companion file. */
  @FunctionalInterface
  interface Writing {
    void write(Writer out) throws IOException;
  }

  /** Writes the report as bytes: UTF-8 text for text formats. */
  default void write(AuditReport report, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, writer);
    writer.flush();
  }
}
