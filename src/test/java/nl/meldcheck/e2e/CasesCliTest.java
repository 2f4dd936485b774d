package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aZipBombIsExit3AndATitledCsvIsRead(@TempDir Path tmp) throws Exception {
    Path bomb = tmp.resolve("bom.xlsx");
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream f = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(f)) {
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      for (int i = 0; i < 50; i++) {
        z.write(spaces);
      }
    }
    CliEndToEndTest.Run r = CliEndToEndTest.run("cases", bomb.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("bom.xlsx: het werkboek lijkt op een zip-bom"), r.err());

    Path csv = tmp.resolve("titel.csv");
    String sample = Files.readString(Path.of("samples/cases/canonical.csv"), StandardCharsets.UTF_8);
    Files.writeString(csv, "Export dossiers 2025\r\n\r\n" + sample, StandardCharsets.UTF_8);
    CliEndToEndTest.Run t = CliEndToEndTest.run("cases", csv.toString());
    assertEquals(1, t.code(), t.err());
    CliEndToEndTest.Run plain = CliEndToEndTest.run("cases", "samples/cases/canonical.csv");
    java.util.regex.Pattern rows = java.util.regex.Pattern.compile("\\d+ rijen gelezen = \\d+\\s+beoordeeld \\+ \\d+ met problemen");
    java.util.regex.Matcher a = rows.matcher(plain.out());
    java.util.regex.Matcher b = rows.matcher(t.out());
    assertTrue(a.find() && b.find(), t.out());
    assertEquals(a.group().replaceAll("\\s+", " "), b.group().replaceAll("\\s+", " "), "the title is no case");
  }
}
