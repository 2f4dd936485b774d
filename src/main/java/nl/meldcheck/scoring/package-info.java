/**
 * The score formula, verdict rules and gates of the architecture page as pure functions over
 * outcomes and weights. No I/O, no report model: the auditor and the CLI both call it, so the
 * verdict in a report and the exit code can never disagree. Depends on {@code checklist} enums only.
 */
package nl.meldcheck.scoring;
