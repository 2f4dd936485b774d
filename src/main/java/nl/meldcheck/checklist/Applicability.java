package nl.meldcheck.checklist;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which sectors a criterion applies to.
 *
 * @param only if not empty, the criterion applies only to these sectors
 * @param except the criterion never applies to these sectors
 */
public record Applicability(Set<String> only, Set<String> except) {
  public static final Applicability ALL = new Applicability(Set.of(), Set.of());

  public Applicability {
    only = java.util.Collections.unmodifiableSet(new TreeSet<>(only));
    except = java.util.Collections.unmodifiableSet(new TreeSet<>(except));
  }

  /** True when the criterion depends on the sector at all. */
  public boolean conditional() {
    return !only.isEmpty() || !except.isEmpty();
  }

  /** Whether the criterion applies to a known sector. */
  public boolean appliesTo(String sector) {
    if (except.contains(sector)) {
      return false;
    }
    return only.isEmpty() || only.contains(sector);
  }
}
