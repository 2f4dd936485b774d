/**
 * Reporters: one pure {@link nl.meldcheck.report.Reporter} per output format over an immutable
 * {@link nl.meldcheck.audit.AuditReport}. A reporter opens no files, reads no clock, keeps no
 * state and computes no scores; the CLI chooses the format ({@link nl.meldcheck.report.ReportFormat})
 * and where the output goes. The JSON report is the source for every other format; its schema is
 * {@code schema/report-1.2.schema.json}.
 *
 * <p>Allowed dependencies: the {@code audit} result model and the enums {@code Outcome},
 * {@code Severity} and {@code Lang} of {@code checklist}; Jackson for JSON and SARIF, the JDK's
 * StAX for JUnit XML, and Apache POI for XLSX in the {@code Xlsx*} classes only. Nothing that
 * loads documents, checklists or matches. Every text from the model is escaped for its
 * destination ({@link nl.meldcheck.report.SafeText}, {@link nl.meldcheck.report.Markup}).
 */
package nl.meldcheck.report;
