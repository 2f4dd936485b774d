package nl.meldcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.meldcheck.match.DocumentIndex;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven tests per check type: src/test/resources/rules/TYPE.yaml lists cases (description,
 * check, passage, expected outcome and labels). One fixture file per registered type.
 */
class RuleFixturesTest {
  static final Path RULES = Paths.get("src/test/resources/rules");
  private static final List<String> CASE_KEYS =
      List.of("description", "check", "passage", "outcome", "found", "missing", "credit", "partial_cap", "as_of");

  @Test
  void everyRegisteredTypeHasAFixtureFileAndEveryFileARegisteredType() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(RULES)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    }
    assertEquals(CheckTypes.names().stream().sorted().toList(), files);
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String type : CheckTypes.names()) {
      Path file = RULES.resolve(type + ".yaml");
      Problems problems = new Problems();
      YamlNode root = YamlReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems);
      assertTrue(problems.isEmpty(), String.join("\n", problems.list()));
      assertTrue(root instanceof YamlNode.Sequence, file + " must be a list of cases");
      for (YamlNode item : ((YamlNode.Sequence) root).items()) {
        tests.add(caseTest(type, item));
      }
    }
    return tests.stream();
  }

  private static DynamicTest caseTest(String type, YamlNode item) {
    Problems problems = new Problems();
    YamlMap m = YamlMap.of(item, problems, "", CASE_KEYS);
    String description = m == null ? "?" : m.string("description", true);
    return DynamicTest.dynamicTest(type + ": " + description + " (line " + item.at().line() + ")", () -> {
      Check check = CheckTypes.parse(m.node("check", true), problems, "");
      String passage = m.string("passage", true);
      String outcome = m.string("outcome", true);
      Double cap = m.number("partial_cap", 0, 1, false);
      LocalDate asOf = m.has("as_of") ? m.date("as_of", false) : ShippedChecklistsTest.AS_OF;
      assertTrue(problems.isEmpty(), String.join("\n", problems.list()));
      assertEquals(type, check.type(), "the case's check is of another type than its file");
      CheckResult r = check.evaluate(DocumentIndex.of(ExampleRunner.document(passage)),
          new CheckContext(asOf, cap == null ? 0.5 : cap));
      List<org.junit.jupiter.api.function.Executable> asserts = new ArrayList<>();
      asserts.add(() -> assertEquals(outcome, r.outcome().code(), "outcome; notes: " + r.notes()));
      if (m.has("found")) {
        asserts.add(() -> assertEquals(m.strings("found", false), labels(r.found()), "found"));
      }
      if (m.has("missing")) {
        asserts.add(() -> assertEquals(m.strings("missing", false), labels(r.missing()), "missing"));
      }
      if (m.has("credit")) {
        double credit = m.number("credit", 0, 1, false);
        asserts.add(() -> assertEquals(credit, r.credit(), 0.0001, "credit"));
      }
      if (r.outcome() == Outcome.PASS && !(check instanceof ForbiddenCheck)) {
        asserts.add(() -> assertFalse(r.findings().isEmpty(), "a pass must quote its evidence"));
      }
      assertAll(asserts);
    });
  }

  private static List<String> labels(List<Text> texts) {
    return texts.stream().map(Text::nl).toList();
  }
}
