package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.audit.InputInfo;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReporterTest {
  private static final Path SCHEMA = Path.of("src", "test", "resources", "schemas", "sarif-schema-2.1.0.json");
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = registry.getSchema(in, InputFormat.JSON);
    }
  }

  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.sarif", CannedReports.withCases()),
        Arguments.of("full.sarif", CannedReports.full()),
        Arguments.of("text-input.sarif", textInput()),
        Arguments.of("empty.sarif", CannedReports.empty()),
        Arguments.of("unreadable.sarif", CannedReports.unreadable()));
  }

  static List<Error> validate(String sarif) {
    return schema.validate(sarif, InputFormat.JSON);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGoldenAndTheOfficialSchema(String golden, AuditReport report) throws IOException {
    String sarif = Render.with(new SarifReporter(), report);
    Golden.assertGolden(golden, sarif);
    assertEquals(List.of(), validate(sarif));
  }

  @Test
  void theSchemaCatchesWhatDashboardsWouldReject() {
    String sarif = Render.with(new SarifReporter(), CannedReports.full());
    assertTrue(sarif.contains("\"level\": \"warning\"") && sarif.contains("\"kind\": \"external\""));
    assertFalse(validate(sarif.replace("\"level\": \"warning\"", "\"level\": \"severe\"")).isEmpty());
    assertFalse(validate(sarif.replace("\"kind\": \"external\"", "\"kind\": \"waiver\"")).isEmpty());
    assertFalse(validate(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.2\"")).isEmpty());
  }

  @Test
  void rulesCarryCriterionMetadataAndResultsOnlyWhatNeedsWork() throws IOException {
    JsonNode run = new ObjectMapper().readTree(Render.with(new SarifReporter(), CannedReports.full())).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals(12, rules.size());
    JsonNode meldnorm = rules.get(7);
    assertEquals("AFW-MELDNORM", meldnorm.get("id").asText());
    assertEquals("major", meldnorm.at("/properties/severity").asText());
    assertEquals("afweging", meldnorm.at("/properties/area").asText());
    assertEquals(3.0, meldnorm.at("/properties/weight").asDouble());
    assertTrue(meldnorm.at("/help/text").asText().startsWith("Leg vast dat"));
    JsonNode results = run.get("results");
    assertEquals(List.of("STAP-2-CONSULTATIE", "AFW-KADER", "AFW-MELDNORM", "ORG-MONITORING"),
        results.findValuesAsText("ruleId"));
    assertEquals(List.of("warning", "note", "warning", "note"), results.findValuesAsText("level"));
    JsonNode partial = results.get(0).at("/locations/0");
    assertEquals(4, partial.at("/properties/page").asInt());
    assertEquals("Stap 2 > Collegiale consultatie", partial.at("/properties/section").asText());
    assertEquals("samples/meldcode-kinderopvang.pdf", partial.at("/physicalLocation/artifactLocation/uri").asText());
    JsonNode waived = results.get(3);
    assertEquals("external", waived.at("/suppressions/0/kind").asText());
    assertTrue(waived.at("/suppressions/0/justification").asText().startsWith("Vrijgesteld tot 2025-06-30"));
    assertEquals("ORG-ACTUEEL", run.at("/invocations/0/toolExecutionNotifications/0/associatedRule/id").asText());
  }

  @Test
  void textInputsGetLineRegionsAndACriticalFailIsAnError() throws IOException {
    JsonNode result = new ObjectMapper().readTree(Render.with(new SarifReporter(), textInput())).at("/runs/0/results/0");
    assertEquals("error", result.get("level").asText());
    assertEquals(7, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertTrue(result.at("/locations/0/properties").isMissingNode());
    assertEquals("beleid/meldcode%20versie%202.md", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void anUnreadableInputIsAToolNotificationNotAFinding() throws IOException {
    JsonNode run = new ObjectMapper().readTree(Render.with(new SarifReporter(), CannedReports.unreadable())).at("/runs/0");
    assertEquals(0, run.get("results").size());
    assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText().startsWith("encrypted: "));
  }

  /** A Markdown document where a critical criterion fails with a quote on line 7. */
  static AuditReport textInput() {
    AuditReport empty = CannedReports.empty();
    AuditReport md = new AuditReport(empty.schemaVersion(), empty.tool(), empty.toolVersion(), empty.generatedAt(),
        empty.lang(), new InputInfo("beleid/meldcode versie 2.md", "md", InputStatus.OK, "", 0, 9, 800, "ab12"),
        empty.checklist(), empty.sector(), empty.asOf(), empty.verdict(), empty.score(), empty.areas(),
        List.of(), empty.fixes(), empty.counts(), empty.warnings());
    return CannedReports.withResults(md, List.of(new CriterionResult("STAP-3-GESPREK", "Gesprek met de betrokkene",
        "stappen", Severity.CRITICAL, 5, Outcome.FAIL, 0, "Besluit verplichte meldcode art. 2",
        "een gesprek met de betrokkene", List.of(), List.of("gesprek"),
        List.of(new EvidenceItem("We melden zonder gesprek.", 0, List.of("Stap 3"), 7, 120, 145, "gesprek",
            "gesprek", "negated")),
        List.of(), "Beschrijf het gesprek met de betrokkene.")));
  }
}
