package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as a user does. Guards the fat-jar pitfall: without Tika's merged service
 * files every parse silently yields 0 characters.
 */
class FatJarIT {
  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("meldcheck.jar", "target/meldcheck-0.1.0-all.jar"));
    assertTrue(Files.isRegularFile(jar), "fat jar missing: " + jar);
  }

  record Proc(int code, String out, String err) {}

  static Proc java(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar timed out");
    return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void jarReadsDocxAndPdf() throws Exception {
    for (Path f : List.of(Fixtures.docx(dir), Fixtures.pdf(dir, "meldcode.pdf", null))) {
      Proc p = java("audit", f.toString(), "--format", "json", "--as-of", "2026-11-28");
      assertTrue(p.code() == 0 || p.code() == 1, f + ": exit " + p.code() + "\n" + p.err());
      JsonNode report = new ObjectMapper().readTree(p.out());
      assertEquals("ok", report.at("/input/status").asText(), p.out());
      assertTrue(report.at("/input/characters").asInt() > 200, "text extracted from " + f + ": " + report.get("input"));
      assertEquals("", p.err().strip(), "nothing on stderr");
    }
  }

  @Test
  void versionIsQuick() throws Exception {
    Proc p = java("--version");
    assertEquals(0, p.code());
    assertTrue(p.out().startsWith("meldcheck 0."), p.out());
  }
}
