package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.meldcheck.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real CLI entry point over real DOCX, PDF, ODT, HTML and Markdown files and bad inputs. */
class CliEndToEndTest {
  @TempDir static Path dir;
  static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    String e = err.toString();
    // no stack trace ever reaches a user for a user mistake
    assertFalse(e.contains("\tat ") || e.contains("Exception:"), "stack trace on stderr:\n" + e);
    return new Run(code, out.toString(), e);
  }

  static JsonNode auditJson(Path file, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("audit", file.toString(), "--format", "json", "--as-of", "2026-11-28"));
    args.addAll(Arrays.asList(extra));
    Run r = run(args.toArray(String[]::new));
    assertTrue(r.code() == 0 || r.code() == 1 || r.code() == 3, "exit " + r.code() + " " + r.err());
    return JSON.readTree(r.out());
  }

  static JsonNode criterion(JsonNode report, String id) {
    for (JsonNode r : report.get("results")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + id);
  }

  static Path docx;
  static Path pdf;

  @BeforeAll
  static void fixtures() throws IOException {
    docx = Fixtures.docx(dir);
    pdf = Fixtures.pdf(dir, "meldcode.pdf", null);
    Fixtures.html(dir);
    Fixtures.odt(dir);
    Fixtures.markdown(dir);
  }

  @ParameterizedTest(name = "{0}: the five steps pass with quoted evidence")
  @ValueSource(strings = {"meldcode.docx", "meldcode.pdf", "meldcode.html", "meldcode.odt", "meldcode.md"})
  void everyFormatPassesTheSteps(String name) throws IOException {
    JsonNode report = auditJson(dir.resolve(name));
    assertEquals("ok", report.at("/input/status").asText(), report.toPrettyString());
    for (int step = 1; step <= 5; step++) {
      String id = switch (step) {
        case 1 -> "STAP-1-SIGNALEN";
        case 2 -> "STAP-2-CONSULTATIE";
        case 3 -> "STAP-3-GESPREK";
        case 4 -> "STAP-4-WEGEN";
        default -> "STAP-5-BESLISSEN";
      };
      JsonNode r = criterion(report, id);
      assertEquals("pass", r.get("outcome").asText(), id + " in " + name + ": " + r.toPrettyString());
      JsonNode evidence = r.get("evidence");
      assertTrue(evidence.size() > 0, id + " quotes its evidence");
      boolean underStep = false;
      for (JsonNode ev : evidence) {
        assertFalse(ev.get("quote").asText().isBlank());
        if (name.endsWith(".pdf")) {
          assertTrue(ev.get("page").asInt() >= 1, "PDF evidence has a page: " + ev);
          underStep |= ev.get("page").asInt() == step;
        }
        if (name.endsWith(".md")) {
          assertTrue(ev.get("line").asInt() >= 1, "Markdown evidence has a line: " + ev);
        }
        underStep |= ev.get("section").toString().contains("Stap " + step);
      }
      assertTrue(underStep, "some evidence of " + id + " sits under step " + step + " (page or section): " + evidence);
    }
  }

  @Test
  void pdfEvidenceCarriesTheRightPage() throws IOException {
    JsonNode report = auditJson(pdf);
    assertEquals(5, report.at("/input/pages").asInt());
    boolean page3 = false;
    for (JsonNode ev : criterion(report, "STAP-3-GESPREK").get("evidence")) {
      page3 |= ev.get("page").asInt() == 3;
    }
    assertTrue(page3, "step 3 is quoted from page 3");
  }

  @Test
  void missingFileIsAnInputError() {
    Run r = run("audit", dir.resolve("bestaat-niet.pdf").toString());
    assertEquals(3, r.code());
    assertTrue(r.out().contains("bestaat-niet.pdf"), r.out());
  }

  @Test
  void emptyFileIsAnInputError() throws IOException {
    Path f = Files.write(dir.resolve("leeg.docx"), new byte[0]);
    JsonNode report = auditJson(f);
    assertEquals("empty", report.at("/input/status").asText());
    assertEquals(0, report.get("results").size(), "an unreadable input fails no criterion");
    assertEquals("niet_beoordeeld", report.get("verdict").asText());
  }

  @Test
  void encryptedPdfIsAnInputError() throws IOException {
    JsonNode report = auditJson(Fixtures.pdf(dir, "geheim.pdf", "wachtwoord"));
    assertEquals("encrypted", report.at("/input/status").asText());
    assertTrue(report.at("/input/message").asText().contains("geheim.pdf"));
  }

  @Test
  void truncatedDocxIsCorrupt() throws IOException {
    byte[] bytes = Files.readAllBytes(docx);
    Path f = Files.write(dir.resolve("kapot.docx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertEquals("corrupt", auditJson(f).at("/input/status").asText());
  }

  @Test
  void wrongExtensionIsReadByContent() throws IOException {
    Path f = Files.copy(pdf, dir.resolve("eigenlijk-pdf.docx"));
    JsonNode report = auditJson(f);
    assertEquals("ok", report.at("/input/status").asText());
    assertEquals("pdf", report.at("/input/format").asText());
  }

  @Test
  void englishTextIsNotJudged() throws IOException {
    Path f = dir.resolve("english.txt");
    Files.writeString(f, "This is the reporting code for domestic violence and child abuse. The professional maps the"
        + " signals and consults a colleague. Then the professional talks with the client and weighs the risk of"
        + " the violence, and finally decides whether a report to the authorities is necessary.", StandardCharsets.UTF_8);
    JsonNode report = auditJson(f);
    assertEquals("not_dutch", report.at("/input/status").asText());
  }

  @Test
  void aPolicyThatIsNoMeldcodeIsSaidToBeSo() throws IOException {
    Path f = dir.resolve("pestprotocol.txt");
    Files.writeString(f, "Pestprotocol van de school\n\nWij willen dat alle leerlingen zich veilig voelen op school."
        + " Als een leerling gepest wordt, meldt hij dat bij de mentor. De mentor praat met de leerlingen die pesten"
        + " en informeert hun ouders. Bij herhaling volgt een gesprek met de directeur. De school houdt bij welke"
        + " maatregelen er zijn genomen en evalueert het protocol elk jaar met de medezeggenschapsraad.\n", StandardCharsets.UTF_8);
    Run r = run("audit", f.toString(), "--format", "json", "--as-of", "2026-11-28");
    assertEquals(3, r.code());
    JsonNode report = JSON.readTree(r.out());
    assertEquals("not_meldcode", report.at("/input/status").asText());
    assertTrue(report.get("results").size() > 0, "what little was found is still shown");
    assertFalse(report.get("verdict").asText().startsWith("voldoet") && !report.get("verdict").asText().equals("voldoet_niet"));
  }

  /** "Meldcode" in the title of a code for another subject does not make it a meldcode. */
  @Test
  void aMeldcodeForAnotherSubjectIsNoMeldcode() throws IOException {
    Path f = dir.resolve("omgangsvormen.md");
    Files.writeString(f, "# Meldcode ongewenste omgangsvormen en integriteit\n\n"
        + "Deze regeling gaat over intimidatie, pesten en discriminatie op het werk.\n\n"
        + "1. Signaleren. Merk je ongewenst gedrag op, noteer dan wat je zag.\n\n"
        + "2. Overleggen. Bespreek het met de vertrouwenspersoon.\n\n"
        + "3. Gesprek. De vertrouwenspersoon voert een gesprek met de melder.\n\n"
        + "4. Besluit. De directie besluit over maatregelen. Bij geweld op het werk bel je 112.\n", StandardCharsets.UTF_8);
    Run r = run("audit", f.toString(), "--format", "json", "--as-of", "2026-11-28", "--sector", "zorg");
    assertEquals("not_meldcode", JSON.readTree(r.out()).at("/input/status").asText());
  }

  /** A leaflet for victims is about violence at home but describes no procedure: no meldcode. */
  @Test
  void aLeafletAboutViolenceWithoutStepsIsNoMeldcode() throws IOException {
    Path f = dir.resolve("folder.md");
    Files.writeString(f, "## Huiselijk geweld: wat kun je doen?\n\n"
        + "Word je thuis bedreigd of geslagen door je partner? Dan is er sprake van huiselijk geweld."
        + " Huiselijk geweld is meer dan slaan: ook dreigen, kleineren en controleren horen erbij."
        + " Ook kinderen die het geweld thuis meemaken, zijn slachtoffer van kindermishandeling.\n\n"
        + "Bij Veilig Thuis kun je anoniem advies vragen, dag en nacht, via 0800-2000."
        + " Ben je in direct gevaar, bel dan 112.\n", StandardCharsets.UTF_8);
    Run r = run("audit", f.toString(), "--format", "json", "--as-of", "2026-11-28", "--sector", "justitie");
    assertEquals("not_meldcode", JSON.readTree(r.out()).at("/input/status").asText());
  }

  /**
   * A look-alike is judged on what it says about the subject only: the adoption, training and
   * yearly evaluation of the signalling protocol it is are not a meldcode's.
   */
  @Test
  void aLookAlikeIsJudgedOnItsPassagesOnTheSubject() throws IOException {
    Path f = dir.resolve("mantelzorg.txt");
    Files.writeString(f, "Werkwijze signalering overbelaste mantelzorgers\n\n"
        + "Vastgesteld door het managementteam op 7 november 2025.\n\n"
        + "1. Signaleren. Let tijdens huisbezoeken op signalen van overbelasting en noteer ze in het dossier.\n\n"
        + "2. Overleggen. Bespreek de situatie in het wekelijkse casusoverleg met een collega.\n\n"
        + "Soms ontspoort de zorg: de mantelzorger duwt of knijpt de ander. Dan overleggen wij met Veilig Thuis.\n\n"
        + "3. Gesprek. Voer een keukentafelgesprek met de mantelzorger over wat te zwaar is.\n\n"
        + "4. Afwegen. Bepaal samen welke ondersteuning past, zoals respijtzorg.\n\n"
        + "5. Besluit. Maak met de mantelzorger een steunplan.\n\n"
        + "Consulenten volgen elk jaar de training Signaleren van overbelasting. Deze werkwijze wordt jaarlijks"
        + " geëvalueerd in het teamoverleg.\n", StandardCharsets.UTF_8);
    Run r = run("audit", f.toString(), "--format", "json", "--as-of", "2026-11-28", "--sector", "wmo");
    JsonNode report = JSON.readTree(r.out());
    assertEquals("not_meldcode", report.at("/input/status").asText());
    for (JsonNode c : report.get("results")) {
      if (List.of("ORG-VASTGESTELD", "ORG-KENNIS", "ORG-MONITORING").contains(c.get("id").asText())) {
        assertEquals("fail", c.get("outcome").asText(), c.get("id").asText() + " credited from the protocol itself");
      }
    }
  }

  /**
   * A page that calls itself the organisation's meldcode but only names its steps is a meldcode
   * that falls short (judged, voldoet niet), not a document about something else.
   */
  @Test
  void stepsThatAreOnlyNamedAreNotDescribed() throws IOException {
    StringBuilder md = new StringBuilder("# Meldcode huiselijk geweld en kindermishandeling\n\n"
        + "Wij werken met de meldcode en melden bij Veilig Thuis.\n\n");
    for (String[] step : Fixtures.MELDCODE) {
      md.append("## ").append(step[0]).append("\n\n");
    }
    Path f = Files.writeString(dir.resolve("alleen-koppen.md"), md.toString(), StandardCharsets.UTF_8);
    JsonNode report = auditJson(f);
    for (JsonNode r : report.get("results")) {
      if (r.get("id").asText().startsWith("STAP-")) {
        assertFalse(r.get("outcome").asText().equals("pass"), "a heading names a step, it does not describe it: " + r);
      }
    }
    assertEquals("ok", report.at("/input/status").asText());
    assertEquals("voldoet_niet", report.get("verdict").asText());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, run("audit", pdf.toString(), "--format", "docx").code());
    assertEquals(2, run("audit", pdf.toString(), "--as-of", "31-02-2025").code());
    Run sector = run("audit", pdf.toString(), "--sector", "bakkerij");
    assertEquals(2, sector.code());
    assertTrue(sector.err().contains("kinderopvang"), "lists the sectors: " + sector.err());
    assertEquals(2, run("audit").code());
    assertEquals(2, run("audti", pdf.toString()).code());
  }

  @Test
  void invalidChecklistNamesFileAndLine() throws IOException {
    Path bad = dir.resolve("slecht.yaml");
    Files.writeString(bad, "id: eigen\nversion: \"1\"\ntitle: Eigen\npass_mark: 75\nareas: [{id: a, title: A}]\n"
        + "criteria:\n  - id: EIGEN-1\n    area: a\n    severty: major\n    title: T\n    advice: A\n"
        + "    check: {type: concepts, concepts: {x: [\"(open\"]}}\n", StandardCharsets.UTF_8);
    Run r = run("audit", pdf.toString(), "--checklist", bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("slecht.yaml:9:"), r.err());
    assertTrue(r.err().contains("slecht.yaml:12:"), "every problem at once: " + r.err());
  }

  @Test
  void versionHelpExplainAndChecklists() {
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("meldcheck "));
    Run h = run("--help");
    assertTrue(h.out().contains("Exit codes") && h.out().contains("internal error"), h.out());
    Run e = run("explain", "STAP-2-CONSULTATIE");
    assertEquals(0, e.code());
    assertTrue(e.out().contains("Gezocht naar") && e.out().contains("Besluit"), e.out());
    Run en = run("explain", "stap-2-consultatie", "--lang", "en");
    assertTrue(en.out().contains("Looked for"), en.out());
    Run unknown = run("explain", "STAP-2-KONSULTATIE");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("STAP-2-CONSULTATIE"), "suggests the closest id: " + unknown.err());
    Run list = run("checklists", "list");
    assertTrue(list.out().contains("basis"));
    Run show = run("checklists", "show", "basis");
    assertTrue(show.out().contains("STAP-5-BESLISSEN"));
    Run test = run("checklists", "test", "basis");
    assertEquals(0, test.code(), test.out());
  }

  @Test
  void textReportIsDeterministicAndExplains() {
    Run a = run("audit", docx.toString(), "--as-of", "2026-11-28");
    Run b = run("audit", docx.toString(), "--as-of", "2026-11-28");
    assertEquals(a.out().replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:]+Z", "T"), b.out().replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:]+Z", "T"));
    assertTrue(a.out().contains("score = 100 ×"), "the report names its formula:\n" + a.out());
    assertFalse(a.out().contains("\u001b["), "no colour when not on a terminal");
  }
}
