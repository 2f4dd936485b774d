package nl.meldcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import nl.meldcheck.audit.AuditReport;

/**
 * The human-readable report for a terminal of 80-100 columns: header, verdict and score with its
 * formula, area bars, criteria grouped by area with their evidence and advice, the best fixes,
 * warnings and counts. Dutch unless the report language is English. Every string taken from the
 * model is stripped of control characters and escapes before it is printed.
 */
public final class TextReporter implements Reporter {
  private final ReportStyle style;

  public TextReporter(ReportStyle style) {
    this.style = Objects.requireNonNull(style, "style");
  }

  /** The report of {@code meldcheck cases}. */
  public void writeCases(nl.meldcheck.audit.CasesReport report, Writer out) throws IOException {
    out.write(TextComposer.composeCases(report, style));
    out.flush();
  }

  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    out.write(new TextComposer(report, style).compose());
    out.flush();
  }
}
