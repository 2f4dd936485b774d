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

/** How the batch chooses JIT compilers: C1 only for short runs and for the coordinating JVM. */
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

  @Test
  void theDirectiveKeepsHotMethodsFromC2InAJvmOfItsOwn() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-XX:+PrintCompilation", "-cp",
        System.getProperty("java.class.path"), CoordinatorJitProbe.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(out.contains("directive added: true"), out);
    // the hot loop is compiled (C1), and C2 is refused for it
    assertTrue(out.lines().anyMatch(l -> l.contains("CoordinatorJitProbe::hot") && l.contains("excluded")), out);
    // PrintCompilation: "  timestamp  id  flags  tier  method"; tier 1 (C1 without profiling) takes over
    assertTrue(out.lines().anyMatch(l -> l.matches("\\s*\\d+\\s+\\d+\\s+[%sbn! ]*1\\s+\\S*CoordinatorJitProbe::hot.*")), out);
    assertFalse(out.lines().anyMatch(l -> l.matches("\\s*\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+\\S*CoordinatorJitProbe::hot.*")),
        "no tier-4 compile of the hot loop:\n" + out);
  }
}
