package nl.meldcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the architecture page, checked on the sources: one-way dependencies
 * between pipeline stages, and each library imported by its one package only.
 */
class LayeringTest {
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

  /** Which nl.meldcheck packages each package may import. */
  private static final Map<String, List<String>> ALLOWED = Map.of(
      "document", List.of(),
      "match", List.of("document"),
      "checklist", List.of("document", "match"),
      "cases", List.of("checklist"),
      "scoring", List.of("checklist"),
      "audit", List.of("document", "match", "checklist", "scoring", "cases"),
      "report", List.of("audit", "checklist"),
      "batch", List.of("document", "match", "checklist", "scoring", "audit", "report", "cases"),
      "cli", List.of("document", "match", "checklist", "scoring", "audit", "report", "batch", "cases"));

  /** Libraries and the only packages that may import them. */
  private static final Map<String, List<String>> LIBRARIES = Map.of(
      "org.apache.tika", List.of("document"),
      // report writes the XLSX format (XlsxReporter/XlsxSheets only); it never reads documents with POI
      // batch writes summary.xlsx with the streaming SXSSF writer
      "org.apache.poi", List.of("document", "cases", "report", "batch"),
      // case exports and the batch manifest are CSV
      "org.apache.commons.csv", List.of("cases", "batch"),
      "picocli", List.of("cli"),
      "org.tartarus", List.of("match"));

  @Test
  void dependenciesPointOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    Path root = Path.of("src", "main", "java", "nl", "meldcheck");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        if (pkg.endsWith(".java")) {
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String imp = m.group(1);
          if (imp.startsWith("nl.meldcheck.")) {
            String target = imp.substring("nl.meldcheck.".length()).split("\\.")[0];
            boolean ok = target.equals(pkg) || ALLOWED.getOrDefault(pkg, List.of()).contains(target);
            // reports may use the checklist's enums (Outcome, Severity, Lang), never its loader
            if (ok && pkg.equals("report") && target.equals("checklist")) {
              ok = imp.matches("nl\\.meldcheck\\.checklist\\.(Outcome|Severity|Lang)");
            }
            // case checks share the checklist's value types (and its 'did you mean'), not its loader
            if (ok && pkg.equals("cases") && target.equals("checklist")) {
              ok = imp.matches("nl\\.meldcheck\\.checklist\\.(Outcome|Severity|Lang|Text|Suggest)");
            }
            if (!ok) {
              violations.add(root.relativize(f) + " imports " + imp);
            }
          }
          // within report, POI is for the spreadsheet writer alone
          if (imp.startsWith("org.apache.poi.") && pkg.equals("report")
              && !f.getFileName().toString().startsWith("Xlsx")) {
            violations.add(root.relativize(f) + " imports " + imp + " (in report only Xlsx* may)");
          }
          for (Map.Entry<String, List<String>> lib : LIBRARIES.entrySet()) {
            if (imp.startsWith(lib.getKey() + ".") && !lib.getValue().contains(pkg)) {
              violations.add(root.relativize(f) + " imports " + imp + " (only " + lib.getValue() + " may)");
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
