package nl.meldcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the batch chooses JIT compilers: C1 only for short runs and for the coordinating JVM, C2 kept
 * from meldcheck's orchestration code in auditing JVMs.
 */
class JitPolicyTest {
  @TempDir Path tmp;

  @Test
  void workersCompileWithC1OnlyBelowTwoThousandOrganisationsEach() {
    assertFalse(WorkerPool.shortRun(0, 1), "unknown size: a long run");
    assertTrue(WorkerPool.shortRun(1, 1));
    assertTrue(WorkerPool.shortRun(1999, 1));
    assertFalse(WorkerPool.shortRun(2000, 1));
    assertTrue(WorkerPool.shortRun(3999, 2), "two workers share the batch");
    assertFalse(WorkerPool.shortRun(5000, 2));
  }

  @Test
  void theEstimateCountsOrganisationDirectoriesOrManifestRows() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    for (String d : List.of("a", "b", "c", ".verborgen")) {
      Files.createDirectories(dir.resolve(d));
    }
    Files.writeString(dir.resolve("los-bestand.txt"), "x");
    assertEquals(3, Discovery.estimate(dir));
    Path manifest = tmp.resolve("manifest.csv");
    Files.writeString(manifest, "organisation,sector,documents\nA,onderwijs,a.pdf\n\nB,zorg,b.pdf\n",
        StandardCharsets.UTF_8);
    assertEquals(2, Discovery.estimate(manifest));
    assertEquals(0, Discovery.estimate(tmp.resolve("bestaat-niet")));
  }

  /** PrintCompilation output of the probe JVM with the given directive. */
  private static String probe(String directive) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-XX:+PrintCompilation", "-cp",
        System.getProperty("java.class.path"), JitDirectivesProbe.class.getName(), directive)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(out.contains("directive added: true"), out);
    return out;
  }

  /** PrintCompilation: "  timestamp  id  flags  tier  method"; true when {@code method} got that tier. */
  private static boolean compiledAt(String out, int tier, String method) {
    return out.lines().anyMatch(l -> l.matches("\\s*\\d+\\s+\\d+\\s+[%sbn! ]*" + tier + "\\s+\\S*"
        + java.util.regex.Pattern.quote(method) + ".*"));
  }

  @Test
  void theCoordinatorsDirectiveKeepsAllHotMethodsFromC2() throws Exception {
    String out = probe("coordinator");
    for (String m : List.of("JitDirectivesProbe::hot", "HotProbe::hot")) {
      // the hot loop is compiled (C1 at tier 1 takes over), and C2 is refused for it
      assertTrue(out.lines().anyMatch(l -> l.contains(m) && l.contains("excluded")), out);
      assertTrue(compiledAt(out, 1, m), out);
      assertFalse(compiledAt(out, 4, m), "no tier-4 compile of " + m + ":\n" + out);
    }
  }

  @Test
  void theAuditorsDirectiveKeepsC2ForTheMatchingPackage() throws Exception {
    String out = probe("auditor");
    assertTrue(compiledAt(out, 1, "JitDirectivesProbe::hot"), out);
    assertFalse(compiledAt(out, 4, "JitDirectivesProbe::hot"), "batch package is excluded:\n" + out);
    assertTrue(compiledAt(out, 4, "HotProbe::hot"), "match package keeps C2:\n" + out);
  }
}
