package nl.meldcheck.checklist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a review file strictly (file:line:column, all problems at once).
 *
 * <pre>
 * reviews:
 *   - criterion: STAP-3-GESPREK
 *     document: meldcode.pdf       # optional: only for this document
 *     evidence: 9c1f0a2b7d3e4f55   # the evidence id the report shows under the criterion
 *     decision: pass               # pass or fail
 *     reviewer: kwaliteitsmedewerker
 *     date: 2026-03-01
 *     reason: Het gesprek met ouders staat in bijlage 2, in andere woorden.
 * </pre>
 */
public final class ReviewLoader {
  private static final List<String> KEYS =
      List.of("criterion", "document", "evidence", "decision", "reviewer", "date", "reason");

  /** The decisions a review may give. */
  private enum Decision { PASS, FAIL }

  private ReviewLoader() {}

  public static List<Review> load(Path file, Checklist checklist) throws ChecklistException {
    String name = file.toString();
    String text = ConfigText.read(file);
    Problems problems = new Problems();
    List<Review> out = new ArrayList<>();
    YamlNode root = YamlReader.read(name, text, problems);
    YamlMap top = root == null ? null : YamlMap.of(root, problems, "", List.of("reviews"));
    YamlNode.Sequence list = top == null ? null : top.list("reviews", true);
    if (list != null) {
      for (YamlNode item : list.items()) {
        YamlMap m = YamlMap.of(item, problems, "review: ", KEYS);
        if (m == null) {
          continue;
        }
        String id = m.string("criterion", true);
        String document = m.has("document") ? m.string("document", false) : null;
        String evidence = m.string("evidence", true);
        Decision decision = m.enumValue("decision", Decision.class, true);
        String reviewer = m.string("reviewer", true);
        LocalDate date = m.date("date", true);
        String reason = m.string("reason", true);
        if (id != null && checklist.criterion(id).isEmpty()) {
          String closest = Suggest.closest(id, checklist.criteria().stream().map(Criterion::id).toList());
          m.report(m.keyAt("criterion"), "unknown criterion '" + id + "' in checklist " + checklist.id()
              + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
          continue;
        }
        if (evidence != null && !evidence.matches("[0-9a-f]{16}")) {
          m.report(m.keyAt("evidence"), "'evidence' must be the 16-character evidence id shown in the report");
          continue;
        }
        if (id != null && evidence != null && decision != null && reviewer != null && date != null && reason != null) {
          out.add(new Review(id, document, evidence, decision == Decision.PASS ? Outcome.PASS : Outcome.FAIL,
              reviewer, date, reason, m.at()));
        }
      }
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }
}
