package nl.meldcheck.checklist;

import nl.meldcheck.match.Evidence;

/**
 * A passage that a check found for one of its parts.
 *
 * @param part id of the concept or term, e.g. "consultatie" or "amk"
 * @param label its user-facing name
 * @param evidence where and what
 */
public record Finding(String part, Text label, Evidence evidence) {}
