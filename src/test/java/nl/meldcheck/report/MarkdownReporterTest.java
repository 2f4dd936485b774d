package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownReporterTest {
  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.md", CannedReports.withCases()),
        Arguments.of("full.md", CannedReports.full()),
        Arguments.of("full-en.md", CannedReports.fullEnglish()),
        Arguments.of("empty.md", CannedReports.empty()),
        Arguments.of("unreadable.md", CannedReports.unreadable()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGolden(String golden, AuditReport report) throws IOException {
    Golden.assertGolden(golden, Render.with(new MarkdownReporter(), report));
  }

  @Test
  void listsOnlyCriteriaThatNeedWorkWithTheirAdvice() {
    String md = Render.with(new MarkdownReporter(), CannedReports.full());
    assertTrue(md.startsWith("### Meldcode-audit: voldoet deels — 73,6 / 100\n"));
    assertTrue(md.contains("| AFW-MELDNORM | Meldnorm bij acute of structurele onveiligheid | **niet voldaan** |"));
    assertTrue(md.contains("| STAP-2-CONSULTATIE |"));
    assertFalse(md.contains("STAP-1-SIGNALEN"), "passing criteria are only counted");
    assertTrue(md.contains("<details><summary>AFW-KADER — Bewijs</summary>\n\n- “Zo mogelijk"));
  }

  @Test
  void escapesMarkupLinksAndTableSeparators() {
    assertEquals("a \\| b", Markup.markdown("a | b"));
    assertEquals("\\[x\\]\\(http:\u2060//evil\\)", Markup.markdown("[x](http://evil)"));
    assertEquals("&lt;script&gt;alert\\(1\\)&lt;/script&gt;", Markup.markdown("<script>alert(1)</script>"));
    assertEquals("www\u2060.evil.example", Markup.markdown("www.evil.example"));
    assertEquals("\\*\\*bold\\*\\* \\_x\\_ \\`code\\` # h-1", Markup.markdown("**bold** _x_ `code` # h-1"));
    assertEquals("\\- item", Markup.markdown("- item"));
    assertEquals("12\\. item", Markup.markdown("12. item"));
  }

  @Test
  void anUnreadableInputSaysWhyAndListsNoCriteria() {
    String md = Render.with(new MarkdownReporter(), CannedReports.unreadable());
    assertTrue(md.contains("(encrypted): Het bestand is met een wachtwoord beveiligd"));
    assertFalse(md.contains("| ID |"));
  }
}
