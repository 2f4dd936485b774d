package nl.meldcheck.cases;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites {@code samples/cases/} when run as
 * {@code mvn -B -o test -Dtest=RegenerateSamples -Dmeldcheck.regenerate=true}; skipped otherwise,
 * so a normal test run never changes committed files.
 */
class RegenerateSamples {
  @Test
  @EnabledIfSystemProperty(named = "meldcheck.regenerate", matches = "true")
  void regenerate() throws Exception {
    SampleGenerator.main(new String[] {Path.of("samples", "cases").toString()});
  }
}
