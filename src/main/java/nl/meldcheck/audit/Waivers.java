package nl.meldcheck.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Text;
import nl.meldcheck.checklist.Waiver;

/**
 * Applies waivers to judged criteria. A waiver turns a criterion that is not met into
 * {@code waived} only while it is valid; the judgement it replaces stays in the report. An expired
 * waiver stops applying the day after it expires, and the report says so; a waiver that was not
 * needed (the criterion is met or does not apply, or the waiver is for another document) is
 * reported as unused.
 */
final class Waivers {
  private Waivers() {}

  static List<CriterionResult> apply(List<CriterionResult> results, AuditRequest req, String sha256,
      List<String> warnings) {
    if (req.waivers().isEmpty()) {
      return results;
    }
    Lang lang = req.lang();
    String fileName = Path.of(req.displayPath()).getFileName().toString();
    Set<Waiver> used = new HashSet<>();
    List<CriterionResult> out = new ArrayList<>();
    for (CriterionResult r : results) {
      CriterionResult changed = r;
      for (Waiver w : req.waivers()) {
        if (!w.criterion().equals(r.id()) || !w.covers(fileName, sha256)) {
          continue;
        }
        boolean needed = r.outcome() != Outcome.PASS && r.outcome() != Outcome.NOT_APPLICABLE;
        if (!needed) {
          continue;
        }
        used.add(w);
        if (w.validOn(req.asOf())) {
          changed = with(r, Outcome.WAIVED, 0.0, note("applied", w, r), Text.of(
              "Vrijgesteld tot en met " + w.expires() + " door " + w.approver() + ": " + w.justification()
                  + " (oordeel zonder vrijstelling: " + r.outcome().code() + ")",
              "Waived until " + w.expires() + " by " + w.approver() + ": " + w.justification()
                  + " (outcome without the waiver: " + r.outcome().code() + ")").get(lang));
          break;
        }
        boolean expired = req.asOf().isAfter(w.expires());
        changed = with(r, r.outcome(), r.credit(), note(expired ? "expired" : "not_yet_valid", w, r), expired
            ? Text.of("De vrijstelling (" + w.justification() + ") is verlopen op " + w.expires()
                + "; het criterium telt weer mee.", "The waiver (" + w.justification() + ") expired on "
                + w.expires() + "; the criterion counts again.").get(lang)
            : Text.of("De vrijstelling geldt pas vanaf " + w.granted() + ".", "The waiver only holds from "
                + w.granted() + ".").get(lang));
        if (expired) {
          warnings.add(Text.of("Vrijstelling voor " + r.id() + " is verlopen op " + w.expires() + " ("
              + w.source() + ").", "The waiver for " + r.id() + " expired on " + w.expires() + " ("
              + w.source() + ").").get(lang));
        }
      }
      out.add(changed);
    }
    for (Waiver w : req.waivers()) {
      if (!used.contains(w)) {
        warnings.add(Text.of("Vrijstelling voor " + w.criterion() + " is niet gebruikt: het criterium is voldaan,"
            + " geldt niet, of de vrijstelling is voor een ander document (" + w.source() + ").",
            "The waiver for " + w.criterion() + " was not used: the criterion is met, does not apply, or the"
            + " waiver is for another document (" + w.source() + ").").get(lang));
      }
    }
    return out;
  }

  private static WaiverNote note(String status, Waiver w, CriterionResult r) {
    return new WaiverNote(status, w.justification(), w.approver(), w.granted().toString(), w.expires().toString(),
        r.outcome().code());
  }

  private static CriterionResult with(CriterionResult r, Outcome outcome, double credit, WaiverNote note, String text) {
    List<String> notes = new ArrayList<>(r.notes());
    notes.add(text);
    return r.withWaiver(outcome, credit, note, notes);
  }
}
