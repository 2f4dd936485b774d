package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * The index matches sentences by word numbers and bit sets; the same patterns over the same
 * tokens compared as strings must give the same match, start and end, everywhere. Patterns: every
 * string of the shipped checklists that compiles as one (the patterns, and the example sentences
 * as word sequences); text: every sentence of the shipped sample documents.
 */
class WordNumberMatchingTest {
  private static List<Pattern> checklistPatterns() throws Exception {
    Set<String> strings = new LinkedHashSet<>();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> files = Files.list(Path.of("checklists"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        collect(yaml.readTree(f.toFile()), strings);
      }
    }
    List<Pattern> out = new ArrayList<>();
    for (String s : strings) {
      try {
        out.add(Pattern.compile(s));
      } catch (PatternException notAPattern) {
        // prose with characters the pattern syntax does not allow
      }
    }
    return out;
  }

  private static void collect(JsonNode n, Set<String> out) {
    if (n.isTextual() && n.asText().length() <= 300) {
      out.add(n.asText());
    }
    n.forEach(child -> collect(child, out));
  }

  @Test
  void everyChecklistPatternMatchesEverySampleSentenceAsTheStringMatcherDoes() throws Exception {
    List<Pattern> patterns = checklistPatterns();
    assertTrue(patterns.size() > 300, "patterns found: " + patterns.size());
    DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS);
    List<Path> docs;
    try (Stream<Path> s = Files.walk(Path.of("samples"), 2)) {
      docs = s.filter(p -> p.getFileName().toString().startsWith("meldcode.")).sorted().toList();
    }
    assertTrue(docs.size() >= 8, docs.toString());
    long matched = 0;
    long compared = 0;
    for (Path doc : docs) {
      DocumentIndex index = DocumentIndex.of(reader.read(doc));
      for (Pattern p : patterns) {
        for (int part = 0; part < p.partCount(); part++) {
          for (Sentence s : index.sentences()) {
            int[] byString = p.find(part, s.tokens(), 0);
            int[] byNumber = index.find(p, part, s);
            assertArrayEquals(byString, byNumber, () -> p + " in " + doc + ": " + index.text(s));
            compared++;
            matched += byString == null ? 0 : 1;
          }
        }
      }
    }
    // a comparison of nulls alone would prove nothing
    assertTrue(matched > 1000, "matches compared: " + matched + " of " + compared);
  }
}
