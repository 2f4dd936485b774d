package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.List;
import nl.meldcheck.match.DateFinder;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Pattern;

/**
 * The document's own date (adoption, version or revision date) is on or after {@code notBefore}.
 * The latest cued date up to the audit date counts; dates after the audit date are plans
 * ("evaluatie in 2027") and are ignored. Only uncued dates: a person must look (review).
 *
 * @param notBefore the earliest acceptable date
 * @param cues wordings that mark the document's own date
 */
public record DateCheck(LocalDate notBefore, List<Pattern> cues) implements Check {
  public DateCheck {
    cues = List.copyOf(cues);
  }

  @Override
  public String type() {
    return "date";
  }

  @Override
  public Text describe() {
    return Text.of(
        "Een datum van vaststelling, versie of herziening op of na " + notBefore,
        "A date of adoption, version or revision on or after " + notBefore);
  }

  @Override
  public CheckResult evaluate(DocumentIndex index, CheckContext context) {
    DateFinder.Found bestCued = null;
    DateFinder.Found bestAny = null;
    for (DateFinder.Found f : DateFinder.find(index, cues)) {
      if (f.date().isAfter(context.asOf())) {
        continue;
      }
      if (f.cued() && (bestCued == null || f.date().isAfter(bestCued.date()))) {
        bestCued = f;
      }
      if (bestAny == null || f.date().isAfter(bestAny.date())) {
        bestAny = f;
      }
    }
    Text label = Text.of("documentdatum", "document date");
    if (bestCued != null) {
      boolean ok = !bestCued.date().isBefore(notBefore);
      Text note = Text.of("Documentdatum: " + bestCued.date(), "Document date: " + bestCued.date());
      return new CheckResult(ok ? Outcome.PASS : Outcome.FAIL, ok ? 1.0 : 0.0,
          List.of(new Finding("datum", label, bestCued.evidence())), ok ? List.of(label) : List.of(),
          ok ? List.of() : List.of(label), List.of(note));
    }
    if (bestAny != null) {
      Text note = Text.of(
          "Geen vaststellings- of versiedatum gevonden; de jongste datum in de tekst is " + bestAny.date()
              + ". Controleer of dat de datum van het document is.",
          "No adoption or version date found; the latest date in the text is " + bestAny.date()
              + ". Check whether that is the document's date.");
      return new CheckResult(Outcome.REVIEW, 0.0, List.of(new Finding("datum", label, bestAny.evidence())),
          List.of(), List.of(label), List.of(note));
    }
    return new CheckResult(Outcome.FAIL, 0.0, List.of(), List.of(), List.of(label), List.of());
  }
}
