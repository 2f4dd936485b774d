package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReporterTest {
  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.html", CannedReports.withCases()),
        Arguments.of("full.html", CannedReports.full()),
        Arguments.of("full-en.html", CannedReports.fullEnglish()),
        Arguments.of("empty.html", CannedReports.empty()),
        Arguments.of("unreadable.html", CannedReports.unreadable()),
        Arguments.of("hostile.html", HostileReport.report()));
  }

  static String html(AuditReport report) {
    return Render.with(new HtmlReporter(), report);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGolden(String golden, AuditReport report) throws IOException {
    Golden.assertGolden(golden, html(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void isSelfContained(String golden, AuditReport report) {
    String page = html(report);
    for (String external : List.of("url(", "@import", "<link", "<iframe", "<img", "<object", "<embed")) {
      assertFalse(page.contains(external), golden + " contains " + external);
    }
    assertFalse(Pattern.compile("<[a-zA-Z][^<>]*\\s(src|href|action)=").matcher(page).find(),
        golden + " has an element that loads or links something");
    assertFalse(page.contains("\r"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void headingsNestWithoutSkippingALevel(String golden, AuditReport report) {
    Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html(report));
    int previous = 0;
    List<Integer> levels = new ArrayList<>();
    while (m.find()) {
      int level = Integer.parseInt(m.group(1));
      assertTrue(level <= previous + 1, golden + ": h" + level + " after h" + previous);
      levels.add(level);
      previous = level;
    }
    assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1");
  }

  @Test
  void pageLanguageIsTheReportLanguage() {
    assertTrue(html(CannedReports.full()).contains("<html lang=\"nl\">"));
    assertTrue(html(CannedReports.fullEnglish()).contains("<html lang=\"en\">"));
    assertTrue(html(CannedReports.fullEnglish()).contains(">Verdict</h2>"));
  }

  @Test
  void everyFilterControlHasALabelAndTheFormWaitsForTheScript() {
    String page = html(CannedReports.full());
    Matcher select = Pattern.compile("<select id=\"([^\"]+)\"").matcher(page);
    int selects = 0;
    while (select.find()) {
      selects++;
      assertTrue(page.contains("<label for=\"" + select.group(1) + "\">"), select.group(1));
    }
    assertEquals(2, selects);
    assertTrue(page.contains("<form class=\"filters\" id=\"filters\" hidden "));
    assertTrue(page.contains("<option value=\"review\">beoordelen</option>"));
    assertFalse(page.contains("<option value=\"error\">fout</option><option value=\"error\">"));
  }

  @Test
  void showsEveryCriterionWithEvidenceAndAdvice() {
    String page = html(CannedReports.full());
    assertEquals(12, page.split("<article class=\"criterion\"", -1).length - 1);
    assertTrue(page.contains("<figure><blockquote>Zo mogelijk gebruikt de aandachtsfunctionaris het afwegingskader."
        + "</blockquote><figcaption class=\"where\">p. 8 · Stap 4 › Afwegingskader · zwak geformuleerd</figcaption>"));
    assertTrue(page.contains("<dt>Advies</dt>\n<dd>Leg vast dat bij acute"));
    assertTrue(page.contains("aria-label=\"Score: 73,6 / 100\""));
    assertTrue(page.contains("score = 100 × Σ(gewicht × krediet) / Σ(gewicht) = 100 × 26,5 / 36"));
  }

  @Test
  void theContentSecurityPolicyAllowsExactlyTheInlineScript() throws Exception {
    String page = html(CannedReports.full());
    String script = page.substring(page.indexOf("<script>") + "<script>".length(), page.indexOf("</script>"));
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    assertTrue(page.contains("script-src 'sha256-" + hash + "'"), "hash of the script as written");
    assertTrue(page.contains("default-src 'none'"));
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void badgeTextHasAtLeastAaContrast(Outcome outcome) {
    double ratio = HtmlTheme.contrast("#ffffff", HtmlTheme.background(outcome));
    assertTrue(ratio >= 4.5, outcome + " badge contrast " + ratio);
  }

  @ParameterizedTest
  @EnumSource(Verdict.class)
  void verdictBadgeHasAtLeastAaContrast(Verdict verdict) {
    assertTrue(HtmlTheme.contrast("#ffffff", HtmlTheme.background(verdict)) >= 4.5);
  }

  @Test
  void bodyTextContrastAndTheContrastFormula() {
    assertEquals(21.0, HtmlTheme.contrast("#000000", "#ffffff"), 0.01);
    assertEquals(1.0, HtmlTheme.contrast("#777777", "#777777"), 0.001);
    assertTrue(HtmlTheme.contrast(HtmlTheme.TEXT, "#ffffff") >= 7);
    assertTrue(HtmlTheme.contrast(HtmlTheme.MUTED, "#ffffff") >= 4.5);
  }

  @Test
  void anUnreadableInputSaysWhyAndHasNoFilters() {
    String page = html(CannedReports.unreadable());
    assertTrue(page.contains("<dt>Invoer</dt><dd><strong>encrypted</strong> — Het bestand is met een wachtwoord"));
    assertFalse(page.contains("<form"));
    assertTrue(page.contains("aria-label=\"Score: geen score\""));
  }
}
