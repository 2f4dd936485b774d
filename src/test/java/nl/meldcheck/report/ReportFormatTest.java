package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
    assertEquals(List.of("text", "json", "html", "md", "csv", "junit", "sarif", "xlsx"),
        Stream.of(ReportFormat.values()).map(ReportFormat::cliName).toList());
    assertEquals(List.of("txt", "json", "html", "md", "csv", "xml", "sarif", "xlsx"),
        Stream.of(ReportFormat.values()).map(ReportFormat::extension).toList());
    assertInstanceOf(HtmlReporter.class, ReportFormat.HTML.reporter(ReportStyle.plain()));
    assertInstanceOf(MarkdownReporter.class, ReportFormat.MD.reporter(ReportStyle.plain()));
    assertInstanceOf(CsvReporter.class, ReportFormat.CSV.reporter(ReportStyle.plain()));
    assertInstanceOf(JunitReporter.class, ReportFormat.JUNIT.reporter(ReportStyle.plain()));
    assertInstanceOf(SarifReporter.class, ReportFormat.SARIF.reporter(ReportStyle.plain()));
    assertInstanceOf(XlsxReporter.class, ReportFormat.XLSX.reporter(ReportStyle.plain()));
  }

  @Test
  void onlyXlsxIsBinary() {
    for (ReportFormat format : ReportFormat.values()) {
      assertEquals(format == ReportFormat.XLSX, format.reporter(ReportStyle.plain()).binary(), format.cliName());
    }
  }

  @Test
  void textFormatsWriteUtf8BytesThroughTheStreamVariant() throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ReportFormat.MD.reporter(ReportStyle.plain()).write(CannedReports.full(), bytes);
    assertEquals(Render.with(new MarkdownReporter(), CannedReports.full()),
        bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void styleDefaultsToUnicodeAndClampsTheWidth() {
    assertEquals(new ReportStyle(false, 100, true), new ReportStyle(false, 100));
    assertEquals(ReportStyle.MIN_WIDTH, new ReportStyle(false, 10).width());
    assertEquals(ReportStyle.MAX_WIDTH, new ReportStyle(false, 10_000).width());
    assertEquals(ReportStyle.DEFAULT_WIDTH, ReportStyle.plain().width());
  }
}
