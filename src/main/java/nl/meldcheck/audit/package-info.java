/**
 * The result of an audit: an immutable model ({@link nl.meldcheck.audit.AuditReport} and its
 * records) that carries everything a reporter prints, already scored and in the report language,
 * so that no reporter needs to compute or look anything up.
 *
 * <p>Allowed dependencies: {@code document}, {@code match}, {@code checklist} and {@code scoring}.
 * The model records themselves use only the {@code checklist} enums, because reporters may see
 * nothing but this model.
 */
package nl.meldcheck.audit;
