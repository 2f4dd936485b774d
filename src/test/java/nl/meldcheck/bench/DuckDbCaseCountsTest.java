package nl.meldcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark's reference honest: DuckDbCaseCounts' SQL must count exactly what
 * CaseAuditor counts, on a generated export and on one full of awkward cells. Not timed; the
 * timing is scripts/bench-cases.
 */
class DuckDbCaseCountsTest {
  @TempDir
  Path dir;

  @Test
  void sqlCountsEqualCaseAuditorOnAGeneratedExport() throws Exception {
    Path csv = dir.resolve("cases.csv");
    new CaseExportGenerator(CaseExportGenerator.SEED).writeCsv(csv, 2_000);
    assertSame(csv, CaseExportGenerator.ROLE, CaseExportGenerator.NORM_DAYS);
    assertSame(csv, null, null); // no role, no norm: BESLISSER not applicable, lead time passes
  }

  /** Cells at the edges of the reader's rules, each planted in an otherwise generated row. */
  @Test
  void sqlCountsEqualCaseAuditorOnAwkwardCells() throws Exception {
    List<String> dates = List.of("2025-02-29", "2024-02-29", "0999-01-01", "999-01-01",
        "2025-1-02", "1-2-2025", "01-2-2025", "001-2-2025", "1-002-2025", "31-04-2025",
        "2025-03-12 14:30", "12-03-2025T10:00", "2025-03-12T", "12-3-2025 ", "  2025-03-12",
        "2025/03/12", "12.03.2025", "onbekend", "1-2-02025", "2025-03-12x", "1- 2-2025",
        "12-03-2025 extra", "1-2-2025T", "20250312", "2025-3-1", "1-12-2025 08:00", "00-01-2025",
        "2025-00-10", "12345678 T", "2026-11-29\t");
    List<String> codes = List.of("Ja", "JA ", "jä", "n.v.t.", "nvt.", "Nee.", "ja!", "ja\tnee",
        "ja nee", "j a", "onbekend", "1", "-", "_", "nee-", "Melden en hulp", "melden-en-hulp",
        "Melden  -  en hulp", "MELDEN", "afsluiten.");
    List<String> roles = List.of("Aandachtsfunctionaris", "Intern Begeleider",
        "intern.begeleider", "zorgcoördinator", "Zorgcoördinator", "Jansen", "teamleider ",
        "regie-behandelaar", "AANDACHTSFUNCTIONARIS", "aandachts functionaris");
    int[] dateColumns = {8, 10, 12, 13, 15, 22, 25, 28, 31};
    int[] codeColumns = {6, 9, 11, 14, 16, 17, 18, 19, 20, 21, 24, 26, 27, 29, 30, 32};
    CaseExportGenerator g = new CaseExportGenerator(7L);
    Path csv = dir.resolve("awkward.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      CaseExportGenerator.writeCsvLine(w, CaseExportGenerator.HEADER);
      long i = 0;
      for (int c : dateColumns) {
        for (String d : dates) {
          String[] row = g.row(i++);
          row[c] = d;
          CaseExportGenerator.writeCsvLine(w, row);
        }
      }
      for (int c : codeColumns) {
        for (String v : codes) {
          String[] row = g.row(i++);
          row[c] = v;
          CaseExportGenerator.writeCsvLine(w, row);
        }
      }
      for (String r : roles) {
        String[] row = g.row(i++);
        row[23] = r;
        CaseExportGenerator.writeCsvLine(w, row);
      }
      // an empty and a blank id are judged (no id to repeat); a repeated id is not
      String[] row = g.row(i++);
      row[0] = "";
      CaseExportGenerator.writeCsvLine(w, row);
      row = g.row(i++);
      row[0] = "  ";
      CaseExportGenerator.writeCsvLine(w, row);
      row = g.row(i++);
      row[0] = " C-1000003 ";
      CaseExportGenerator.writeCsvLine(w, row);
    }
    assertSame(csv, CaseExportGenerator.ROLE, CaseExportGenerator.NORM_DAYS);
    assertSame(csv, "intern_begeleider", 10);
  }

  private static void assertSame(Path csv, String role, Integer norm) throws Exception {
    DuckDbCaseCounts.Counts meldcheck =
        MeldcheckCaseCounts.table(MeldcheckCaseCounts.audit(csv, role, norm));
    DuckDbCaseCounts.Counts duckdb = DuckDbCaseCounts.count(csv, role, norm, 2);
    assertEquals(meldcheck.rows(), duckdb.rows(), "rows");
    assertEquals(meldcheck.table(), duckdb.table(), "role " + role + ", norm " + norm);
  }
}
