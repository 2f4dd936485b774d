package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void findsFormatsByCliNameIgnoringCase() {
    assertEquals(Optional.of(ReportFormat.TEXT), ReportFormat.byName("text"));
    assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.byName(" JSON "));
    assertEquals(Optional.empty(), ReportFormat.byName("xml"));
    assertEquals(Optional.empty(), ReportFormat.byName("txt"));
    assertEquals(Optional.empty(), ReportFormat.byName(null));
  }

  @Test
  void mapsToExtensionsAndReporters() {
    assertEquals("txt", ReportFormat.TEXT.extension());
    assertEquals("json", ReportFormat.JSON.extension());
    assertInstanceOf(TextReporter.class, ReportFormat.TEXT.reporter(ReportStyle.plain()));
    assertInstanceOf(JsonReporter.class, ReportFormat.JSON.reporter(ReportStyle.plain()));
  }

  @Test
  void styleDefaultsToUnicodeAndClampsTheWidth() {
    assertEquals(new ReportStyle(false, 100, true), new ReportStyle(false, 100));
    assertEquals(ReportStyle.MIN_WIDTH, new ReportStyle(false, 10).width());
    assertEquals(ReportStyle.MAX_WIDTH, new ReportStyle(false, 10_000).width());
    assertEquals(ReportStyle.DEFAULT_WIDTH, ReportStyle.plain().width());
  }
}
