package nl.meldcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.meldcheck.match.DocumentIndex;
import org.junit.jupiter.api.Test;

/**
 * A wording that may span two sentences finds both the sentence that says it and the pair that
 * holds that sentence: the report quotes the sentence once, not the pair as well.
 */
class WiderCopiesTest {
  @Test
  void theSentenceIsQuotedNotThePairAroundIt() {
    Problems problems = new Problems();
    YamlNode node = YamlReader.read("case.yaml",
        "{type: concepts, window: 2, concepts: {evaluatie: [\"meldcode && (evalueer*|evalueren)\"]}}", problems);
    Check check = CheckTypes.parse(node, problems, "");
    assertTrue(problems.isEmpty(), String.join("\n", problems.list()));
    CheckResult r = check.evaluate(
        DocumentIndex.of(ExampleRunner.document("Ik volg elk jaar een nascholing over de meldcode. Ik evalueer deze meldcode jaarlijks.")),
        new CheckContext(LocalDate.of(2026, 12, 7), 0.5));
    assertEquals("pass", r.outcome().code());
    List<String> quotes = r.findings().stream().map(f -> f.evidence().quote()).toList();
    assertEquals(List.of("Ik evalueer deze meldcode jaarlijks."), quotes);
  }
}
