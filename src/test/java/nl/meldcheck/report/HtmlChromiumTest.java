package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads the HTML reports in headless Chromium (Debian's {@code chromium}) and checks the browser
 * logs nothing to the console: no script error, no Content-Security-Policy refusal (which would
 * mean the inline script's hash is stale), and that the filter script ran. Skipped where Chromium
 * is not installed.
 */
class HtmlChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path dir;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
  }

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("full", CannedReports.full(), true),
        Arguments.of("cases", CannedReports.withCases(), true),
        Arguments.of("full-en", CannedReports.fullEnglish(), true),
        Arguments.of("empty", CannedReports.empty(), true),
        Arguments.of("unreadable", CannedReports.unreadable(), false),
        Arguments.of("hostile", HostileReport.report(), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void loadsWithoutConsoleErrors(String name, AuditReport report, boolean hasFilters) throws Exception {
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, Render.with(new HtmlReporter(), report), StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(dir, "profile");
    Path dom = dir.resolve(name + ".dom.html");
    Path log = dir.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
        page.toUri().toString()));
    Process chromium = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    assertTrue(chromium.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, chromium.exitValue(), () -> read(log));
    List<String> console = read(log).lines().filter(l -> l.contains(":CONSOLE")).toList();
    assertEquals(List.of(), console);
    String rendered = read(dom);
    assertTrue(rendered.contains("</main>"), "the page was rendered");
    if (hasFilters) {
      assertTrue(rendered.matches("(?s).*<output id=\"filter-count\" aria-live=\"polite\">\\d+ \\S+ \\d+ [^<]+</output>.*"),
          "the filter script ran");
    }
    assertTrue(!rendered.contains("alert(1)</script>"), "no injected script element");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
