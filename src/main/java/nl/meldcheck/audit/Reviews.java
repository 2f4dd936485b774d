package nl.meldcheck.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Review;
import nl.meldcheck.checklist.Text;

/**
 * Applies people's decisions to criteria that meldcheck left for review. A decision holds while
 * the evidence it was made on is unchanged (same evidence id); when the document changes the
 * quoted passages, the criterion goes back to review and the report says why.
 */
final class Reviews {
  private Reviews() {}

  /** A short hash of the criterion and its quoted passages, in order. */
  static String evidenceId(CriterionResult r) {
    StringBuilder sb = new StringBuilder(r.id());
    for (EvidenceItem e : r.evidence()) {
      sb.append('\n').append(e.quote());
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static List<CriterionResult> apply(List<CriterionResult> results, AuditRequest req, List<String> warnings) {
    if (req.reviews().isEmpty()) {
      return results;
    }
    Lang lang = req.lang();
    String fileName = Path.of(req.displayPath()).getFileName().toString();
    Set<Review> used = new HashSet<>();
    List<CriterionResult> out = new ArrayList<>();
    for (CriterionResult r : results) {
      CriterionResult changed = r;
      for (Review v : req.reviews()) {
        if (!v.criterion().equals(r.id()) || v.document() != null && !v.document().equals(fileName)
            || r.outcome() != Outcome.REVIEW) {
          continue;
        }
        used.add(v);
        List<String> notes = new ArrayList<>(r.notes());
        if (v.evidence().equals(r.evidenceId())) {
          boolean pass = v.decision() == Outcome.PASS;
          notes.add(Text.of("Beoordeeld door " + v.reviewer() + " op " + v.date() + ": " + v.decision().code() + " ("
              + v.reason() + ").", "Reviewed by " + v.reviewer() + " on " + v.date() + ": " + v.decision().code()
              + " (" + v.reason() + ").").get(lang));
          changed = r.withDecision(v.decision(), pass ? 1.0 : 0.0, notes, pass ? "" : r.advice());
          break;
        }
        notes.add(Text.of("De beoordeling van " + v.reviewer() + " op " + v.date() + " geldt niet meer: het geciteerde"
            + " bewijs is veranderd (was " + v.evidence() + ", nu " + r.evidenceId() + ").", "The review by "
            + v.reviewer() + " on " + v.date() + " no longer holds: the quoted evidence changed (was " + v.evidence()
            + ", now " + r.evidenceId() + ").").get(lang));
        changed = r.withDecision(r.outcome(), r.credit(), notes, r.advice());
      }
      out.add(changed);
    }
    for (Review v : req.reviews()) {
      if (!used.contains(v)) {
        warnings.add(Text.of("Beoordeling van " + v.criterion() + " is niet gebruikt: het criterium staat niet op"
            + " 'beoordelen' of de beoordeling is voor een ander document (" + v.source() + ").",
            "The review of " + v.criterion() + " was not used: the criterion is not in review, or the review is"
            + " for another document (" + v.source() + ").").get(lang));
      }
    }
    return out;
  }
}
