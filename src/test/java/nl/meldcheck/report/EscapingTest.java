package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldcheck.audit.AuditReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The issue's escaping test: a document whose headings and sentences contain a script element,
 * Markdown links, table pipes and cells starting with = + - @, through every format.
 */
class EscapingTest {
  private static final AuditReport HOSTILE = HostileReport.report();

  @Test
  void htmlEscapesEveryTagAndRunsOnlyItsOwnScript() {
    String page = Render.with(new HtmlReporter(), HOSTILE);
    assertEquals(1, count(page, "<script"), "only the report's own script element");
    assertFalse(page.contains("<img"));
    assertFalse(page.contains("<b>vet"));
    assertFalse(page.contains("<i>label"));
    assertFalse(page.contains("onerror=alert(1)>"));
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(page.contains("data-area=\"stappen\""));
    assertTrue(page.contains("<title>Meldcode-audit: voldoet niet — docs/&lt;b&gt;meld&lt;/b&gt; code|=1.md</title>"));
    // quotes from the model cannot close an attribute value
    assertFalse(page.contains("\"http://evil\""));
    assertTrue(page.contains("=HYPERLINK(&quot;http://evil&quot;,&quot;klik&quot;)"));
  }

  @Test
  void markdownShowsNoLinkNoHtmlAndKeepsTheTableShape() {
    String md = Render.with(new MarkdownReporter(), HOSTILE);
    assertFalse(md.contains("<script"));
    assertFalse(md.contains("<b>") || md.contains("<img") || md.contains("<i>"));
    assertFalse(md.contains("](http"), "no Markdown link");
    assertFalse(md.contains("http://"), "no bare URL to autolink");
    assertTrue(md.contains("\\[x\\]\\(http:\u2060//evil\\)"));
    for (String line : md.lines().filter(l -> l.startsWith("| ")).toList()) {
      assertEquals(5, unescapedPipes(line), line);
    }
  }

  @Test
  void csvPrefixesEveryFormulaLikeCell() {
    String csv = Render.with(new CsvReporter(), HOSTILE);
    List<List<String>> rows = CsvReporterTest.parse(csv.substring(1));
    assertEquals(3, rows.size());
    List<String> texts = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      for (int i = 0; i < row.size(); i++) {
        if (!CriterionRow.Column.values()[i].numeric) {
          texts.add(row.get(i));
        }
      }
    }
    for (String cell : texts) {
      assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "unprefixed: " + cell);
    }
    assertTrue(texts.contains("'" + HostileReport.FORMULA));
    assertTrue(texts.contains("'-2+3"));
    assertTrue(texts.contains("'@SUM(A1:A9)"));
    assertTrue(texts.contains("'+31 6 1234 " + HostileReport.SCRIPT));
    assertTrue(texts.contains("'=1+1"));
    assertTrue(texts.contains("<img src=x onerror=alert(1)> > =cmd|' /C calc'!A0"),
        "only a cell's first character makes it a formula; HTML is inert in CSV");
  }

  @Test
  void xlsxHasNoFormulaCellsAndQuotePrefixesFormulaLikeText() throws IOException {
    try (XSSFWorkbook workbook = XlsxReporterTest.workbook(HOSTILE)) {
      int prefixed = 0;
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        for (Row row : workbook.getSheetAt(s)) {
          for (Cell cell : row) {
            assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
            if (cell.getCellType() == CellType.STRING) {
              String text = cell.getStringCellValue();
              boolean risky = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
              assertEquals(risky, cell.getCellStyle().getQuotePrefixed(), cell.getAddress() + " " + text);
              prefixed += risky ? 1 : 0;
            }
          }
        }
      }
      assertTrue(prefixed >= 5, "the hostile texts were there: " + prefixed);
      assertEquals(HostileReport.FORMULA, workbook.getSheet("Criteria").getRow(1).getCell(1).getStringCellValue());
    }
  }

  @Test
  void junitIsValidXmlWithTheTextAsData() throws Exception {
    String xml = Render.with(new JunitReporter(), HOSTILE);
    JunitReporterTest.loadSchema();
    JunitReporterTest.validate(xml);
    Document doc = JunitReporterTest.parse(xml);
    assertEquals(0, doc.getElementsByTagName("script").getLength());
    assertEquals(0, doc.getElementsByTagName("img").getLength());
    assertEquals("X-1 " + HostileReport.FORMULA,
        ((org.w3c.dom.Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name"));
  }

  @Test
  void sarifIsValidJsonWithTheTextAsData() throws IOException {
    String sarif = Render.with(new SarifReporter(), HOSTILE);
    SarifReporterTest.loadSchema();
    assertEquals(List.of(), SarifReporterTest.validate(sarif));
    JsonNode run = new ObjectMapper().readTree(sarif).at("/runs/0");
    assertEquals(HostileReport.FORMULA, run.at("/tool/driver/rules/0/name").asText());
    assertTrue(run.at("/results/0/locations/0/physicalLocation/region/snippet/text").asText()
        .startsWith(HostileReport.SCRIPT));
    assertEquals("docs/%3Cb%3Emeld%3C/b%3E%20code%7C=1.md",
        run.at("/artifacts/0/location/uri").asText());
  }

  @Test
  void textReportKeepsTheTextButNoEscapes() {
    String text = Render.text(HOSTILE);
    assertFalse(text.contains("\u001b"));
    assertTrue(text.contains(HostileReport.FORMULA));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static int unescapedPipes(String line) {
    Matcher m = Pattern.compile("(?<!\\\\)\\|").matcher(line);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
