package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Pattern;

/**
 * A section must be present: some heading of the document matches one of the patterns.
 *
 * @param label what the section is, e.g. "een paragraaf over stap 3"
 * @param headings heading wordings
 */
public record SectionCheck(Text label, List<Pattern> headings) implements Check {
  public SectionCheck {
    headings = List.copyOf(headings);
  }

  @Override
  public String type() {
    return "section";
  }

  @Override
  public Text describe() {
    return Text.of("Een kop: " + label.nl(), "A heading: " + label.get(Lang.EN));
  }

  @Override
  public CheckResult evaluate(DocumentIndex index, CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Pattern p : headings) {
      for (Evidence e : index.headings(p)) {
        if (findings.stream().noneMatch(f -> f.evidence().start() == e.start())) {
          findings.add(new Finding("heading", label, e));
        }
      }
    }
    if (findings.isEmpty()) {
      return new CheckResult(Outcome.FAIL, 0.0, List.of(), List.of(), List.of(label), List.of());
    }
    findings.sort(java.util.Comparator.comparingInt(f -> f.evidence().start()));
    return new CheckResult(Outcome.PASS, 1.0, findings, List.of(label), List.of(), List.of());
  }
}
