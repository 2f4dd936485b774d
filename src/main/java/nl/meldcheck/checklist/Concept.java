package nl.meldcheck.checklist;

import java.util.List;
import java.util.Objects;
import nl.meldcheck.match.Pattern;

/**
 * One thing a {@link ConceptsCheck} looks for, in any of several wordings.
 *
 * @param id concept id, e.g. "consultatie"
 * @param label user-facing name, e.g. "collegiale consultatie"
 * @param patterns the wordings; any one suffices
 * @param partialOnly when true the concept never makes a pass, only a partial (e.g. the
 *     pre-2019 "hulp organiseren of melden")
 * @param allowWeak when true a wording with "kan"/"eventueel" still counts as stated (for rights
 *     and options such as the meldrecht or anonymous advice, which are stated as "mag"/"kan")
 * @param anyPolarity when true any occurrence counts, denied or hedged: for concepts that only
 *     need something named (Veilig Thuis, its phone number) or whose meaning is itself a
 *     negation (when the conversation is not held)
 */
public record Concept(String id, Text label, List<Pattern> patterns, boolean partialOnly, boolean allowWeak,
    boolean anyPolarity) {
  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    patterns = List.copyOf(patterns);
  }

  public Concept(String id, Text label, List<Pattern> patterns, boolean partialOnly, boolean allowWeak) {
    this(id, label, patterns, partialOnly, allowWeak, false);
  }
}
