package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.meldcheck.cli.Main;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meldcheck batch}: options, exit codes and the output files, through the real CLI. */
class BatchCliTest {
  @TempDir Path tmp;

  private record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, err.toString());
  }

  private Path org(String dir, String source) throws Exception {
    Path d = Files.createDirectories(tmp.resolve("in").resolve(dir));
    Files.copy(Path.of("samples", source), d.resolve(Path.of(source).getFileName()));
    return d;
  }

  @Test
  void allReadableGivesTheGateAndAnUnreadableInputGivesThree() throws Exception {
    org("wijkteam", "wijkteam-lingewaard/meldcode.txt");
    org("psychologen", "psychologenpraktijk-de-vries/meldcode.md");
    Path out = tmp.resolve("out");
    Run ok = run("batch", tmp.resolve("in").toString(), "--out", out.toString(), "--jobs", "2", "--as-of", "2026-01-01");
    List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
    assertEquals(2, lines.size());
    ObjectMapper json = new ObjectMapper();
    boolean allPass = true;
    for (String l : lines) {
      assertEquals("ok", json.readTree(l).get("status").asText());
      allPass &= json.readTree(l).get("verdict").asText().equals("voldoet");
    }
    assertEquals(allPass ? 0 : 1, ok.code(), ok.err());
    assertTrue(ok.err().contains("2/2 organisaties"), ok.err());
    for (String f : List.of("summary.csv", "summary.xlsx", "summary.html", "orgs/wijkteam.html", "orgs/wijkteam.json")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }

    Files.write(Files.createDirectories(tmp.resolve("in/leeg")).resolve("meldcode.pdf"), new byte[0]);
    Run resumed = run("batch", tmp.resolve("in").toString(), "--out", out.toString(), "--resume", "--as-of", "2026-01-01");
    assertEquals(3, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("2 ongewijzigd overgeslagen"), resumed.err());
    assertEquals(3, Files.readAllLines(out.resolve("results.jsonl")).size());

    // nothing changed: every row is kept, and the progress line counts the kept empty PDF's
    // problem as the exit code does
    Run again = run("batch", tmp.resolve("in").toString(), "--out", out.toString(), "--resume", "--as-of", "2026-01-01");
    assertEquals(3, again.code(), again.err());
    assertTrue(again.err().contains("3/3 organisaties") && again.err().contains("1 met invoerprobleem")
        && again.err().contains("3 ongewijzigd overgeslagen"), again.err());
  }

  @Test
  void usageErrorsGiveTwo() throws Exception {
    org("wijkteam", "wijkteam-lingewaard/meldcode.txt");
    assertEquals(2, run("batch", tmp.resolve("in").toString()).code());
    assertEquals(2, run("batch", tmp.resolve("nergens").toString(), "--out", tmp.resolve("o").toString()).code());
    assertEquals(2, run("batch", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString(), "--jobs", "0").code());
    assertEquals(2, run("batch", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString(),
        "--as-of", "gisteren").code());
    Path manifest = Files.writeString(tmp.resolve("m.csv"), "naam,plek\nx,y\n");
    Run bad = run("batch", manifest.toString(), "--out", tmp.resolve("o").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("organisation"), bad.err());
  }

  @Test
  void caseExportsAreAuditedWithTheirOrganisationAndReachEverySummary() throws Exception {
    Path zorg = org("thuiszorg", "thuiszorg-de-linde/meldcode.docx");
    Files.copy(Path.of("samples/cases/zorgdossier.csv"), zorg.resolve("export-epd.csv"));
    Files.writeString(zorg.resolve("organisation.yaml"), "name: Thuiszorg De Linde\nsector: zorg\nmapping: zorgdossier\n");
    Path school = org("school", "basisschool-de-regenboog/meldcode.docx");
    // an XLSX found by content, whatever its name
    Files.copy(Path.of("samples/cases/leerlingvolg.xlsx"), school.resolve("dossiers.dat"));
    Files.writeString(school.resolve("organisation.yaml"), "mapping: leerlingvolg\ndecision_maker: directeur\n");
    Path broken = org("opvang", "kinderopvang-het-speelhuis/meldcode.odt");
    Files.write(broken.resolve("dossiers.xlsx"), new byte[0]);
    Path out = tmp.resolve("out");
    Run r = run("batch", tmp.resolve("in").toString(), "--out", out.toString(), "--jobs", "2", "--as-of", "2026-01-01");
    assertEquals(3, r.code(), "an unreadable export is an unreadable input: " + r.err());
    assertTrue(r.err().contains("1 met invoerprobleem"), r.err());
    ObjectMapper json = new ObjectMapper();
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> rows = new java.util.HashMap<>();
    for (String l : Files.readAllLines(out.resolve("results.jsonl"))) {
      com.fasterxml.jackson.databind.JsonNode n = json.readTree(l);
      rows.put(n.get("slug").asText(), n);
    }
    assertEquals("ok", rows.get("thuiszorg").get("casesStatus").asText(rows.get("thuiszorg").toString()));
    assertEquals("ok", rows.get("school").get("casesStatus").asText());
    assertEquals("empty", rows.get("opvang").get("casesStatus").asText());
    assertTrue(rows.get("opvang").get("message").asText().contains("dossiers.xlsx"));
    assertTrue(rows.get("thuiszorg").get("caseRates").has("CASE-MELDNORM"));
    // organisation.yaml's decision-maker is the one the cases are held against
    com.fasterxml.jackson.databind.JsonNode schoolReport = json.readTree(out.resolve("orgs/school.json").toFile());
    assertEquals("directeur", schoolReport.at("/cases/decision_maker_role").asText());
    String csv = Files.readString(out.resolve("summary.csv"));
    assertTrue(csv.contains("CASE-MELDNORM %") && csv.contains("score Dossiers"), csv.lines().findFirst().orElse(""));
    assertTrue(Files.readString(out.resolve("orgs/thuiszorg.html")).contains("id=\"h-cases\""));
    // an export changed: --resume audits that organisation again, the others are kept
    Files.writeString(zorg.resolve("export-epd.csv"), Files.readString(zorg.resolve("export-epd.csv"),
        java.nio.charset.StandardCharsets.ISO_8859_1) + "\r\n", java.nio.charset.StandardCharsets.ISO_8859_1);
    Run again = run("batch", tmp.resolve("in").toString(), "--out", out.toString(), "--resume", "--as-of", "2026-01-01");
    assertTrue(again.err().contains("2 ongewijzigd overgeslagen"), again.err());
  }

  @Test
  void aDocumentOverTheTimeLimitCostsItsRowInTheSeparateParseProcess() throws Exception {
    org("a-anker", "jeugdhulp-het-anker/meldcode.pdf");
    longPdf(Files.createDirectories(tmp.resolve("in/b-traag")).resolve("meldcode.pdf"), 3000);
    org("c-psychologen", "psychologenpraktijk-de-vries/meldcode.md");
    Path out = tmp.resolve("out");
    Run r = run("batch", tmp.resolve("in").toString(), "--out", out.toString(), "--jobs", "1", "--timeout", "1",
        "--as-of", "2026-01-01");
    assertEquals(3, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    StringBuilder statuses = new StringBuilder();
    for (String l : Files.readAllLines(out.resolve("results.jsonl"))) {
      statuses.append(json.readTree(l).get("slug").asText()).append('=')
          .append(json.readTree(l).get("status").asText()).append(' ');
    }
    String s = statuses.toString();
    assertTrue(s.contains("a-anker=ok") && s.contains("b-traag=timeout") && s.contains("c-psychologen=ok"), s);
    assertTrue(!r.err().contains("WARN") && !r.err().contains("\tat "), r.err());
  }

  @Test
  void parseMemoryMustBeASize() throws Exception {
    org("wijkteam", "wijkteam-lingewaard/meldcode.txt");
    Run bad = run("batch", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString(), "--parse-memory", "veel");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--parse-memory"), bad.err());
    Run here = run("batch", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString(), "--in-process",
        "--as-of", "2026-01-01");
    assertTrue(here.code() == 0 || here.code() == 1, here.err());
  }

  /** A real PDF long enough (60,000 lines) that parsing it takes well over a second even in a warm JVM. */
  private static void longPdf(Path file, int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (int line = 0; line < 20; line++) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(60, 780 - 14 * line);
            cs.showText("Bij signalen van huiselijk geweld raadpleegt u de aandachtsfunctionaris, pagina " + i + ".");
            cs.endText();
          }
        }
      }
      doc.save(file.toFile());
    }
  }
}
