package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextReporterTest {
  private static final String ESC = "\u001b";

  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.txt", CannedReports.withCases()),
        Arguments.of("expected.txt", CannedReports.full()),
        Arguments.of("expected-en.txt", CannedReports.fullEnglish()),
        Arguments.of("empty.txt", CannedReports.empty()),
        Arguments.of("unreadable.txt", CannedReports.unreadable()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGolden(String golden, AuditReport report) throws IOException {
    Golden.assertGolden(golden, Render.text(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void noAnsiWithoutColourAndOnlyUnixNewlines(String golden, AuditReport report) {
    String text = Render.text(report, new ReportStyle(false, 100));
    assertFalse(text.contains(ESC));
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void colourChangesNothingButTheEscapes(String golden, AuditReport report) {
    String coloured = Render.text(report, new ReportStyle(true, 100));
    assertEquals(Render.text(report), coloured.replaceAll(ESC + "\\[[0-9;]*m", ""));
  }

  @Test
  void colourMarksOutcomesAndVerdict() {
    String text = Render.text(CannedReports.full(), new ReportStyle(true, 100));
    assertTrue(text.contains(ESC + "[32mvoldaan" + ESC + "[0m\n"));
    assertTrue(text.contains(ESC + "[33mdeels" + ESC + "[0m\n"));
    assertTrue(text.contains(ESC + "[33mbeoordelen" + ESC + "[0m\n"));
    assertTrue(text.contains(ESC + "[31mniet voldaan" + ESC + "[0m\n"));
    assertTrue(text.contains(ESC + "[2mn.v.t." + ESC + "[0m\n"));
    assertTrue(text.contains(ESC + "[33mvoldoet deels" + ESC + "[0m"));
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 100, 132})
  void noLineIsWiderThanTheStyle(int width) {
    for (AuditReport report : List.of(CannedReports.full(), CannedReports.fullEnglish(),
        CannedReports.empty(), CannedReports.unreadable())) {
      for (String line : Render.text(report, new ReportStyle(false, width)).split("\n")) {
        assertTrue(line.codePointCount(0, line.length()) <= width, width + ": " + line);
      }
    }
  }

  @Test
  void dutchUsesADecimalCommaAndEnglishAPoint() {
    assertTrue(Render.text(CannedReports.full()).contains("Score:      73,6 / 100 (voldoende vanaf 70)"));
    assertTrue(Render.text(CannedReports.fullEnglish()).contains("Score:      73.6 / 100 (pass mark 70)"));
    assertTrue(Render.text(CannedReports.full()).contains("+6,9 punten: STAP-2-CONSULTATIE — "));
  }

  @Test
  void criteriaAreGroupedByAreaInReportOrder() {
    String text = Render.text(CannedReports.full());
    List<Integer> positions = new ArrayList<>();
    for (String marker : List.of("\nDe vijf stappen\n", "[STAP-1-SIGNALEN]", "[STAP-2-CONSULTATIE]",
        "[STAP-5-BESLISSEN]", "\nAfwegingskader\n", "[AFW-KADER]", "[AFW-MELDNORM]",
        "\nOrganisatie en aandachtsfunctionaris\n", "[AF-ROL]", "[ORG-KENNIS]", "[ORG-MONITORING]",
        "[ORG-ACTUEEL]", "\nSectorregels\n", "[ONDERWIJS-MELDPLICHT-PERSONEEL]", "Beste verbeteringen",
        "Aantallen:")) {
      int at = text.indexOf(marker);
      assertTrue(at >= 0, marker);
      positions.add(at);
    }
    List<Integer> sorted = new ArrayList<>(positions);
    sorted.sort(null);
    assertEquals(sorted, positions);
  }

  @Test
  void aCriterionOfAnUnlistedAreaIsStillShown() {
    CriterionResult stray = result(Outcome.PASS, List.of(), "zwerf");
    String text = Render.text(CannedReports.withResults(CannedReports.full(), List.of(stray)));
    assertTrue(text.contains("\nzwerf\n  [TEST-1] Testcriterium"));
  }

  @Test
  void isDeterministicAndIndependentOfTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      String us = Render.text(CannedReports.full());
      Locale.setDefault(Locale.GERMANY);
      assertEquals(us, Render.text(CannedReports.full()));
      assertEquals(us, Render.text(CannedReports.full()));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void escapesAndControlCharactersInDocumentTextAreNeutralised() {
    AuditReport hostile = withQuote(CannedReports.full(),
        "\u001b[31mrood\u001b[0m en\u0007 bel \u202eomgekeerd\u001b]0;titel\u0007 einde");
    String plain = Render.text(hostile, new ReportStyle(false, 100));
    assertFalse(plain.contains(ESC));
    assertFalse(plain.contains("\u0007"));
    assertFalse(plain.contains("\u202e"));
    assertFalse(plain.contains("[31m"));
    assertTrue(plain.contains("“rood en bel omgekeerd einde”"), plain);

    String colouredClean = Render.text(withQuote(CannedReports.full(), "rood"), new ReportStyle(true, 100));
    String colouredHostile = Render.text(hostile, new ReportStyle(true, 100));
    assertEquals(colouredClean.split(ESC, -1).length, colouredHostile.split(ESC, -1).length);
  }

  @Test
  void controlCharactersInOtherModelTextsAreNeutralised() {
    CriterionResult result = new CriterionResult("X-1\u001b[2J", "Titel\r\nmet regel", "stappen",
        Severity.MINOR, 1, Outcome.FAIL, 0, "", "iets\u0000", List.of(), List.of("deel\u001b[5m"),
        List.of(), List.of("noot\u009b31m"), "advies\u001b[8m verborgen");
    String text = Render.text(CannedReports.withResults(CannedReports.full(), List.of(result)));
    assertFalse(text.contains(ESC));
    assertFalse(text.contains("\u0000") || text.contains("\u009b") || text.contains("\r"));
    assertTrue(text.contains("[X-1] Titel met regel"));
    assertTrue(text.contains("advies verborgen"));
  }

  @Test
  void evidenceShowsLineOrSectionWhenThereIsNoPage() {
    EvidenceItem onLine = new EvidenceItem("Regel uit een tekstbestand.", 0, List.of("Stap 2"), 12,
        0, 10, "c", "", "strong");
    EvidenceItem inSection = new EvidenceItem("Alleen een kop.", 0, List.of("Inleiding", "Doel"), 0,
        0, 10, "c", "doel", "negated");
    CriterionResult result = result(Outcome.PASS, List.of(onLine, inSection), "stappen");
    String nl = Render.text(CannedReports.withResults(CannedReports.full(), List.of(result)));
    assertTrue(nl.contains("“Regel uit een tekstbestand.” — regel 12, Stap 2\n"), nl);
    assertTrue(nl.contains("“Alleen een kop.” — sectie Inleiding > Doel [doel, ontkend]\n"), nl);
    String en = Render.text(CannedReports.withResults(CannedReports.fullEnglish(), List.of(result)));
    assertTrue(en.contains("— line 12, Stap 2\n"));
    assertTrue(en.contains("— section Inleiding > Doel [doel, negated]\n"));
  }

  @Test
  void aLongTitleWrapsAndKeepsTheOutcomeAtTheMargin() {
    CriterionResult result = new CriterionResult("LANG-1", "woord ".repeat(30).strip(), "stappen",
        Severity.MINOR, 1, Outcome.PASS, 1, "", "", List.of(), List.of(), List.of(), List.of(), "");
    String text = Render.text(CannedReports.withResults(CannedReports.full(), List.of(result)),
        new ReportStyle(false, 80));
    String[] lines = text.substring(text.indexOf("  [LANG-1]")).split("\n");
    int last = 0;
    while (!lines[last].endsWith(" voldaan")) {
      last++;
      assertTrue(lines[last].startsWith("    woord"), lines[last]);
    }
    assertTrue(last >= 2, "title wraps over several lines");
    assertEquals(80, lines[last].length(), lines[last]);
    assertEquals(30, text.split("woord", -1).length - 1);
  }

  @Test
  void asciiBarsWhenUnicodeIsOff() {
    String ascii = Render.text(CannedReports.full(), ReportStyle.plain().withUnicode(false));
    assertTrue(ascii.contains("##################.."));
    assertFalse(ascii.contains("█") || ascii.contains("░"));
    assertTrue(Render.text(CannedReports.full()).contains("██████████████████░░"));
  }

  @Test
  void noResultsSaysSo() {
    assertTrue(Render.text(CannedReports.unreadable()).contains("Criteria\n  Geen criteria beoordeeld.\n"));
    assertTrue(Render.text(CannedReports.unreadable()).contains(
        "Invoer:     encrypted — Het bestand is met een wachtwoord beveiligd"));
  }

  static AuditReport withQuote(AuditReport report, String quote) {
    EvidenceItem item = new EvidenceItem(quote, 3, List.of("Stap 1"), 0, 0, 4, "c", "", "strong");
    return CannedReports.withResults(report, List.of(result(Outcome.PASS, List.of(item), "stappen")));
  }

  private static CriterionResult result(Outcome outcome, List<EvidenceItem> evidence, String area) {
    return new CriterionResult("TEST-1", "Testcriterium", area, Severity.MINOR, 1, outcome, 1, "",
        "", List.of(), List.of(), evidence, List.of(), "");
  }
}
