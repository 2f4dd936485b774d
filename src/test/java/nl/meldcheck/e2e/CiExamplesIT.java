package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of the CI examples in docs/ci (the ones the README shows) against a template
 * repository made here, with the built jar as the "release jar": the audit step, the gate and the
 * GitLab script. Steps that need the hosting service (SARIF upload, PR comments) are not run.
 */
class CiExamplesIT {
  @TempDir Path repo;
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  Path jar() {
    return Path.of(System.getProperty("meldcheck.jar", "target/meldcheck-0.1.0-all.jar")).toAbsolutePath();
  }

  /** A template repository whose accepted baseline is the report on {@code accepted}. */
  void template(Path accepted, Path current) throws Exception {
    Files.copy(accepted, repo.resolve("meldcode.docx"));
    int code = bash("java -jar \"$MELDCHECK_RELEASE_JAR\" audit meldcode.docx --sector onderwijs"
        + " --format json=meldcheck-baseline.json", Map.of());
    assertTrue(code == 0 || code == 1, "baseline made");
    Files.copy(current, repo.resolve("meldcode.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  int bash(String script, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(repo.toFile())
        .redirectOutput(repo.resolve("stdout.txt").toFile()).redirectError(repo.resolve("stderr.txt").toFile());
    pb.environment().put("MELDCHECK_RELEASE_JAR", jar().toString());
    pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out");
    return p.exitValue();
  }

  int githubJob() throws Exception {
    JsonNode job = YAML.readTree(Path.of("docs/ci/github-actions.yml").toFile()).at("/jobs/meldcheck");
    String jarPath = job.at("/env/MELDCHECK_JAR").asText().replace("${{ github.workspace }}", repo.toString());
    Path output = repo.resolve("github-output.txt");
    Files.writeString(output, "");
    Map<String, String> env = Map.of("MELDCHECK_JAR", jarPath, "GITHUB_OUTPUT", output.toString());
    int gate = -1;
    for (JsonNode step : job.get("steps")) {
      String name = step.path("name").asText();
      if (!step.has("run") || name.startsWith("Comment")) {
        continue; // hosted actions and the PR comment need GitHub itself
      }
      String run = step.get("run").asText();
      if (name.equals("Gate")) {
        String exit = Files.readString(output).replaceAll("(?s).*exit=(\\d+).*", "$1");
        run = run.replace("${{ steps.audit.outputs.exit }}", exit);
      }
      int code = bash(run, env);
      if (name.equals("Gate")) {
        gate = code;
      } else {
        assertEquals(0, code, name + ": " + Files.readString(repo.resolve("stderr.txt")));
      }
    }
    return gate;
  }

  @Test
  void githubActionsJobPassesOnTheAcceptedTemplateAndFailsOnANewGap() throws Exception {
    Path good = Path.of("samples/basisschool-de-regenboog/meldcode.docx");
    template(good, good);
    assertEquals(0, githubJob(), "no new findings against the accepted baseline");
    for (String f : List.of("meldcheck.md", "meldcheck.sarif", "meldcheck-junit.xml", "meldcheck.json")) {
      assertTrue(Files.size(repo.resolve(f)) > 0, f);
    }
    Path worse = Fixtures.docx(Files.createTempDirectory(repo, "worse"));
    Files.copy(worse, repo.resolve("meldcode.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(1, githubJob(), "a change that opens a new gap fails the gate");
  }

  @Test
  void gitlabJobPassesOnTheAcceptedTemplate() throws Exception {
    Path good = Path.of("samples/basisschool-de-regenboog/meldcode.docx");
    template(good, good);
    JsonNode job = YAML.readTree(Path.of("docs/ci/gitlab-ci.yml").toFile()).get("meldcheck");
    List<String> lines = new ArrayList<>();
    job.get("before_script").forEach(l -> lines.add(l.asText()));
    job.get("script").forEach(l -> lines.add(l.asText()));
    String jarPath = job.at("/variables/MELDCHECK_JAR").asText().replace("$CI_PROJECT_DIR", repo.toString());
    int code = bash(String.join("\n", lines), Map.of("MELDCHECK_JAR", jarPath, "CI_PROJECT_DIR", repo.toString()));
    assertEquals(0, code, Files.readString(repo.resolve("stderr.txt"), StandardCharsets.UTF_8));
    for (String f : List.of("meldcheck.md", "meldcheck.sarif", "meldcheck-junit.xml", "meldcheck.html")) {
      assertTrue(Files.size(repo.resolve(f)) > 0, f);
    }
  }
}
