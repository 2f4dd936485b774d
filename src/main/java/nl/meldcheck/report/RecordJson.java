package nl.meldcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the report model as JSON through Jackson's streaming generator: records become objects
 * with snake_case keys in declaration order, enums their {@code code()}, maps sorted by key.
 *
 * <p>Why not ObjectMapper: data binding loads some 400 classes, about 150 ms of a one-document
 * run's cold start (measured with scripts/bench); the streaming generator is the same serializer
 * underneath. Reading a report back ({@link JsonReports#read}) still uses data binding.
 */
final class RecordJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private RecordJson() {}

  static void write(Object value, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(prettyPrinter());
      value(g, value);
    }
  }

  /** Pretty printing with two spaces, '\n' on every platform and "key" : value spacing. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Enum<?> e) {
      g.writeString(code(e));
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v.getClass().isRecord()) {
      g.writeStartObject();
      for (Field f : FIELDS.get(v.getClass())) {
        g.writeFieldName(f.name());
        value(g, invoke(f.accessor(), v));
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
    }
  }

  /** A record component as written: its snake_case key and accessor. */
  private record Field(String name, Method accessor) {}

  /**
   * Components per record class, looked up once: getRecordComponents() builds new arrays on every
   * call, and a batch writes thousands of reports (profiled: ~2 ms of JSON per report before).
   */
  private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
    @Override
    protected Field[] computeValue(Class<?> type) {
      RecordComponent[] rcs = type.getRecordComponents();
      Field[] out = new Field[rcs.length];
      for (int i = 0; i < rcs.length; i++) {
        Method m = rcs[i].getAccessor();
        m.setAccessible(true);
        out[i] = new Field(snake(rcs[i].getName()), m);
      }
      return out;
    }
  };

  /** Each enum class's {@code code()} method, or null when it has none; looked up once per class. */
  private static final ClassValue<Method> CODE = new ClassValue<>() {
    @Override
    protected Method computeValue(Class<?> type) {
      try {
        Method m = type.getMethod("code");
        return m.getReturnType() == String.class ? m : null;
      } catch (NoSuchMethodException e) {
        return null;
      }
    }
  };

  private static String code(Enum<?> e) {
    Method m = CODE.get(e.getDeclaringClass());
    if (m == null) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    try {
      return (String) m.invoke(e);
    } catch (ReflectiveOperationException x) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /** camelCase to snake_case, as Jackson's SNAKE_CASE strategy: "passMark" → "pass_mark". */
  static String snake(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
