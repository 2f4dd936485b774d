package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.Qualifier;
import nl.meldcheck.match.Scope;

/**
 * Required concepts: every required concept stated plainly passes; some found gives partial
 * credit (the found fraction, capped); stated only weakly or only negated needs a person
 * (review); nothing found fails.
 *
 * @param concepts the concepts, required ones and partial-only ones
 * @param scope where to look
 * @param partialMin at least this many concepts found for a partial (default 1)
 * @param partialRequires concepts that must be among those found for a partial
 */
public record ConceptsCheck(List<Concept> concepts, Scope scope, int partialMin, Set<String> partialRequires)
    implements Check {
  /** Most quotes kept per concept. */
  static final int QUOTES_PER_CONCEPT = 2;

  public ConceptsCheck {
    concepts = List.copyOf(concepts);
    partialRequires = Set.copyOf(partialRequires);
  }

  @Override
  public String type() {
    return "concepts";
  }

  @Override
  public Text describe() {
    StringBuilder nl = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Concept c : concepts) {
      if (c.partialOnly()) {
        continue;
      }
      if (nl.length() > 0) {
        nl.append("; ");
        en.append("; ");
      }
      nl.append(c.label().nl());
      en.append(c.label().get(Lang.EN));
    }
    return Text.of(nl.toString(), en.toString());
  }

  private enum State { STATED, WEAK, NEGATED, ABSENT }

  @Override
  public CheckResult evaluate(DocumentIndex index, CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Text> found = new ArrayList<>();
    List<Text> missing = new ArrayList<>();
    List<Text> notes = new ArrayList<>();
    int required = 0;
    int requiredStated = 0;
    int requiredWeak = 0;
    int requiredNegated = 0;
    int foundAny = 0;
    int creditParts = 0;
    boolean partialRequiresMet = true;
    for (Concept c : concepts) {
      List<Evidence> hits = hits(index, c);
      State state = state(c, hits);
      boolean counts = state == State.STATED || state == State.WEAK;
      if (!c.partialOnly()) {
        required++;
        switch (state) {
          case STATED -> requiredStated++;
          case WEAK -> requiredWeak++;
          case NEGATED -> requiredNegated++;
          default -> { }
        }
      }
      if (counts) {
        foundAny++;
        creditParts++;
        found.add(c.label());
      } else if (!c.partialOnly()) {
        missing.add(c.label());
      }
      if (partialRequires.contains(c.id()) && !counts) {
        partialRequiresMet = false;
      }
      Qualifier wanted = switch (state) {
        case STATED -> Qualifier.STRONG;
        case WEAK -> Qualifier.WEAK;
        case NEGATED -> Qualifier.NEGATED;
        default -> null;
      };
      if (wanted != null) {
        int kept = 0;
        for (Evidence e : hits) {
          boolean match = state == State.STATED ? statedBy(c, e) : e.qualifier() == wanted;
          if (match && kept < QUOTES_PER_CONCEPT) {
            findings.add(new Finding(c.id(), c.label(), e));
            kept++;
          }
        }
      }
      if (state == State.WEAK) {
        notes.add(Text.of(
            "'" + c.label().nl() + "' staat er alleen vrijblijvend (kan, eventueel, zo mogelijk).",
            "'" + c.label().get(Lang.EN) + "' is only stated as optional (may, possibly)."));
      } else if (state == State.NEGATED) {
        notes.add(Text.of(
            "'" + c.label().nl() + "' komt alleen ontkend voor (geen, niet, nooit).",
            "'" + c.label().get(Lang.EN) + "' only occurs negated (no, not, never)."));
      }
    }
    findings.sort(Comparator.comparingInt(f -> f.evidence().start()));
    if (required > 0 && requiredStated == required) {
      return new CheckResult(Outcome.PASS, 1.0, findings, found, List.of(), notes);
    }
    if (required > 0 && requiredStated + requiredWeak == required
        || requiredNegated > 0 && requiredStated + requiredWeak + requiredNegated == required) {
      return new CheckResult(Outcome.REVIEW, 0.0, findings, found, missing, notes);
    }
    int min = Math.max(1, partialMin);
    if (concepts.size() > 1 && foundAny >= min && partialRequiresMet && foundAny > 0) {
      double credit = Math.min(context.partialCap(), (double) creditParts / Math.max(1, required));
      return new CheckResult(Outcome.PARTIAL, credit, findings, found, missing, notes);
    }
    return new CheckResult(Outcome.FAIL, 0.0, findings, found, missing, notes);
  }

  private List<Evidence> hits(DocumentIndex index, Concept c) {
    // several wordings may find the same sentence: keep one passage per start offset
    TreeMap<Integer, Evidence> byStart = new TreeMap<>();
    // outdated framing counts wherever it stands, a heading included ("Stap 5: hulp of melden")
    Scope where = c.partialOnly() ? new Scope(scope.sections(), scope.window(), true) : scope;
    // each wording stops after its first QUOTES_PER_CONCEPT statements: the first ones over all
    // wordings are among them (a statement after a wording's own second cannot be in the first
    // two overall), and one statement already makes the concept stated, so the result is the same
    for (Pattern p : c.patterns()) {
      for (Evidence e : index.find(p, where, QUOTES_PER_CONCEPT, e -> statedBy(c, e))) {
        Evidence old = byStart.get(e.start());
        if (old == null || e.qualifier().ordinal() < old.qualifier().ordinal()) {
          byStart.put(e.start(), e);
        }
      }
    }
    return List.copyOf(byStart.values());
  }

  private static boolean statedBy(Concept c, Evidence e) {
    return e.qualifier() == Qualifier.STRONG || c.allowWeak() && e.qualifier() == Qualifier.WEAK;
  }

  private static State state(Concept c, List<Evidence> hits) {
    State best = State.ABSENT;
    for (Evidence e : hits) {
      State s = statedBy(c, e) ? State.STATED : e.qualifier() == Qualifier.WEAK ? State.WEAK : State.NEGATED;
      if (s.ordinal() < best.ordinal()) {
        best = s;
      }
    }
    return best;
  }
}
