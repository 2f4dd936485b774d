/**
 * Matching Dutch text: folding (case, diacritics, ligatures, soft hyphens), Snowball stemming,
 * phrase patterns with wildcards, options and {@code &&}, sentence and clause splitting with
 * negation and weak modality, and date finding, all over a {@code document.Document} indexed once
 * per audit ({@link nl.meldcheck.match.DocumentIndex}).
 *
 * <p>Allowed dependencies: {@code nl.meldcheck.document} and Lucene's Snowball stemmer only.
 */
package nl.meldcheck.match;
