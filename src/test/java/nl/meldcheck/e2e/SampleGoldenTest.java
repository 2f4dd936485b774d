package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text report and exit code of the real CLI on shipped samples, so a change anywhere in
 * the pipeline (reading, matching, checklist, scoring, layout) shows up as a reviewable diff.
 * Rewrite with {@code -Dgolden.update=true} after checking the diff.
 */
class SampleGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "e2e");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "thuiszorg-de-linde,            samples/thuiszorg-de-linde/meldcode.docx,          zorg,         nl, 0",
    "welzijn-oostpoort,             samples/welzijn-oostpoort/meldcode.pdf,            wmo,          nl, 1",
    "psychologenpraktijk-de-vries,  samples/psychologenpraktijk-de-vries/meldcode.md,  ggz,          en, 0",
  })
  void textReportIsStable(String name, String file, String sector, String lang, int exit) throws IOException {
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", file, "--sector", sector, "--lang", lang, "--as-of", "2026-11-28");
    assertEquals(exit, r.code(), r.err());
    // the version line changes with every release; the rest must not change by accident
    String actual = r.out().replaceFirst("^meldcheck \\S+", "meldcheck VERSION");
    Path golden = DIR.resolve(name + ".expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), golden + " is missing; create it with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden " + golden);
  }
}
