/**
 * Batch audits for inspectors: finds the organisations in a directory or manifest, audits each
 * one on a pool of workers, and writes per-organisation reports, a JSON-lines log and cohort
 * summaries (CSV, XLSX, HTML) as it goes. An organisation whose input cannot be read still gets
 * its row, with the reason.
 *
 * <p>May import document, match, checklist, scoring, audit and report; the CLI drives it. POI is
 * used here for the summary spreadsheet only (streaming SXSSF).
 */
package nl.meldcheck.batch;
