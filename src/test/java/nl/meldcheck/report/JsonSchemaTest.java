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
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.ChecklistInfo;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.audit.Fix;
import nl.meldcheck.audit.InputInfo;
import nl.meldcheck.audit.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schema accepts what the reporter writes, rejects what it never writes, and matches the model. */
class JsonSchemaTest {
  private static final Path SCHEMA = Path.of("schema", "report-1.2.schema.json");
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = registry.getSchema(in, InputFormat.JSON);
    }
  }

  static List<AuditReport> reports() {
    return List.of(CannedReports.full(), CannedReports.fullEnglish(), CannedReports.empty(),
        CannedReports.unreadable());
  }

  @ParameterizedTest
  @MethodSource("reports")
  void reporterOutputIsValid(AuditReport report) {
    List<Error> errors = schema.validate(Render.json(report), InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @Test
  void anUnknownOutcomeIsRejected() {
    String broken = Render.json(CannedReports.full()).replace("\"outcome\": \"pass\"", "\"outcome\": \"maybe\"");
    List<Error> errors = schema.validate(broken, InputFormat.JSON);
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).getInstanceLocation().toString().contains("outcome"), errors.toString());
  }

  @Test
  void extraAndMissingPropertiesAreRejected() {
    String json = Render.json(CannedReports.empty());
    String extra = json.replace("\"quote\"", "\"colour\": 1, \"quote\"")
        .replace("\"tool\": \"meldcheck\",", "\"tool\": \"meldcheck\", \"colour\": \"red\",");
    String missing = json.replace("\"verdict\": \"niet_beoordeeld\",", "");
    String badCount = json.replace("\"not_applicable\": 2", "\"maybe\": 2");
    assertFalse(schema.validate(extra, InputFormat.JSON).isEmpty());
    assertFalse(schema.validate(missing, InputFormat.JSON).isEmpty());
    assertFalse(schema.validate(badCount, InputFormat.JSON).isEmpty());
  }

  /** Every object in the schema lists exactly the model's components, all required, nothing else allowed. */
  @Test
  void schemaMatchesTheModelRecords() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
    Map<JsonNode, Class<?>> objects = Map.ofEntries(
        Map.entry(root, AuditReport.class),
        Map.entry(root.at("/$defs/cases"), nl.meldcheck.audit.CaseSection.class),
        Map.entry(root.at("/$defs/case_export"), nl.meldcheck.audit.CaseSection.Export.class),
        Map.entry(root.at("/$defs/case_problem"), nl.meldcheck.audit.CaseSection.ReadProblem.class),
        Map.entry(root.at("/$defs/case_rate"), nl.meldcheck.audit.CaseSection.Rate.class),
        Map.entry(root.at("/$defs/case_lead_time"), nl.meldcheck.audit.CaseSection.LeadTime.class),
        Map.entry(root.at("/$defs/case_row"), nl.meldcheck.audit.CaseSection.CaseRow.class),
        Map.entry(new ObjectMapper().readTree(Path.of("schema", "cases-1.2.schema.json").toFile()),
            nl.meldcheck.audit.CasesReport.class),
        Map.entry(root.at("/$defs/input"), InputInfo.class),
        Map.entry(root.at("/$defs/checklist"), ChecklistInfo.class),
        Map.entry(root.at("/$defs/score"), Score.class),
        Map.entry(root.at("/$defs/area"), AreaScore.class),
        Map.entry(root.at("/$defs/result"), CriterionResult.class),
        Map.entry(root.at("/$defs/evidence"), EvidenceItem.class),
        Map.entry(root.at("/$defs/fix"), Fix.class));
    objects.forEach((node, type) -> {
      List<String> components = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        components.add(JsonReporterTest.snake(component.getName()));
      }
      List<String> properties = new ArrayList<>();
      node.get("properties").fieldNames().forEachRemaining(properties::add);
      List<String> required = new ArrayList<>();
      node.get("required").forEach(n -> required.add(n.asText()));
      assertEquals(components, properties, type.getSimpleName());
      assertEquals(components, required, type.getSimpleName());
      assertFalse(node.get("additionalProperties").asBoolean(true), type.getSimpleName());
    });
  }

  @Test
  void schemaEnumsAreTheModelCodes() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
    assertEquals(codes(nl.meldcheck.checklist.Outcome.values()), strings(root.at("/$defs/outcome/enum")));
    assertEquals(codes(nl.meldcheck.checklist.Outcome.values()),
        new TreeSet<>(iterable(root.at("/$defs/counts/properties"))));
    assertEquals(codes(nl.meldcheck.audit.Verdict.values()), strings(root.at("/properties/verdict/enum")));
    assertEquals(codes(nl.meldcheck.audit.InputStatus.values()), strings(root.at("/$defs/input/properties/status/enum")));
    assertEquals(codes(nl.meldcheck.checklist.Severity.values()), strings(root.at("/$defs/result/properties/severity/enum")));
  }

  private static TreeSet<String> codes(Enum<?>[] values) {
    TreeSet<String> codes = new TreeSet<>();
    for (Enum<?> value : values) {
      codes.add(value.name().toLowerCase(java.util.Locale.ROOT));
    }
    return codes;
  }

  private static TreeSet<String> strings(JsonNode array) {
    TreeSet<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> iterable(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
