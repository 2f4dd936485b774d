package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.meldcheck.checklist.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV exports as they come out of real systems, and the ways they go wrong. */
class CsvExportTest {
  @TempDir
  Path tmp;

  static final String MAPPING = """
      name: Test
      dates: [dd-MM-yyyy, d-M-yyyy]
      yes_no: {J: ja, N: nee}
      fields:
        casus_id: Dossier
        client_type: {column: Cliëntcategorie, values: {V: volwassene, K: kind}}
        signaal_datum: Datum signaal
        kindcheck: Kindcheck
      """;

  static Mapping mapping() throws CasesConfigException {
    return MappingLoader.parse("test.yaml", MAPPING);
  }

  Path write(String name, byte[] bytes) throws Exception {
    Path f = tmp.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  Path write(String name, String text, Charset cs, boolean bom) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.write(text.getBytes(cs));
    return write(name, out.toByteArray());
  }

  CaseAudit audit(Path f) throws Exception {
    return CaseAuditor.audit(f, mapping(), CaseOptions.defaults().withKeepPerCase(true));
  }

  static final String BODY = "Dossier;Cliëntcategorie;Datum signaal;Kindcheck;Naam\r\n"
      + "D1;V;03-02-2025;J;Anna\r\n"
      + "D2;V;3-2-2025;n;\"Bakker; Piet\"\r\n";

  @Test
  void utf8WithBomSemicolon() throws Exception {
    CaseAudit a = audit(write("bom.csv", BODY, StandardCharsets.UTF_8, true));
    assertEquals("UTF-8 (BOM)", a.source().encoding());
    assertEquals(";", a.source().delimiter());
    assertEquals(2, a.rowsJudged());
    assertEquals(1, a.rate(CaseCriterion.KINDCHECK).passed());
    assertEquals(1, a.rate(CaseCriterion.KINDCHECK).failed(), "'n' maps through J/N folded");
  }

  @Test
  void windows1252WithTabs() throws Exception {
    CaseAudit a = audit(write("ansi.csv", BODY.replace(';', '\t').replace("\"Bakker\tPiet\"",
        "\"Bakker, Piet\""), Charset.forName("windows-1252"), false));
    assertEquals("Windows-1252", a.source().encoding());
    assertEquals("tab", a.source().delimiter());
    assertEquals(2, a.rowsJudged(), "the header Cliëntcategorie was decoded and matched");
  }

  @Test
  void utf8WithoutBomCommaQuotedFieldsAndNewlines() throws Exception {
    String text = "Dossier,Cliëntcategorie,Datum signaal,Kindcheck,Toelichting\n"
        + "D1,V,2025-02-03,J,\"regel een,\nregel \"\"twee\"\"\"\n"
        + "D2,K,03-02-2025 14:30,N,\n";
    CaseAudit a = audit(write("utf8.csv", text, StandardCharsets.UTF_8, false));
    assertEquals("UTF-8", a.source().encoding());
    assertEquals(",", a.source().delimiter());
    assertEquals(2, a.rowsRead());
    assertEquals(0, a.rowsWithProblems());
    assertEquals(3, a.perCase().get(1).row(), "the quoted newline does not make a row");
  }

  @Test
  void utf16WithBom() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.write(BODY.getBytes(StandardCharsets.UTF_16LE));
    CaseAudit a = audit(write("u16.csv", out.toByteArray()));
    assertEquals("UTF-16LE (BOM)", a.source().encoding());
    assertEquals(2, a.rowsJudged());
  }

  @Test
  void datesInDutchAndIsoFormsAreRead() throws Exception {
    String text = "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\n"
        + "D1;V;03-02-2025;J\nD2;V;3-2-2025;J\nD3;V;2025-02-03;J\nD4;V;03-02-2025 09:15;J\n";
    CaseAudit a = audit(write("dates.csv", text, StandardCharsets.UTF_8, false));
    assertEquals(0, a.rowsWithProblems(), a.problems().toString());
    assertEquals(DatePattern.of("d-M-yyyy").parse("3-2-2025"), LocalDate.of(2025, 2, 3));
  }

  @Test
  void emptyFileAndBlankLinesOnly() throws Exception {
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(write("leeg.csv", new byte[0])));
    assertEquals(CasesInputException.Reason.EMPTY, e.reason());
    assertTrue(e.getMessage().startsWith("leeg.csv: het bestand is leeg (0 bytes)"));
    e = assertThrows(CasesInputException.class,
        () -> audit(write("wit.csv", "\n\r\n\n", StandardCharsets.UTF_8, false)));
    assertEquals(CasesInputException.Reason.EMPTY, e.reason());
    assertTrue(e.getMessage().startsWith("wit.csv: "), e.getMessage());
  }

  @Test
  void headerOnly() throws Exception {
    CasesInputException e = assertThrows(CasesInputException.class, () -> audit(
        write("kop.csv", "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\r\n",
            StandardCharsets.UTF_8, false)));
    assertEquals(CasesInputException.Reason.NO_ROWS, e.reason());
    assertEquals("kop.csv: de export bevat alleen een kopregel en geen casussen", e.getMessage());
  }

  @Test
  void aPdfOrBinaryNamedCsv() throws Exception {
    CasesInputException e = assertThrows(CasesInputException.class, () -> audit(
        write("export.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", StandardCharsets.ISO_8859_1, false)));
    assertEquals(CasesInputException.Reason.NOT_AN_EXPORT, e.reason());
    assertTrue(e.getMessage().startsWith("export.csv: dit is een PDF-bestand"), e.getMessage());
    e = assertThrows(CasesInputException.class,
        () -> audit(write("bin.csv", new byte[] {1, 2, 0, 0, 5, 6, 7, 8, 9})));
    assertEquals(CasesInputException.Reason.NOT_AN_EXPORT, e.reason());
  }

  @Test
  void tooManyAndTooFewFields() throws Exception {
    String text = "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\n"
        + "D1;V;03-02-2025;J;\n" // a trailing delimiter is harmless
        + "D2;V;03-02-2025;J;Jansen;vader sloeg\n"
        + "D3;V\n"
        + "D4;V;03-02-2025;J\n";
    CaseAudit a = audit(write("velden.csv", text, StandardCharsets.UTF_8, false));
    assertEquals(4, a.rowsRead());
    assertEquals(2, a.rowsJudged());
    assertEquals(2, a.rowsWithProblems());
    CaseFinding many = a.problems().get(0);
    assertEquals(CaseProblem.TOO_MANY_FIELDS, many.problem());
    assertEquals(3, many.row());
    assertEquals("D2", many.caseRef());
    assertTrue(many.message(Lang.NL).startsWith("velden.csv, rij 3 heeft 6 velden, de kopregel 4"),
        many.message(Lang.NL));
    CaseFinding few = a.problems().get(1);
    assertEquals(CaseProblem.TOO_FEW_FIELDS, few.problem());
    assertEquals(4, few.row());
    assertTrue(few.message(Lang.NL).contains("vanaf kolom 3"), few.message(Lang.NL));
    assertEquals(nl.meldcheck.checklist.Outcome.NOT_APPLICABLE,
        a.perCase().get(2).outcome(CaseCriterion.KINDCHECK).outcome());
    String all = a.toString();
    assertFalse(all.contains("Jansen") || all.contains("vader sloeg"));
  }

  @Test
  void duplicateAndMissingCaseIds() throws Exception {
    String text = "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\n"
        + "D1;V;03-02-2025;J\n;V;03-02-2025;J\nD1;V;04-02-2025;N\n";
    CaseAudit a = audit(write("dubbel.csv", text, StandardCharsets.UTF_8, false));
    assertEquals(3, a.rowsRead());
    assertEquals(1, a.rowsJudged());
    assertEquals(CaseProblem.MISSING_ID, a.problems().get(0).problem());
    assertTrue(a.problems().get(0).message(Lang.NL)
        .startsWith("dubbel.csv, rij 3, kolom 'Dossier': casus-ID ontbreekt"));
    CaseFinding dup = a.problems().get(1);
    assertEquals(CaseProblem.DUPLICATE_ID, dup.problem());
    assertTrue(dup.message(Lang.NL).equals("dubbel.csv, rij 4, kolom 'Dossier': casus D1 komt al"
        + " voor in rij 2; deze rij is niet beoordeeld"), dup.message(Lang.NL));
    // the duplicate is counted but judged on nothing: its kindcheck 'N' is no failure
    assertEquals(0, a.rate(CaseCriterion.KINDCHECK).failed());
    assertEquals(1, a.rate(CaseCriterion.KINDCHECK).notApplicable());
  }

  @Test
  void unreadableCellsAreFindingsWithRowAndColumn() throws Exception {
    String text = "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\n"
        + "D1;V;31-02-2025;J\nD2;V;onbekend;J\nD3;X;03-02-2025;misschien\n"
        + "D4;Jan Jansen;03-02-2025;123456782\n";
    CaseAudit a = audit(write("cellen.csv", text, StandardCharsets.UTF_8, false));
    assertEquals(4, a.rowsRead());
    assertEquals(4, a.rowsWithProblems());
    assertEquals(6, a.problems().size());
    String msgs = a.problems().stream().map(f -> f.message(Lang.NL) + "\n")
        .reduce("", String::concat);
    assertTrue(msgs.contains("cellen.csv, rij 2, kolom 'Datum signaal' (signaal_datum): geen"
        + " geldige datum (waarde niet getoond); verwacht dd-MM-yyyy of d-M-yyyy"), msgs);
    assertTrue(msgs.contains("rij 3, kolom 'Datum signaal'"), msgs);
    assertTrue(msgs.contains("rij 4, kolom 'Cliëntcategorie' (client_type): waarde 'X' staat niet"
        + " in de mapping; verwacht kind, volwassene, oudere"), msgs);
    assertTrue(msgs.contains("rij 4, kolom 'Kindcheck' (kindcheck): waarde 'misschien'"), msgs);
    assertTrue(msgs.contains("rij 5, kolom 'Kindcheck' (kindcheck): waarde (waarde niet"
        + " getoond)"), msgs);
    assertFalse(msgs.contains("31-02-2025") || msgs.contains("Jan Jansen")
        || msgs.contains("123456782"), msgs);
    assertEquals(a.summaryNl(), "4 rijen gelezen = 0 beoordeeld + 4 met problemen");
  }

  @Test
  void aMissingMappedColumnNamesItAndListsTheColumnsFound() throws Exception {
    String text = "Dossier;Client;Datum signaal\nD1;V;03-02-2025\n";
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> audit(write("kolom.csv", text, StandardCharsets.UTF_8, false)));
    assertEquals(2, e.problems().size());
    assertEquals("kolom.csv: kolom 'Cliëntcategorie' (veld client_type) ontbreekt in de export;"
        + " gevonden kolommen: 'Dossier', 'Client', 'Datum signaal'", e.problems().get(0));
    assertTrue(e.problems().get(1).contains("'Kindcheck' (veld kindcheck)"));
  }

  @Test
  void titleLinesAboveTheHeaderAreSkippedAndDoNotHideTheDelimiter() throws Exception {
    // the first line has no delimiter at all: counting in it alone would guess ';'
    String text = "Export dossiers 2025\r\n\r\nGegenereerd op 03-02-2025\r\n"
        + "Dossier,Cliëntcategorie,Datum signaal,Kindcheck\r\n"
        + "D1,V,03-02-2025,J\r\nD2,V,03-02-2025,J,Jansen\r\nD3,V,03-02-2025,N\r\n";
    CaseAudit a = audit(write("titel.csv", text, StandardCharsets.UTF_8, false));
    assertEquals(",", a.source().delimiter());
    assertEquals(3, a.rowsRead(), "the title lines are no cases");
    assertEquals(a.rowsRead(), a.rowsJudged() + a.rowsWithProblems());
    assertEquals(1, a.rowsWithProblems());
    assertEquals(4, a.perCase().get(0).row(), "records: 2 titles, the header, then D1");
    assertEquals(CaseProblem.TOO_MANY_FIELDS, a.problems().get(0).problem());
    // Excel pads a title line with delimiters; that must not make it the header either
    a = audit(write("excel.csv", "Export dossiers;;;\r\n;;;\r\n"
        + "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\r\nD1;V;03-02-2025;J\r\n",
        StandardCharsets.UTF_8, false));
    assertEquals(";", a.source().delimiter());
    assertEquals(1, a.rowsJudged());
    assertEquals(3, a.perCase().get(0).row());
  }

  @Test
  void aMissingMappedColumnBelowATitleIsStillNamed() throws Exception {
    String text = "Overzicht\nDossier;Client;Datum signaal\nD1;V;03-02-2025\n";
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> audit(write("kolom2.csv", text, StandardCharsets.UTF_8, false)));
    assertEquals(2, e.problems().size());
    assertEquals("kolom2.csv: kolom 'Cliëntcategorie' (veld client_type) ontbreekt in de export;"
        + " gevonden kolommen: 'Dossier', 'Client', 'Datum signaal'", e.problems().get(0));
  }

  @Test
  void noHeaderInTheFirstTenRowsNamesTheColumnsLookedFor() throws Exception {
    StringBuilder text = new StringBuilder("Overzicht meldingen;;\n");
    for (int i = 0; i < 10; i++) {
      text.append("Zaak;Categorie;Datum\n");
    }
    text.append("Dossier;Cliëntcategorie;Datum signaal;Kindcheck\nD1;V;03-02-2025;J\n");
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> audit(write("laat.csv", text.toString(), StandardCharsets.UTF_8, false)));
    assertEquals("laat.csv: geen kopregel gevonden in de eerste 10 niet-lege rij(en): geen rij"
        + " bevat de kolom 'Dossier' (veld casus_id) of de meeste van de gekoppelde kolommen"
        + " 'Dossier', 'Cliëntcategorie', 'Datum signaal', 'Kindcheck'; rij 1 bevat:"
        + " 'Overzicht meldingen', (leeg), (leeg). Controleer of de mapping bij deze export hoort",
        e.getMessage());
  }

  @Test
  void aHeaderThatIsReallyDataIsNotEchoed() throws Exception {
    String text = "D1;Jan Jansen;123456782;03-02-2025\nD2;Piet;987654321;04-02-2025\n";
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> audit(write("geenkop.csv", text, StandardCharsets.UTF_8, false)));
    assertFalse(e.getMessage().contains("123456782") || e.getMessage().contains("03-02-2025")
        || e.getMessage().contains("Jan") || e.getMessage().contains("Piet"), e.getMessage());
    assertTrue(e.getMessage().contains("rij 1 heeft 4 gevulde cel(len), niet getoond: het lijkt een casus"),
        e.getMessage());
  }

  @Test
  void headerMatchingIgnoresCaseAndSpacesAroundNames() throws Exception {
    String text = " dossier ;CLIËNTCATEGORIE;datum signaal;kindcheck\nD1;V;03-02-2025;J\n";
    assertEquals(1, audit(write("kop2.csv", text, StandardCharsets.UTF_8, false)).rowsJudged());
  }

  @Test
  void anUnclosedQuoteStopsWithTheRow() throws Exception {
    String text = "Dossier;Cliëntcategorie;Datum signaal;Kindcheck\n"
        + "D1;V;03-02-2025;J\nD2;\"V;03-02-2025;J\nD3;V;03-02-2025;J\n";
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(write("quote.csv", text, StandardCharsets.UTF_8, false)));
    assertEquals(CasesInputException.Reason.MALFORMED, e.reason());
    assertTrue(e.getMessage().startsWith("quote.csv: CSV-structuur onleesbaar in rij 3"),
        e.getMessage());
  }

  @Test
  void aMissingFileIsUnreadable() {
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(tmp.resolve("weg.csv")));
    assertEquals(CasesInputException.Reason.UNREADABLE, e.reason());
  }
}
