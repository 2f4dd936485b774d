package nl.meldcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in checklists/invalid/ must be rejected with exactly the problems its header lists
 * ({@code # expect: line:col: message}, or {@code other.yaml:line:col: message} for a problem in
 * a file it extends), in order. Files under invalid/parts/ are helpers that others extend.
 */
class InvalidChecklistsTest {
  static final Path DIR = Paths.get("src/test/resources/checklists/invalid");
  private static final String EXPECT = "# expect: ";

  @TestFactory
  Stream<DynamicTest> invalidChecklistsAreRejectedWithTheirMessages() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      List<String> expected = expectations(p);
      ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(p));
      List<String> actual = new ArrayList<>();
      for (String problem : e.problems()) {
        actual.add(relative(p, problem));
      }
      assertFalse(expected.isEmpty(), p + " has no '# expect:' lines; actual:\n" + String.join("\n", actual));
      assertEquals(String.join("\n", expected), String.join("\n", actual));
      assertEquals(String.join("\n", e.problems()), e.getMessage());
    }));
  }

  static List<String> expectations(Path p) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.startsWith(EXPECT)) {
        out.add(line.substring(EXPECT.length()));
      }
    }
    Path side = p.resolveSibling(p.getFileName() + ".expect");
    if (Files.exists(side)) {
      out.addAll(Files.readAllLines(side, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList());
    }
    return out;
  }

  /** "src/.../invalid/x.yaml:3:1: m" becomes "3:1: m"; a problem in parts/y.yaml keeps "parts/y.yaml:". */
  static String relative(Path file, String problem) {
    String dir = DIR.toString() + java.io.File.separator;
    String s = problem.startsWith(dir) ? problem.substring(dir.length()) : problem;
    String own = file.getFileName() + ":";
    return s.startsWith(own) ? s.substring(own.length()) : s.replace(java.io.File.separatorChar, '/');
  }

  @Test
  void missingFileIsAProblemWithItsName() {
    ChecklistException e = assertThrows(ChecklistException.class,
        () -> ChecklistLoader.load(DIR.resolve("bestaat-niet.yaml")));
    assertEquals(List.of(DIR.resolve("bestaat-niet.yaml") + ":1:1: file not found"), e.problems());
  }

  @Test
  void unknownBuiltInNamesTheBuiltIns() {
    ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.builtIn("basiss"));
    assertEquals(List.of("checklists/basiss.yaml:1:1: no built-in checklist 'basiss' (did you mean 'basis'?); "
        + "built-in: basis"), e.problems());
    ChecklistException r = assertThrows(ChecklistException.class, () -> ChecklistLoader.resolve("onbekend"));
    assertEquals(List.of("onbekend:1:1: no built-in checklist 'onbekend'; built-in: basis, and no file by that name"),
        r.problems());
  }
}
