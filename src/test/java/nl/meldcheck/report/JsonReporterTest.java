package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReporterTest {
  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.json", CannedReports.withCases()),
        Arguments.of("expected.json", CannedReports.full()),
        Arguments.of("empty.json", CannedReports.empty()),
        Arguments.of("unreadable.json", CannedReports.unreadable()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGolden(String golden, AuditReport report) throws IOException {
    Golden.assertGolden(golden, Render.json(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void roundTripsToAnEqualReport(String golden, AuditReport report) throws IOException {
    AuditReport back = JsonReports.read(new StringReader(Render.json(report)));
    assertEquals(report, back);
    assertEquals(Render.json(report), Render.json(back));
  }

  @Test
  void isPrettyPrintedWithUnixNewlinesAndATrailingNewline() {
    String json = Render.json(CannedReports.full());
    assertFalse(json.contains("\r"));
    assertTrue(json.startsWith("{\n  \"schema_version\": \"1.2\",\n  \"tool\": \"meldcheck\",\n"));
    assertTrue(json.endsWith("}\n") && !json.endsWith("}\n\n"));
    assertTrue(json.contains("\"warnings\": []") || json.contains("\"warnings\": [\n"));
  }

  @Test
  void writesEnumsAsLowerCaseCodes() {
    String json = Render.json(CannedReports.full());
    assertTrue(json.contains("\"verdict\": \"voldoet_deels\""));
    assertTrue(json.contains("\"outcome\": \"not_applicable\""));
    assertTrue(json.contains("\"severity\": \"critical\""));
    assertTrue(json.contains("\"status\": \"ok\""));
    assertFalse(json.contains("NOT_APPLICABLE"));
  }

  @Test
  void writesSnakeCaseFieldsInRecordDeclarationOrder() throws IOException {
    Map<String, Object> top =
        new ObjectMapper()
            .readValue(Render.json(CannedReports.full()), new TypeReference<LinkedHashMap<String, Object>>() {});
    List<String> expected = new ArrayList<>();
    for (RecordComponent component : AuditReport.class.getRecordComponents()) {
      expected.add(snake(component.getName()));
    }
    assertEquals(expected, new ArrayList<>(top.keySet()));
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = Render.json(CannedReports.full());
      Locale.setDefault(Locale.US);
      assertEquals(german, Render.json(CannedReports.full()));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void readRejectsAnUnknownOutcome() {
    String broken = Render.json(CannedReports.full()).replace("\"outcome\": \"pass\"", "\"outcome\": \"maybe\"");
    IOException e = assertThrows(IOException.class, () -> JsonReports.read(new StringReader(broken)));
    assertTrue(e.getMessage().contains("maybe"), e.getMessage());
  }

  @Test
  void readRejectsUnknownAndMissingFields() {
    String json = Render.json(CannedReports.empty());
    String extra = json.replace("\"tool\": \"meldcheck\",", "\"tool\": \"meldcheck\", \"colour\": \"red\",");
    String missing = json.replace("\"tool\": \"meldcheck\",", "");
    assertThrows(IOException.class, () -> JsonReports.read(new StringReader(extra)));
    assertThrows(IOException.class, () -> JsonReports.read(new StringReader(missing)));
  }

  @Test
  void readsA11ReportFromBeforeCaseExportsAsABaseline() throws IOException {
    try (java.io.Reader in = java.nio.file.Files.newBufferedReader(
        java.nio.file.Path.of("src/test/resources/report/report-1.1.json"))) {
      AuditReport old = JsonReports.read(in);
      assertEquals("1.1", old.schemaVersion());
      assertEquals(null, old.cases());
      assertEquals(CannedReports.full().results().size(), old.results().size());
    }
  }

  @Test
  void readRejectsAnotherSchemaMajorVersion() {
    String json = Render.json(CannedReports.empty()).replace("\"schema_version\": \"1.2\"", "\"schema_version\": \"2.0\"");
    IOException e = assertThrows(IOException.class, () -> JsonReports.read(new StringReader(json)));
    assertTrue(e.getMessage().contains("2.0"));
  }

  @Test
  void controlCharactersFromDocumentsAreEscapedNotLost() throws IOException {
    String json = Render.json(TextReporterTest.withQuote(CannedReports.full(), "\u001b[31mrood"));
    assertFalse(json.contains("\u001b"));
    assertTrue(json.contains("\\u001B[31mrood"));
  }

  static String snake(String camel) {
    return new PropertyNamingStrategies.SnakeCaseStrategy().translate(camel);
  }
}
