package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code meldcheck cases} through the real entry point on the shipped synthetic exports. */
class CasesCliTest {
  @Test
  void ratesForEachShippedExport() {
    for (String system : new String[] {"canonical", "zorgdossier", "leerlingvolg"}) {
      for (String ext : new String[] {"csv", "xlsx"}) {
        CliEndToEndTest.Run r = CliEndToEndTest.run("cases", "samples/cases/" + system + "." + ext, "--mapping", system);
        assertEquals(1, r.code(), "the samples plant failures of critical case criteria: " + r.err());
        assertTrue(r.out().contains("rijen gelezen") && r.out().contains("CASE-MELDNORM"), r.out());
      }
    }
  }

  @Test
  void badInputsAndOptions() {
    assertEquals(3, CliEndToEndTest.run("cases", "samples/thuiszorg-de-linde/meldcode.docx").code());
    CliEndToEndTest.Run m = CliEndToEndTest.run("cases", "samples/cases/canonical.csv", "--mapping", "nietbestaand");
    assertEquals(2, m.code());
    assertTrue(m.err().contains("zorgdossier"), m.err());
    CliEndToEndTest.Run col = CliEndToEndTest.run("cases", "samples/cases/zorgdossier.csv", "--mapping", "canonical");
    assertEquals(2, col.code(), "a mapped column missing from the export is a configuration error");
    assertTrue(col.err().contains("zorgdossier.csv"), col.err());
  }
}
