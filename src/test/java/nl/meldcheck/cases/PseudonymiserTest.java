package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTest {
  @TempDir
  Path tmp;

  static final String KEY = "0123456789abcdef-sleutel";

  @Test
  void stableShortAndKeyed() throws Exception {
    Pseudonymiser a = Pseudonymiser.fromEnvironment("MELDCHECK_KEY", Map.of("MELDCHECK_KEY", KEY));
    Path keyFile = tmp.resolve("key.txt");
    Files.writeString(keyFile, KEY + "\n");
    Pseudonymiser b = Pseudonymiser.fromKeyFile(keyFile);
    String p = a.pseudonym("ZD1000");
    assertTrue(p.matches("P-[A-Z2-9]{12}"), p);
    assertEquals(p, a.pseudonym("ZD1000"));
    assertEquals(p, b.pseudonym("ZD1000"), "a trailing newline in the key file does not count");
    assertNotEquals(p, a.pseudonym("ZD1001"));
    Pseudonymiser other = Pseudonymiser.fromEnvironment("K", Map.of("K", KEY + "x"));
    assertNotEquals(p, other.pseudonym("ZD1000"));
    assertFalse(a.toString().contains(KEY));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(a.pseudonym("C-" + i));
    }
    assertEquals(100_000, seen.size());
  }

  @Test
  void shortMissingOrUnreadableKeysAreConfigErrors() throws Exception {
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> Pseudonymiser.fromEnvironment("K", Map.of("K", "kort")));
    assertTrue(e.getMessage().contains("te kort") && !e.getMessage().contains("kort\""));
    e = assertThrows(CasesConfigException.class, () -> Pseudonymiser.fromEnvironment("K", Map.of()));
    assertEquals("omgevingsvariabele K voor de pseudonimiseringssleutel is niet gezet",
        e.getMessage());
    e = assertThrows(CasesConfigException.class,
        () -> Pseudonymiser.fromKeyFile(tmp.resolve("weg.key")));
    assertTrue(e.getMessage().startsWith("weg.key: sleutelbestand"));
  }

  @Test
  void auditResultsCarryPseudonymsOnly() throws Exception {
    Path f = tmp.resolve("p.csv");
    Files.writeString(f, "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\n"
        + "GEHEIM-1;V;03-02-2025;J\nGEHEIM-1;V;31-02-2025;J\n");
    Pseudonymiser p = Pseudonymiser.fromEnvironment("K", Map.of("K", KEY));
    CaseAudit a = CaseAuditor.audit(f, CsvExportTest.mapping(),
        CaseOptions.defaults().withPseudonymiser(p).withKeepPerCase(true));
    assertFalse(a.toString().contains("GEHEIM"), a.toString());
    assertEquals(p.pseudonym("GEHEIM-1"), a.perCase().get(0).caseRef());
    assertEquals(p.pseudonym("GEHEIM-1"), a.problems().get(0).caseRef());
  }
}
