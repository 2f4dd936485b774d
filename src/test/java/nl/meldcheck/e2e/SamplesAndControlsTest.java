package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real CLI over every shipped sample: its JSON is valid against the published schema. And,
 * where ../shared/corpus is present, real documents that are not meldcodes never get "voldoet".
 */
class SamplesAndControlsTest {
  static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("schema", "report-1.2.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    }
  }

  static Stream<Path> sampleDocuments() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("samples"), 2)) {
      return s.filter(p -> p.getFileName().toString().matches("(?i).+\\.(pdf|docx|doc|odt|rtf|html|txt|md)$"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleDocuments")
  void realJsonOutputIsValidAgainstTheSchema(Path sample) {
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", sample.toString(), "--format", "json", "--as-of", "2026-11-28");
    assertTrue(r.code() <= 3, "exit " + r.code() + ": " + r.err());
    List<Error> errors = schema.validate(r.out(), InputFormat.JSON);
    assertEquals(List.of(), errors, sample.toString());
  }

  @Test
  void controlsAreNeverCompliant() throws IOException {
    Path controls = Path.of("..", "shared", "corpus", "controls");
    assumeTrue(Files.isDirectory(controls), "../shared/corpus/controls is not present");
    List<Path> docs;
    try (Stream<Path> s = Files.list(controls)) {
      docs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertTrue(docs.size() >= 3);
    for (Path doc : docs) {
      CliEndToEndTest.Run r = CliEndToEndTest.run("audit", doc.toString(), "--format", "json", "--as-of", "2026-11-28");
      JsonNode report = new ObjectMapper().readTree(r.out());
      assertNotEquals("voldoet", report.get("verdict").asText(), doc + " is no meldcode");
      assertNotEquals(0, r.code(), doc + " must not pass the default gate");
    }
  }
}
