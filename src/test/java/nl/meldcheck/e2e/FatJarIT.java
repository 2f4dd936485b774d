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

  @Test
  void batchStoppedBySigtermKeepsFinishedRowsAndLeavesNoWorkerBehind() throws Exception {
    Path in = dir.resolve("stop-in");
    int n = 60;
    for (int i = 0; i < n; i++) {
      Path org = Files.createDirectories(in.resolve(String.format("org-%02d", i)));
      // the 44-page sample: enough work that the batch is still running when it is stopped
      Files.copy(Path.of("samples/zorggroep-rivierenland/meldcode.pdf"), org.resolve("meldcode.pdf"));
    }
    Path out = dir.resolve("stop-out");
    Path tmp = Files.createDirectories(dir.resolve("stop-tmp"));
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(), "batch", in.toString(), "--out", out.toString(),
        "--jobs", "2", "--as-of", "2026-11-28");
    Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("stop-out.txt").toFile())
        .redirectError(dir.resolve("stop-err.txt").toFile()).start();
    Path results = out.resolve("results.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline
        && !(Files.isRegularFile(results) && Files.readAllLines(results).size() >= 3)) {
      Thread.sleep(50);
    }
    List<ProcessHandle> workers = p.descendants().toList();
    assertTrue(!workers.isEmpty(), "no worker process was started");
    p.destroy(); // SIGTERM: the same shutdown path as Ctrl-C
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "batch did not stop");
    String err = Files.readString(dir.resolve("stop-err.txt"), StandardCharsets.UTF_8);
    assertTrue(p.exitValue() == 143 || p.exitValue() == 130, "exit " + p.exitValue() + "\n" + err);
    int done = Files.readAllLines(results).size();
    assertTrue(done >= 3 && done < n, done + " rows");
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertEquals(n + 1, summary.size(), "every organisation once in the summary");
    assertEquals(n - done, summary.stream().filter(l -> l.contains("not_run")).count(), String.join("\n", summary));
    for (ProcessHandle w : workers) {
      w.onExit().get(10, TimeUnit.SECONDS);
    }
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("meldcheck-workers-")).toList());
    }
    assertTrue(!err.contains("\tat ") && !err.contains("Exception"), err);
  }
}
