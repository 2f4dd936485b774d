/**
 * Case exports: reading CSV and XLSX exports of meldcode cases from registration systems,
 * mapping their columns and values onto the canonical fields of {@code case-schema.md}
 * ({@link nl.meldcheck.cases.MappingLoader}, {@link nl.meldcheck.cases.Field}), and judging every
 * case on the case criteria of requirements §C ({@link nl.meldcheck.cases.CaseCriterion}) into an
 * immutable {@link nl.meldcheck.cases.CaseAudit}. Entry point: {@link
 * nl.meldcheck.cases.CaseAuditor#audit}.
 *
 * <p>Streaming end to end: rows pass one at a time from the reader (commons-csv; POI's XSSF
 * event API) through the mapper to counters; only the duplicate-id index grows with the rows.
 *
 * <p>Privacy by construction: only mapped columns are read, free-text, name, BSN and birth-date
 * columns are never mapped, and no message quotes a cell except a short code-like value of a
 * coded field. Case ids can be replaced by keyed pseudonyms ({@link
 * nl.meldcheck.cases.Pseudonymiser}).
 *
 * <p>Allowed dependencies: {@code nl.meldcheck.checklist} (Severity, Outcome, Text, Lang,
 * Suggest), Jackson's streaming YAML parser, Apache POI (XSSF event API, POIFS to recognise
 * encrypted workbooks) and commons-csv. This is the only package importing commons-csv and
 * POI's spreadsheet APIs; it knows nothing of audit, report or the command line.
 */
package nl.meldcheck.cases;
