package nl.meldcheck.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints and baseline comparison. A finding's fingerprint is the checklist id and version,
 * the criterion id and the document's file name: it survives re-wording and re-paging elsewhere
 * in the document (no line numbers, no quotes), and changes when the checklist version changes,
 * because then the criterion itself may mean something else.
 */
public final class Baselines {
  private Baselines() {}

  static String fingerprint(String checklistId, String checklistVersion, String criterionId, String fileName) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] d = md.digest((checklistId + "@" + checklistVersion + "|" + criterionId + "|" + fileName)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Marks every finding of {@code current} as new, unchanged or fixed against {@code previous}. */
  public static AuditReport compare(AuditReport current, AuditReport previous) {
    Map<String, CriterionResult> before = new HashMap<>();
    for (CriterionResult r : previous.results()) {
      if (!r.fingerprint().isEmpty()) {
        before.put(r.fingerprint(), r);
      }
    }
    int fresh = 0;
    int unchanged = 0;
    List<String> fixed = new ArrayList<>();
    List<CriterionResult> marked = new ArrayList<>();
    for (CriterionResult r : current.results()) {
      CriterionResult old = before.get(r.fingerprint());
      boolean wasFinding = old != null && old.isFinding();
      String change;
      if (r.isFinding()) {
        change = wasFinding ? "unchanged" : "new";
        if (wasFinding) {
          unchanged++;
        } else {
          fresh++;
        }
      } else {
        change = wasFinding ? "fixed" : "";
        if (wasFinding) {
          fixed.add(r.id());
        }
      }
      marked.add(r.withChange(change));
    }
    fixed.sort(null);
    double prev = previous.score().value();
    double now = current.score().value();
    double delta = prev < 0 || now < 0 ? 0 : Math.round((now - prev) * 10.0) / 10.0;
    BaselineInfo info = new BaselineInfo(previous.generatedAt(), prev, delta, fresh, unchanged, fixed.size(), fixed);
    return current.withBaseline(marked, info);
  }

  /** True when any criterion is a new finding against the baseline (the --fail-on-new gate). */
  public static boolean hasNewFindings(AuditReport report) {
    return report.results().stream().anyMatch(r -> r.change().equals("new"));
  }
}
