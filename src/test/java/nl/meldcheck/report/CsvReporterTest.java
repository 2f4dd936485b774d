package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReporterTest {
  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.csv", CannedReports.withCases()),
        Arguments.of("full.csv", CannedReports.full()),
        Arguments.of("empty.csv", CannedReports.empty()),
        Arguments.of("unreadable.csv", CannedReports.unreadable()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGolden(String golden, AuditReport report) throws IOException {
    Golden.assertGolden(golden, Render.with(new CsvReporter(), report));
  }

  @Test
  void startsWithABomAndHasOneRowPerCriterionOfSixteenFields() {
    String csv = Render.with(new CsvReporter(), CannedReports.full());
    assertTrue(csv.startsWith("\uFEFFid,title,area,severity,weight,outcome,credit,basis,"));
    List<List<String>> rows = parse(csv.substring(1));
    assertEquals(1 + CannedReports.full().results().size(), rows.size());
    rows.forEach(row -> assertEquals(16, row.size(), row.toString()));
    List<String> partial = rows.get(2);
    assertEquals(List.of("STAP-2-CONSULTATIE", "partial", "0.5", "4", "Stap 2 > Collegiale consultatie", ""),
        List.of(partial.get(0), partial.get(5), partial.get(6), partial.get(11), partial.get(12), partial.get(13)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)"})
  void formulaLikeCellsGetAnApostrophe(String text) {
    assertEquals("'" + text, Markup.cell(text));
    assertEquals("'" + text, Markup.cell("\t" + text), "a leading tab is cleaned away first");
  }

  @Test
  void quotesFieldsWithCommasQuotesAndKeepsThemInOneField() {
    String csv = Render.with(new CsvReporter(), CannedReports.full());
    assertTrue(csv.contains(",\"De mentor bespreekt de zorgen met de ouders, tenzij"));
    assertEquals("\"'=1\"\"\"", field("=1\""), "apostrophe inside the quotes, quote doubled");
    List<List<String>> rows = parse(csv.substring(1));
    assertEquals("meldnorm acute onveiligheid, meldnorm structurele onveiligheid", rows.get(8).get(8));
  }

  private static String field(String text) {
    String csv = Render.with(new CsvReporter(), CannedReports.withResults(CannedReports.full(),
        List.of(new nl.meldcheck.audit.CriterionResult(text, "", "a", null, 1,
            nl.meldcheck.checklist.Outcome.PASS, 1, "", "", List.of(), List.of(), List.of(), List.of(), ""))));
    String row = csv.split("\r\n")[1];
    return row.substring(0, row.indexOf(",,a,") < 0 ? row.indexOf(',') : row.indexOf(",,a,"));
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
