package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report format through the real CLI in one run, and the binary format kept off stdout. */
class ReportFormatsCliTest {
  @TempDir static Path dir;
  static Path markdown;

  @BeforeAll
  static void fixtures() throws IOException {
    markdown = Fixtures.markdown(dir);
  }

  @Test
  void allFormatsInOneRunEachToItsFile() throws IOException {
    Path out = dir.resolve("out");
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", markdown.toString(), "--as-of", "2026-11-28",
        "--format", "html=" + out.resolve("r.html"), "--format", "md=" + out.resolve("r.md"),
        "--format", "junit=" + out.resolve("r.xml"), "--format", "sarif=" + out.resolve("r.sarif"),
        "--format", "csv=" + out.resolve("r.csv"), "--format", "xlsx=" + out.resolve("r.xlsx"),
        "--format", "json");
    assertTrue(r.code() == 0 || r.code() == 1, "exit " + r.code() + " " + r.err());
    assertTrue(r.out().startsWith("{"), "json on stdout");
    assertTrue(Files.readString(out.resolve("r.html")).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assertTrue(Files.readString(out.resolve("r.md")).startsWith("### Meldcode-audit: "));
    assertTrue(Files.readString(out.resolve("r.xml")).contains("<testsuites "));
    assertTrue(Files.readString(out.resolve("r.sarif")).contains("\"version\": \"2.1.0\""));
    byte[] csv = Files.readAllBytes(out.resolve("r.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
    assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\r\nSTAP-1-SIGNALEN,"));
    byte[] xlsx = Files.readAllBytes(out.resolve("r.xlsx"));
    assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "a zip container");
  }

  @Test
  void xlsxToStdoutIsRefusedBeforeTheAudit() {
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", markdown.toString(), "--format", "xlsx");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("xlsx is een binair formaat; geef een bestand, bijvoorbeeld --format xlsx=rapport.xlsx"),
        r.err());
    assertFalse(r.out().contains("PK"));
  }
}
