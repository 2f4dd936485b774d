package nl.meldcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * ConceptsCheck asks the index for a wording's passages only up to its second statement. That
 * must be exactly a prefix of all its passages: checked for every wording of the built-in
 * checklist on every shipped sample document.
 */
class FindEnoughTest {
  @Test
  void findingEnoughIsAPrefixOfFindingAll() throws Exception {
    Checklist cl = ChecklistLoader.builtIn("basis");
    DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS);
    List<Path> docs;
    try (Stream<Path> s = Files.walk(Path.of("samples"), 2)) {
      docs = s.filter(p -> p.getFileName().toString().matches("(meldcode|pestprotocol)\\.(pdf|docx|odt|html|md|txt)"))
          .sorted().toList();
    }
    assertTrue(docs.size() >= 10, docs.toString());
    Predicate<Evidence> strong = e -> e.qualifier() == Qualifier.STRONG;
    int stopped = 0;
    for (Path doc : docs) {
      DocumentIndex index = DocumentIndex.of(reader.read(doc));
      for (Criterion c : cl.criteria()) {
        if (!(c.check() instanceof ConceptsCheck check)) {
          continue;
        }
        for (Concept concept : check.concepts()) {
          for (Pattern p : concept.patterns()) {
            List<Evidence> all = index.find(p, check.scope());
            List<Evidence> enough = index.find(p, check.scope(), 2, strong);
            int cut = all.size();
            for (int i = 0, n = 0; i < all.size(); i++) {
              if (strong.test(all.get(i)) && ++n == 2) {
                cut = i + 1;
                break;
              }
            }
            assertEquals(all.subList(0, cut), enough, doc + " " + c.id() + " " + p);
            stopped += all.size() - cut;
          }
        }
      }
    }
    assertTrue(stopped > 0, "no wording had more than two statements in any sample: the test proves nothing");
  }
}
