/**
 * Checklists: the YAML format read strictly into validated records ({@link
 * nl.meldcheck.checklist.ChecklistLoader}), the closed family of check types registered in
 * {@link nl.meldcheck.checklist.CheckTypes}, and their evaluation over a {@code
 * match.DocumentIndex}. Every loader problem carries file, line and column.
 *
 * <p>Allowed dependencies: {@code nl.meldcheck.document}, {@code nl.meldcheck.match}, Jackson's
 * streaming YAML parser. Nothing here knows about scoring, reports or the command line.
 */
package nl.meldcheck.checklist;
