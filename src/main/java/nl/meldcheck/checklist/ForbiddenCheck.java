package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.Scope;

/**
 * Forbidden phrases: passes when none occurs, fails quoting every occurrence. A passage that
 * also matches an {@code unless} pattern (e.g. "AMK en SHG zijn opgegaan in Veilig Thuis") is
 * history, not an outdated instruction, and does not count.
 *
 * @param terms the terms
 * @param unless wordings that excuse a passage
 */
public record ForbiddenCheck(List<Term> terms, List<Pattern> unless) implements Check {
  public ForbiddenCheck {
    terms = List.copyOf(terms);
    unless = List.copyOf(unless);
  }

  @Override
  public String type() {
    return "forbidden";
  }

  @Override
  public Text describe() {
    StringBuilder nl = new StringBuilder("Verouderde of verboden termen: ");
    StringBuilder en = new StringBuilder("Outdated or forbidden terms: ");
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        nl.append(", ");
        en.append(", ");
      }
      nl.append(terms.get(i).label().nl());
      en.append(terms.get(i).label().get(Lang.EN));
    }
    return Text.of(nl.toString(), en.toString());
  }

  @Override
  public CheckResult evaluate(DocumentIndex index, CheckContext context) {
    List<int[]> excused = new ArrayList<>();
    for (Pattern p : unless) {
      for (Evidence e : index.find(p, Scope.DOCUMENT)) {
        excused.add(new int[] {e.start(), e.end()});
      }
    }
    List<Finding> findings = new ArrayList<>();
    Set<Text> found = new LinkedHashSet<>();
    List<Text> notes = new ArrayList<>();
    Set<Integer> seen = new java.util.HashSet<>();
    for (Term t : terms) {
      for (Pattern p : t.patterns()) {
        for (Evidence e : index.find(p, Scope.DOCUMENT)) {
          if (isExcused(e, excused) || !seen.add(e.start() * 31 + t.id().hashCode())) {
            continue;
          }
          findings.add(new Finding(t.id(), t.label(), e));
          if (found.add(t.label()) && t.replacement() != null) {
            notes.add(Text.of(
                t.label().nl() + " → " + t.replacement().nl(),
                t.label().get(Lang.EN) + " → " + t.replacement().get(Lang.EN)));
          }
        }
      }
    }
    findings.sort(Comparator.comparingInt((Finding f) -> f.evidence().start()).thenComparing(Finding::part));
    if (findings.isEmpty()) {
      return new CheckResult(Outcome.PASS, 1.0, List.of(), List.of(), List.of(), List.of());
    }
    return new CheckResult(Outcome.FAIL, 0.0, findings, List.copyOf(found), List.of(), notes);
  }

  private static boolean isExcused(Evidence e, List<int[]> excused) {
    for (int[] r : excused) {
      if (e.start() < r[1] && r[0] < e.end()) {
        return true;
      }
    }
    return false;
  }
}
