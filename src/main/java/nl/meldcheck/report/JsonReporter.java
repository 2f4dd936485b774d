package nl.meldcheck.report;

import java.io.IOException;
import java.io.Writer;
import nl.meldcheck.audit.AuditReport;

/**
 * The JSON report: the audit model serialised as it is, following {@code
 * schema/report-1.2.schema.json}. Every other format can be derived from it; baselines read it
 * back with {@link JsonReports#read}.
 */
public final class JsonReporter implements Reporter {
  /** The report of {@code meldcheck cases}, following {@code schema/cases-1.2.schema.json}. */
  public void writeCases(nl.meldcheck.audit.CasesReport report, Writer out) throws IOException {
    RecordJson.write(report, out);
    out.write('\n');
    out.flush();
  }

  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    RecordJson.write(report, out);
    out.write('\n');
    out.flush();
  }
}
