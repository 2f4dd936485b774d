package nl.meldcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.meldcheck.audit.AuditReport;

/** Runs a reporter into a string. */
final class Render {
  private Render() {}

  static String with(Reporter reporter, AuditReport report) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String json(AuditReport report) {
    return with(new JsonReporter(), report);
  }

  static String text(AuditReport report, ReportStyle style) {
    return with(new TextReporter(style), report);
  }

  static String text(AuditReport report) {
    return text(report, ReportStyle.plain());
  }
}
