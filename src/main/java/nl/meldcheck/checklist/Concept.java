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
 * @param window sentences its {@code &&} parts may span, when it differs from the check's (0: the
 *     check's): an exception often follows its rule two sentences later ("Dit gebeurt niet als
 *     ...")
 * @param deniedBy wordings that deny the concept without a negation word ("wij melden acute
 *     onveiligheid alleen wanneer ..." restricts the norm that says "altijd"): their passages count
 *     as the organisation's own denials
 * @param loose wordings that count like {@code patterns}, except that a statement found only by
 *     them does not contradict the organisation's explicit denial: "bespreek het met de
 *     coördinator" is no aandachtsfunctionaris where the code says "een aandachtsfunctionaris
 *     hebben wij niet"
 */
public record Concept(String id, Text label, List<Pattern> patterns, boolean partialOnly, boolean allowWeak,
    boolean anyPolarity, int window, List<Pattern> deniedBy, List<Pattern> loose) {
  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    patterns = List.copyOf(patterns);
    deniedBy = deniedBy == null ? List.of() : List.copyOf(deniedBy);
    loose = loose == null ? List.of() : List.copyOf(loose);
  }

  public Concept(String id, Text label, List<Pattern> patterns, boolean partialOnly, boolean allowWeak) {
    this(id, label, patterns, partialOnly, allowWeak, false, 0, List.of(), List.of());
  }
}
