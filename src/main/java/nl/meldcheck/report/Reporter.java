package nl.meldcheck.report;

import java.io.IOException;
import java.io.Writer;
import nl.meldcheck.audit.AuditReport;

/**
 * Writes one audit report in one format. Implementations are pure: the same report gives the same
 * characters, with {@code '\n'} line endings, and nothing but {@code out} is touched. The caller
 * owns {@code out} and closes it; a reporter only flushes.
 */
public interface Reporter {
  void write(AuditReport report, Writer out) throws IOException;
}
