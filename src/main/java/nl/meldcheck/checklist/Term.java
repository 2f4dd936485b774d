package nl.meldcheck.checklist;

import java.util.List;
import java.util.Objects;
import nl.meldcheck.match.Pattern;

/**
 * An outdated or forbidden term for a {@link ForbiddenCheck}.
 *
 * @param id term id, e.g. "amk"
 * @param label user-facing name, e.g. "Advies- en Meldpunt Kindermishandeling (AMK)"
 * @param patterns its wordings
 * @param replacement what to write instead, or null
 */
public record Term(String id, Text label, List<Pattern> patterns, Text replacement) {
  public Term {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    patterns = List.copyOf(patterns);
  }
}
