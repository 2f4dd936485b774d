package nl.meldcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The checklists in the top-level checklists/ folder: indexed, loadable, and their examples hold. */
class ShippedChecklistsTest {
  /** Examples are judged as of a fixed day so date checks do not drift with the clock. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

  static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("checklists"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static String idOf(Path p) {
    String name = p.getFileName().toString();
    return name.substring(0, name.length() - ".yaml".length());
  }

  @Test
  void everyShippedFileIsIndexedAndEveryIndexedIdHasAFile() throws IOException {
    List<String> files = shipped().stream().map(ShippedChecklistsTest::idOf).toList();
    List<String> index = Files.readAllLines(Paths.get("checklists", "index.txt")).stream()
        .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    assertFalse(files.isEmpty(), "no checklists/*.yaml");
    assertEquals(files.stream().sorted().toList(), index.stream().sorted().toList());
    assertEquals(index, ChecklistLoader.builtInIds(), "classpath index differs from checklists/index.txt");
  }

  @TestFactory
  Stream<DynamicTest> everyShippedChecklistLoadsFromFileAndClasspath() throws IOException {
    return shipped().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
      Checklist fromFile = ChecklistLoader.load(p);
      Checklist builtIn = ChecklistLoader.builtIn(idOf(p));
      assertEquals(idOf(p), fromFile.id(), "the id must equal the file name");
      assertEquals(fromFile.criteria().stream().map(Criterion::id).toList(),
          builtIn.criteria().stream().map(Criterion::id).toList());
      assertEquals(builtIn.id(), ChecklistLoader.resolve(idOf(p)).id());
      for (Criterion c : fromFile.criteria()) {
        assertTrue(c.examples().pass().size() >= 1 && c.examples().fail().size() >= 1,
            c.id() + " needs at least one pass and one fail example");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> examplesOfShippedChecklists() throws IOException, ChecklistException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : shipped()) {
      Checklist checklist = ChecklistLoader.load(p);
      for (ExampleRunner.Result r : ExampleRunner.run(checklist, AS_OF)) {
        String passage = r.passage().replace('\n', ' ');
        String name = r.criterionId() + " " + r.expected() + ": "
            + (passage.length() > 60 ? passage.substring(0, 60) : passage);
        tests.add(DynamicTest.dynamicTest(name, () -> assertTrue(r.ok(),
            r.criterionId() + ": expected " + r.expected() + " but got " + r.actual().code() + " for: " + r.passage())));
      }
    }
    return tests.stream();
  }
}
