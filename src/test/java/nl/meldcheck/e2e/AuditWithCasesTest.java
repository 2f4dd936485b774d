package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import nl.meldcheck.cases.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meldcheck audit DOCUMENT --cases EXPORT} and {@code meldcheck cases --format json} through
 * the real entry point on the shipped documents and synthetic exports: one report, one score, the
 * counts of the .expected files, every format, and none of the planted private values anywhere.
 */
class AuditWithCasesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String DOC = "samples/thuiszorg-de-linde/meldcode.docx";
  @TempDir Path dir;

  static Schema schema(String file) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("schema", file))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    }
  }

  static Map<String, Long> expected(String export) throws IOException {
    Map<String, Long> m = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("samples/cases/" + export + ".expected"))) {
      if (!line.startsWith("#") && line.contains("=")) {
        m.put(line.substring(0, line.indexOf('=')), Long.parseLong(line.substring(line.indexOf('=') + 1)));
      }
    }
    return m;
  }

  @Test
  void casesJoinTheDocumentReportAndScoreWithTheExpectedCounts() throws IOException {
    for (String system : List.of("canonical", "zorgdossier", "leerlingvolg")) {
      for (String ext : List.of("csv", "xlsx")) {
        String export = system + "." + ext;
        CliEndToEndTest.Run r = CliEndToEndTest.run("audit", DOC, "--sector", "zorg", "--cases",
            "samples/cases/" + export, "--mapping", system, "--decision-maker", SampleGenerator.ROLE,
            "--lead-time-norm", String.valueOf(SampleGenerator.NORM_DAYS), "--format", "json", "--as-of", "2026-11-28");
        assertTrue(r.code() == 0 || r.code() == 1, export + ": " + r.err());
        assertEquals(List.of(), schema("report-1.2.schema.json").validate(r.out(), InputFormat.JSON), export);
        JsonNode report = JSON.readTree(r.out());
        Map<String, Long> exp = expected(export);
        JsonNode e = report.at("/cases/exports/0");
        assertEquals("ok", e.get("status").asText());
        assertEquals(exp.get("rows_read"), e.get("rows_read").asLong(), export);
        assertEquals(exp.get("rows_with_problems"), e.get("rows_with_problems").asLong(), export);
        assertEquals(e.get("rows_read").asLong(), e.get("rows_judged").asLong() + e.get("rows_with_problems").asLong());
        int caseResults = 0;
        for (JsonNode rate : report.at("/cases/rates")) {
          assertEquals(exp.get("fail." + rate.get("id").asText()), rate.get("failed").asLong(), export + " "
              + rate.get("id"));
        }
        for (JsonNode res : report.get("results")) {
          if (res.get("area").asText().equals("dossiers")) {
            caseResults++;
            assertTrue(res.get("id").asText().startsWith("CASE-"));
            // every verdict explains itself: counts in the notes, advice unless met
            assertTrue(res.get("notes").toString().contains("beoordeelde dossiers"), res.toString());
            String outcome = res.get("outcome").asText();
            assertEquals(outcome.equals("pass") || outcome.equals("not_applicable"), res.get("advice").asText().isEmpty());
          }
        }
        assertEquals(12, caseResults, export);
        boolean area = false;
        for (JsonNode a : report.get("areas")) {
          area |= a.get("id").asText().equals("dossiers");
        }
        assertTrue(area, "the cases have their own area");
        assertTrue(report.at("/score/formula").asText().contains("dossiercriteria"));
        // the samples plant failing cases of critical criteria: the verdict cannot be 'voldoet'
        assertNotEquals("voldoet", report.get("verdict").asText());
      }
    }
  }

  @Test
  void theMeldcodeNamesTheDecisionMakerWhenNoOptionDoes() throws IOException {
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", DOC, "--cases", "samples/cases/canonical.csv",
        "--format", "json");
    JsonNode report = JSON.readTree(r.out());
    assertEquals("teamleider", report.at("/cases/decision_maker_role").asText());
    JsonNode beslisser = CliEndToEndTest.criterion(report, "CASE-BESLISSER");
    assertTrue(beslisser.at("/evidence/0/quote").asText().contains("teamleider"), beslisser.toString());
    // the sample's cases were decided by the aandachtsfunctionaris: policy and practice differ
    assertEquals("fail", beslisser.get("outcome").asText());
  }

  @Test
  void everyFormatCarriesTheCasesAndNoPrivateValue() throws Exception {
    Path key = Files.writeString(dir.resolve("sleutel"), "een-test-sleutel-van-32-tekens!!", StandardCharsets.UTF_8);
    Set<String> secrets = SampleGenerator.plantedSecrets();
    for (boolean pseudo : List.of(false, true)) {
      Path out = Files.createDirectories(dir.resolve(pseudo ? "pseudo" : "plain"));
      List<String> args = new ArrayList<>(List.of("audit", DOC, "--cases", "samples/cases/zorgdossier.csv",
          "--cases", "samples/cases/zorgdossier.xlsx", "--mapping", "zorgdossier"));
      for (String f : List.of("text", "json", "html", "md", "junit", "sarif", "csv", "xlsx")) {
        args.add("--format");
        args.add(f + "=" + out.resolve("r." + (f.equals("text") ? "txt" : f.equals("junit") ? "xml" : f)));
      }
      if (pseudo) {
        args.addAll(List.of("--pseudonymise-key-file", key.toString()));
      }
      CliEndToEndTest.Run r = CliEndToEndTest.run(args.toArray(String[]::new));
      assertTrue(r.code() == 0 || r.code() == 1, r.err());
      List<Path> files;
      try (Stream<Path> s = Files.list(out)) {
        files = s.sorted().toList();
      }
      assertTrue(files.size() >= 8 + 13, "every format plus the per-case CSV files: " + files);
      StringBuilder all = new StringBuilder(r.out()).append(r.err());
      for (Path f : files) {
        all.append(f.toString().endsWith(".xlsx") ? unzipped(f) : Files.readString(f, StandardCharsets.UTF_8));
      }
      String text = all.toString();
      for (String s : secrets) {
        assertFalse(text.contains(s), "a planted private value reached a report: " + (s.length() > 3 ? s.substring(0, 3) : s) + "…");
      }
      assertTrue(text.contains("CASE-MELDNORM") && text.contains("240 rijen gelezen"));
      assertEquals(pseudo, !text.matches("(?s).*\\bZD\\d{4}\\b.*"), "case ids pseudonymised exactly when asked");
      assertTrue(Files.readString(out.resolve("r.CASE-MELDNORM.csv")).lines().count() > 480, "one row per case");
      assertTrue(Files.readString(out.resolve("r.html")).contains("id=\"h-cases\""));
    }
  }

  private static String unzipped(Path xlsx) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        try (InputStream in = z.getInputStream(e)) {
          sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return sb.toString();
  }

  @Test
  void badExportsAndOptions() throws IOException {
    // a mapped column the export lacks: exit 2, naming it and the columns found, no report
    CliEndToEndTest.Run col = CliEndToEndTest.run("audit", DOC, "--cases", "samples/cases/zorgdossier.csv");
    assertEquals(2, col.code(), col.err());
    assertTrue(col.err().contains("casus_id") && col.err().contains("Dossiernr"), col.err());
    assertEquals("", col.out());
    // an unreadable export: the audit still reports, the export is listed with its reason, exit 3
    Path empty = Files.write(dir.resolve("leeg.xlsx"), new byte[0]);
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", DOC, "--cases", empty.toString(), "--format", "json");
    assertEquals(3, r.code(), r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(List.of(), schema("report-1.2.schema.json").validate(r.out(), InputFormat.JSON));
    assertEquals("empty", report.at("/cases/exports/0/status").asText());
    assertTrue(report.at("/cases/exports/0/message").asText().contains("leeg.xlsx"));
    assertFalse(r.out().contains("\"area\" : \"dossiers\""), "no case criteria without a readable export");
    // case options without an export
    assertEquals(2, CliEndToEndTest.run("audit", DOC, "--mapping", "zorgdossier").code());
    // a missing key file
    CliEndToEndTest.Run k = CliEndToEndTest.run("audit", DOC, "--cases", "samples/cases/canonical.csv",
        "--pseudonymise-key-file", dir.resolve("geen").toString());
    assertEquals(2, k.code(), k.err());
  }

  @Test
  void casesCommandWritesJsonValidAgainstItsSchema() throws IOException {
    Path json = dir.resolve("c.json");
    CliEndToEndTest.Run r = CliEndToEndTest.run("cases", "samples/cases/canonical.csv", "samples/cases/canonical.xlsx",
        "--decision-maker", SampleGenerator.ROLE, "--format", "json=" + json, "--format", "text");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("CASE-BESLISSER"));
    assertEquals(List.of(), schema("cases-1.2.schema.json").validate(Files.readString(json), InputFormat.JSON));
    JsonNode report = JSON.readTree(json.toFile());
    assertEquals(2, report.at("/cases/exports").size());
    JsonNode beslisser = report.at("/cases/rates/5");
    assertEquals("CASE-BESLISSER", beslisser.get("id").asText());
    assertEquals(2 * expected("canonical.csv").get("fail.CASE-BESLISSER"), beslisser.get("failed").asLong());
    assertEquals(2, CliEndToEndTest.run("cases", "samples/cases/canonical.csv", "--format", "html").code());
  }

  @Test
  void explainKnowsTheCaseCriteria() {
    CliEndToEndTest.Run r = CliEndToEndTest.run("explain", "case-kindcheck");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("CASE-KINDCHECK — Kindcheck vastgelegd") && r.out().contains("Advies:"), r.out());
    CliEndToEndTest.Run typo = CliEndToEndTest.run("explain", "CASE-KINDCHEK");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("CASE-KINDCHECK"), typo.err());
  }

  @Test
  void aCaseCriterionCanBeWaivedUnlessItIsCritical() throws IOException {
    Path ok = Files.writeString(dir.resolve("vrijstelling.yaml"), String.join("\n",
        "waivers:",
        "  - criterion: CASE-KINDCHECK",
        "    scope: organisation",
        "    justification: Het EPD legt de kindcheck pas vanaf 2026 vast; tot dan in de papieren map.",
        "    approver: bestuurder",
        "    granted: 2026-01-01",
        "    expires: 2026-12-31", ""));
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", DOC, "--cases", "samples/cases/zorgdossier.csv",
        "--mapping", "zorgdossier", "--waivers", ok.toString(), "--as-of", "2026-06-01", "--format", "json");
    assertTrue(r.code() == 0 || r.code() == 1, r.err());
    JsonNode kind = CliEndToEndTest.criterion(JSON.readTree(r.out()), "CASE-KINDCHECK");
    assertEquals("waived", kind.get("outcome").asText());
    assertEquals("partial", kind.at("/waiver/judged").asText(), kind.toString());
    Path critical = Files.writeString(dir.resolve("kritiek.yaml"), Files.readString(ok)
        .replace("CASE-KINDCHECK", "CASE-MELDNORM"));
    CliEndToEndTest.Run no = CliEndToEndTest.run("audit", DOC, "--cases", "samples/cases/zorgdossier.csv",
        "--mapping", "zorgdossier", "--waivers", critical.toString());
    assertEquals(2, no.code());
    assertTrue(no.err().contains("CASE-MELDNORM cannot be waived"), no.err());
  }
}
