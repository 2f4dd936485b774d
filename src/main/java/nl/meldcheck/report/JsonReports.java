package nl.meldcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Function;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * The one Jackson configuration for the JSON report, shared by the writer and the reader so that
 * what {@link JsonReporter} writes, {@link #read(Reader)} reads back into an equal report.
 *
 * <p>Field names are snake_case in record declaration order; enums are their stable lower-case
 * {@code code()}; reading is strict (unknown or missing properties fail), because a baseline that
 * silently lost fields would hide new gaps.
 */
public final class JsonReports {
  /** The report schema major version this code reads; "1.x" reports are compatible. */
  private static final String SCHEMA_MAJOR = "1.";

  private static final ObjectMapper MAPPER = createMapper();

  private JsonReports() {}

  /**
   * Parses a JSON report (as written by the {@code json} reporter) back into the model.
   *
   * @throws IOException when the text is not a valid report of a compatible schema version
   */
  public static AuditReport read(Reader in) throws IOException {
    com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(in);
    if (tree == null || !tree.isObject()) {
      throw new IOException("not a JSON object");
    }
    String version = tree.path("schema_version").asText(null);
    if (version == null || !version.startsWith(SCHEMA_MAJOR)) {
      throw new IOException(
          "unsupported report schema_version '" + version + "' (expected " + SCHEMA_MAJOR + "x)");
    }
    // 1.0 and 1.1 reports predate case exports: still good baselines
    if ((version.equals("1.0") || version.equals("1.1")) && !tree.has("cases")) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree).putNull("cases");
    }
    return MAPPER.treeToValue(tree, AuditReport.class);
  }

  /** The shared, thread-safe mapper. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper createMapper() {
    SimpleModule codes = new SimpleModule("meldcheck-codes");
    addCode(codes, Outcome.class, Outcome.values(), Outcome::code);
    addCode(codes, Severity.class, Severity.values(), Severity::code);
    addCode(codes, Verdict.class, Verdict.values(), Verdict::code);
    addCode(codes, InputStatus.class, InputStatus.values(), InputStatus::code);
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .addModule(codes)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Enums travel as their code, not their constant name; the model enums are not annotated
   * because the checklist and audit packages know nothing of JSON.
   */
  private static <E extends Enum<E>> void addCode(
      SimpleModule module, Class<E> type, E[] values, Function<E, String> code) {
    module.addSerializer(
        type,
        new JsonSerializer<E>() {
          @Override
          public void serialize(E value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(code.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<E>() {
          @Override
          public E deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            String text = parser.getValueAsString();
            for (E value : values) {
              if (code.apply(value).equals(text)) {
                return value;
              }
            }
            return type.cast(
                ctxt.handleWeirdStringValue(type, text, "not a valid %s code", type.getSimpleName()));
          }
        });
  }
}
