package nl.meldcheck.checklist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a waiver file as strictly as a checklist: every problem with file:line:column, all at
 * once. A waiver must name a criterion of the checklist in use, and a criterion marked
 * {@code waivable: false} (the statutory critical ones) cannot be waived at all.
 *
 * <pre>
 * waivers:
 *   - criterion: BESLUIT-VERWIJSINDEX
 *     scope: organisation          # or: document (then also: document: meldcode.pdf)
 *     justification: De organisatie is niet meldbevoegd voor de Verwijsindex.
 *     approver: directeur-bestuurder
 *     granted: 2026-01-15
 *     expires: 2027-01-15
 * </pre>
 */
public final class WaiverLoader {
  private static final List<String> TOP = List.of("waivers");
  private static final List<String> KEYS =
      List.of("criterion", "scope", "document", "justification", "approver", "granted", "expires");

  private WaiverLoader() {}

  public static List<Waiver> load(Path file, Checklist checklist) throws ChecklistException {
    return load(file, checklist, Map.of());
  }

  /**
   * As {@link #load(Path, Checklist)}, also accepting the criteria in {@code more} (id → waivable):
   * the case criteria, which live outside the checklist.
   */
  public static List<Waiver> load(Path file, Checklist checklist, Map<String, Boolean> more)
      throws ChecklistException {
    String name = file.toString();
    Problems problems = new Problems();
    String text = ConfigText.read(file);
    List<Waiver> out = new ArrayList<>();
    YamlNode root = YamlReader.read(name, text, problems);
    if (root != null) {
      YamlMap top = YamlMap.of(root, problems, "", TOP);
      YamlNode.Sequence list = top == null ? null : top.list("waivers", true);
      if (list != null) {
        Map<String, SourceRef> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
          Waiver w = waiver(item, problems, checklist, more);
          if (w == null) {
            continue;
          }
          String key = w.criterion() + "|" + w.scope() + "|" + w.document();
          SourceRef first = seen.putIfAbsent(key, w.source());
          if (first != null) {
            problems.add(w.source(), "waiver " + w.criterion() + ": the same criterion and scope are waived twice"
                + " (first at line " + first.line() + ")");
            continue;
          }
          out.add(w);
        }
      }
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }

  private static Waiver waiver(YamlNode item, Problems problems, Checklist checklist, Map<String, Boolean> more) {
    YamlMap m = YamlMap.of(item, problems, "waiver: ", KEYS);
    if (m == null) {
      return null;
    }
    String id = m.string("criterion", true);
    Waiver.Scope scope = m.enumValue("scope", Waiver.Scope.class, true);
    String document = m.has("document") ? m.string("document", false) : null;
    String justification = m.string("justification", true);
    String approver = m.string("approver", true);
    LocalDate granted = m.date("granted", true);
    LocalDate expires = m.date("expires", true);
    boolean ok = id != null && scope != null && justification != null && approver != null && granted != null
        && expires != null;
    if (id != null) {
      var criterion = checklist.criterion(id);
      if (criterion.isEmpty() && more.containsKey(id)) {
        if (!more.get(id)) {
          m.report(m.keyAt("criterion"), "criterion " + id + " cannot be waived (a critical case criterion:"
              + " a statutory requirement of the meldcode)");
          ok = false;
        }
      } else if (criterion.isEmpty()) {
        List<String> ids = new ArrayList<>(checklist.criteria().stream().map(Criterion::id).toList());
        ids.addAll(more.keySet().stream().sorted().toList());
        String closest = Suggest.closest(id, ids);
        m.report(m.keyAt("criterion"), "unknown criterion '" + id + "' in checklist " + checklist.id()
            + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
        ok = false;
      } else if (!criterion.get().waivable()) {
        m.report(m.keyAt("criterion"), "criterion " + id + " cannot be waived (waivable: false:"
            + " a statutory requirement of the meldcode)");
        ok = false;
      }
    }
    if (scope == Waiver.Scope.DOCUMENT && document == null) {
      m.report(m.at(), "scope 'document' needs 'document': the file name or SHA-256 of the document");
      ok = false;
    }
    if (scope == Waiver.Scope.ORGANISATION && document != null) {
      m.report(m.keyAt("document"), "'document' only goes with scope 'document'");
      ok = false;
    }
    if (granted != null && expires != null && expires.isBefore(granted)) {
      m.report(m.keyAt("expires"), "'expires' (" + expires + ") is before 'granted' (" + granted + ")");
      ok = false;
    }
    return ok ? new Waiver(id, scope, document, justification, approver, granted, expires, m.at()) : null;
  }
}
