package nl.meldcheck.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.meldcheck.cases.Field;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.PatternException;
import nl.meldcheck.match.Qualifier;
import nl.meldcheck.match.Scope;

/**
 * Finds the role a meldcode names as the one who takes the decision of step 5, so that
 * CASE-BESLISSER can hold practice (who decided, per case) against policy (who should).
 *
 * <p>Only phrasings that name a role as the one who decides count ("de aandachtsfunctionaris
 * neemt het besluit", "het besluit wordt genomen door de directeur", "eindverantwoordelijk is de
 * leidinggevende"); a role merely mentioned near the word "besluit" does not. The role named most
 * often wins; a tie, or no such sentence, leaves the criterion to {@code --decision-maker}.
 */
final class DecisionMaker {
  private DecisionMaker() {}

  /** The role and the sentence that names it. */
  record Found(String role, Evidence evidence) {}

  private static final Map<String, List<Pattern>> PATTERNS = compile();

  private static Map<String, List<Pattern>> compile() {
    // longest role first, so that "zorgcoordinator" claims a sentence before "coordinator" can
    Map<String, List<Pattern>> out = new TreeMap<>((a, b) -> a.length() != b.length()
        ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
    for (String role : Field.ROLES) {
      // "*directeur" also finds "locatiedirecteur", "*coordinator" "teamcoördinator": Dutch
      // compounds name the same role more precisely
      String r = "*" + role.replace('_', ' ');
      List<Pattern> ps = new ArrayList<>();
      for (String src : List.of(
          r + " (neemt|nemen) ... (besluit|beslissing)",
          r + " (beslist|besluit) ... (of|over|om|samen|wat)",
          "(besluit|beslissing|besluiten) ... (genomen|gemaakt) door ... " + r,
          r + " is ... eindverantwoordelijk*",
          "eindverantwoordelijk* ... is ... " + r,
          r + " ... (eindbeslissing|eindverantwoordelijkheid|het laatste woord)")) {
        try {
          ps.add(Pattern.compile(src));
        } catch (PatternException e) {
          throw new IllegalStateException("bad built-in pattern " + src, e);
        }
      }
      out.put(role, ps);
    }
    return out;
  }

  static Optional<Found> find(DocumentIndex index) {
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    Evidence bestEvidence = null;
    java.util.Set<Integer> claimed = new java.util.HashSet<>();
    for (Map.Entry<String, List<Pattern>> e : PATTERNS.entrySet()) {
      int count = 0;
      Evidence first = null;
      java.util.Set<Integer> mine = new java.util.HashSet<>();
      for (Pattern p : e.getValue()) {
        for (Evidence ev : index.find(p, Scope.DOCUMENT)) {
          if (ev.qualifier() == Qualifier.NEGATED || claimed.contains(ev.start()) || !mine.add(ev.start())) {
            continue;
          }
          count++;
          if (first == null || ev.start() < first.start()) {
            first = ev;
          }
        }
      }
      claimed.addAll(mine);
      if (count > bestCount) {
        best = e.getKey();
        bestCount = count;
        bestEvidence = first;
        tie = false;
      } else if (count > 0 && count == bestCount) {
        tie = true;
      }
    }
    return best == null || tie ? Optional.empty() : Optional.of(new Found(best, bestEvidence));
  }
}
