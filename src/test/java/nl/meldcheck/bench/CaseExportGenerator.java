package nl.meldcheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes large synthetic case exports in the canonical mapping for scripts/bench-cases: a CSV of
 * N rows and an XLSX of M rows, both streamed (constant memory whatever N is).
 *
 * <p>The mix is meant to look like a real registration-system export, not like the tidy samples:
 * mostly compliant cases on the usual paths (report, help, help refused, no suspicion, still
 * running), a deterministic share of violations of every case criterion, unreadable dates
 * ({@code 31-02-2025}, {@code onbekend}, month 13), unknown codes and roles, spelling variants
 * that do normalise ({@code Ja}, {@code Melden en hulp}, {@code Intern begeleider}), Dutch and ISO
 * dates, dates with a time part, quoted free text with commas and quotes, and a few duplicate ids.
 * Rows are never ragged: DuckDB's reader would reject them, and the CSV tests cover them.
 *
 * <p>Every row is a pure function of (seed, row index): a duplicate repeats an earlier row in
 * full, so which of two rows with one id counts as "first" cannot change any count, whichever
 * order a parallel reader sees them in.
 *
 * <p>Run: {@code java -cp target/test-classes:<deps> nl.meldcheck.bench.CaseExportGenerator csv
 * FILE ROWS} or {@code ... xlsx FILE ROWS}.
 */
public final class CaseExportGenerator {
  public static final long SEED = 20261129L;
  /** The options the benchmark audits with, so CASE-BESLISSER and the norm are exercised. */
  public static final String ROLE = "aandachtsfunctionaris";
  public static final int NORM_DAYS = 56;

  static final String[] HEADER = {"casus_id", "Naam cliënt", "BSN", "Geboortedatum", "locatie",
      "team", "client_type", "soort_geweld", "signaal_datum", "kindcheck", "consultatie_datum",
      "af_geraadpleegd", "vt_advies_datum", "gesprek_datum", "gesprek_overgeslagen_reden",
      "weging_datum", "vermoeden", "acute_onveiligheid", "structurele_onveiligheid",
      "hulp_mogelijk", "hulp_aanvaard", "besluit", "besluit_datum", "besluit_door",
      "besluit_motivering", "melding_datum", "client_geinformeerd", "niet_geinformeerd_reden",
      "evaluatie_datum", "duurzaam_veilig", "opnieuw_gemeld", "afsluit_datum", "afsluit_reden",
      "Toelichting"};

  // column indexes, in HEADER order
  private static final int ID = 0, NAME = 1, BSN = 2, BIRTH = 3, LOC = 4, TEAM = 5, TYPE = 6,
      SOORT = 7, SIGNAAL = 8, KINDCHECK = 9, CONS = 10, AF = 11, VT = 12, GESPREK = 13,
      SKIP = 14, WEGING = 15, VERMOEDEN = 16, ACUTE = 17, STRUCT = 18, HULP_MOG = 19,
      HULP_AANV = 20, BESLUIT = 21, BESLUIT_DATUM = 22, DOOR = 23, MOTIVERING = 24,
      MELDING = 25, GEINF = 26, NIET_GEINF = 27, EVAL = 28, DUURZAAM = 29, OPNIEUW = 30,
      AFSLUIT = 31, AFSLUIT_REDEN = 32, NOTE = 33;
  private static final int[] DATE_COLUMNS = {SIGNAAL, CONS, VT, GESPREK, WEGING, BESLUIT_DATUM,
      MELDING, EVAL, AFSLUIT};
  private static final int[] CODE_COLUMNS = {TYPE, KINDCHECK, AF, VERMOEDEN, ACUTE, STRUCT,
      HULP_MOG, HULP_AANV, BESLUIT, MOTIVERING, GEINF, DUURZAAM, OPNIEUW};

  private static final String[] FIRST = {"Jan", "Fatima", "Pieter", "Sanne", "Mohammed", "Eva",
      "Daan", "Noor", "Luuk", "Yara", "Bram", "Lotte", "Emre", "Fleur", "Sem", "Aylin"};
  private static final String[] LAST = {"de Vries", "El Amrani", "Bakker", "Jansen", "Yilmaz",
      "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Kaya", "Vos"};
  private static final String[] NOTES = {
      "Moeder vertelde dat vader regelmatig slaat; zus bevestigt dit",
      "Kind kwam met blauwe plekken op school, zei: \"gevallen\"",
      "Buurvrouw belde over geschreeuw, 's nachts; politie geweest",
      "Vader dreigt met meenemen van de kinderen naar het buitenland",
      "Cliënt verwaarloost zichzelf; dochter beheert geld, weigert hulp"};
  private static final String[] LOCATIONS = {"Noord", "Zuid", "Centrum", "Oost", "West",
      "Haven", "Dorp"};
  private static final String[] TEAMS = {"Team A", "Team B", "Team C", "Team D"};
  private static final String[] BAD_DATES = {"31-02-2025", "onbekend", "2025-13-01",
      "30-02-2024", "2025/03/12", "12.03.2025", "?"};
  private static final String[] BAD_CODES = {"onbekend", "misschien", "XYZ", "n.v.t.?", "1"};
  private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter NL_SHORT = DateTimeFormatter.ofPattern("d-M-yyyy");
  /** For reading back: the default SMART resolver would turn 31-02-2025 into 28 February. */
  private static final DateTimeFormatter NL_STRICT = DateTimeFormatter.ofPattern("dd-MM-uuuu")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private final long seed;

  public CaseExportGenerator(long seed) {
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !args[0].matches("csv|xlsx")) {
      System.err.println("usage: CaseExportGenerator csv|xlsx FILE ROWS");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    long rows = Long.parseLong(args[2]);
    long t0 = System.nanoTime();
    CaseExportGenerator g = new CaseExportGenerator(SEED);
    if (args[0].equals("csv")) {
      g.writeCsv(file, rows);
    } else {
      g.writeXlsx(file, rows);
    }
    System.err.printf("%s: %d rows, %d MB, %d ms%n", file, rows, Files.size(file) >> 20,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** A UTF-8 CSV with comma delimiter, header first, values quoted only where needed. */
  public void writeCsv(Path file, long rows) throws IOException {
    try (Writer w = new BufferedWriter(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      writeCsvLine(w, HEADER);
      for (long i = 0; i < rows; i++) {
        writeCsvLine(w, row(i));
      }
    }
  }

  static void writeCsvLine(Writer w, String[] cells) throws IOException {
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        w.write(',');
      }
      String v = cells[c];
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(v);
      }
    }
    w.write("\r\n");
  }

  /**
   * An XLSX with SXSSF (100 rows in memory): dates in ISO or Dutch notation are written as real
   * date cells, as Excel exports have them; everything else (and unreadable dates) as text.
   */
  public void writeXlsx(Path file, long rows) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      wb.setCompressTempFiles(true);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
      SXSSFSheet sheet = wb.createSheet("Casussen");
      Row h = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        h.createCell(c).setCellValue(HEADER[c]);
      }
      for (long i = 0; i < rows; i++) {
        String[] cells = row(i);
        Row r = sheet.createRow((int) i + 1);
        for (int c = 0; c < cells.length; c++) {
          String v = cells[c];
          if (v.isEmpty()) {
            continue;
          }
          LocalDate d = isDateColumn(c) ? plainDate(v) : null;
          if (d != null) {
            var cell = r.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else {
            r.createCell(c).setCellValue(v);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
  }

  private static boolean isDateColumn(int c) {
    for (int d : DATE_COLUMNS) {
      if (d == c) {
        return true;
      }
    }
    return false;
  }

  /** The date of a well-formed generated cell (yyyy-MM-dd or dd-MM-yyyy, no time), else null. */
  private static LocalDate plainDate(String v) {
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(v);
      }
      if (v.matches("\\d{2}-\\d{2}-\\d{4}")) {
        return LocalDate.parse(v, NL_STRICT);
      }
    } catch (java.time.DateTimeException e) {
      return null; // 31-02-2025 stays text, so the reader sees it as written
    }
    return null;
  }

  // ------------------------------------------------------------------ one row

  private enum Path5 { MELDEN, HULP, HULP_NIET, GEEN_VERMOEDEN, LOPEND }

  /** The cells of row {@code i} (0-based), a pure function of seed and i. */
  public String[] row(long i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    // about 1 in 2,000 rows repeats an earlier row (same id, same content)
    if (i > 0 && r.nextInt(2000) == 0) {
      return row(i - 1 - r.nextLong(Math.min(i, 10_000)));
    }
    String[] v = new String[HEADER.length];
    java.util.Arrays.fill(v, "");
    v[ID] = "C-" + (1_000_000 + i);
    String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    v[NAME] = name;
    v[BSN] = String.valueOf(100_000_000 + r.nextInt(900_000_000));
    v[BIRTH] = String.format("%02d-%02d-%04d", 1 + r.nextInt(28), 1 + r.nextInt(12),
        1940 + r.nextInt(80));
    v[NOTE] = NOTES[r.nextInt(NOTES.length)] + " (" + name + ", dossier " + i + ")";
    v[LOC] = r.nextInt(50) == 0 ? "" : LOCATIONS[r.nextInt(LOCATIONS.length)];
    v[TEAM] = TEAMS[r.nextInt(TEAMS.length)];

    int p = r.nextInt(100);
    Path5 path = p < 35 ? Path5.MELDEN : p < 60 ? Path5.HULP : p < 75 ? Path5.HULP_NIET
        : p < 92 ? Path5.GEEN_VERMOEDEN : Path5.LOPEND;
    String type = new String[] {"kind", "kind", "kind", "volwassene", "oudere"}[r.nextInt(5)];
    v[TYPE] = type;
    v[SOORT] = type.equals("kind") ? "kindermishandeling"
        : type.equals("oudere") ? "ouderenmishandeling" : "partnergeweld";
    v[KINDCHECK] = type.equals("kind") ? "nvt" : "ja";

    LocalDate[] d = new LocalDate[HEADER.length];
    LocalDate s = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
    LocalDate cons = s.plusDays(1 + r.nextInt(7));
    d[SIGNAAL] = s;
    d[CONS] = cons;
    v[AF] = "ja";
    if (r.nextInt(4) == 0) {
      d[VT] = cons.plusDays(r.nextInt(3));
    }
    if (path != Path5.LOPEND) {
      LocalDate last = cons;
      if (r.nextInt(8) == 0) {
        v[SKIP] = r.nextBoolean() ? "veiligheid" : "contactverlies";
      } else {
        last = cons.plusDays(1 + r.nextInt(7));
        d[GESPREK] = last;
      }
      LocalDate weging = last.plusDays(1 + r.nextInt(7));
      LocalDate besluit = weging.plusDays(r.nextInt(r.nextInt(10) == 0 ? 60 : 7));
      d[WEGING] = weging;
      d[BESLUIT_DATUM] = besluit;
      v[DOOR] = ROLE;
      v[MOTIVERING] = "ja";
      switch (path) {
        case MELDEN -> {
          v[VERMOEDEN] = "ja";
          boolean acute = r.nextBoolean();
          v[ACUTE] = acute ? "ja" : "nee";
          v[STRUCT] = acute ? "nee" : "ja";
          boolean help = r.nextBoolean();
          v[HULP_MOG] = help ? "ja" : "nee";
          v[HULP_AANV] = help ? "ja" : "nee";
          boolean both = help && r.nextBoolean();
          v[BESLUIT] = both ? "melden_en_hulp" : "melden";
          d[MELDING] = besluit.plusDays(r.nextInt(3));
          if (r.nextInt(5) == 0) {
            v[GEINF] = "nee";
            v[NIET_GEINF] = "veiligheid";
          } else {
            v[GEINF] = "ja";
          }
          if (both && r.nextInt(3) > 0) {
            d[EVAL] = besluit.plusDays(30 + r.nextInt(60));
            v[DUURZAAM] = "ja";
          }
        }
        case HULP -> {
          v[VERMOEDEN] = "ja";
          v[ACUTE] = "nee";
          v[STRUCT] = "nee";
          v[HULP_MOG] = "ja";
          v[HULP_AANV] = "ja";
          v[BESLUIT] = "hulp";
          LocalDate eval = besluit.plusDays(30 + r.nextInt(60));
          if (r.nextInt(5) > 0) {
            d[EVAL] = eval;
            if (r.nextInt(6) == 0) {
              v[DUURZAAM] = "nee";
              v[OPNIEUW] = "ja";
            } else {
              v[DUURZAAM] = "ja";
              v[OPNIEUW] = "nee";
              d[AFSLUIT] = eval.plusDays(r.nextInt(14));
              v[AFSLUIT_REDEN] = "hulp_afgerond";
            }
          }
        }
        case HULP_NIET -> {
          v[VERMOEDEN] = "ja";
          v[ACUTE] = "nee";
          v[STRUCT] = "nee";
          v[HULP_MOG] = r.nextBoolean() ? "ja" : "nee";
          v[HULP_AANV] = "nee";
          v[BESLUIT] = "melden";
          d[MELDING] = besluit.plusDays(r.nextInt(3));
          v[GEINF] = "ja";
        }
        case GEEN_VERMOEDEN -> {
          v[VERMOEDEN] = "nee";
          v[ACUTE] = "nee";
          v[STRUCT] = "nee";
          v[BESLUIT] = "afsluiten";
          d[AFSLUIT] = besluit;
          if (r.nextInt(3) > 0) {
            v[AFSLUIT_REDEN] = "geen_vermoeden";
          }
        }
        case LOPEND -> throw new AssertionError();
      }
    }
    violate(r, v, d);
    // dates as text: mostly ISO, a share Dutch (with and without leading zeros), a few with time
    int style = r.nextInt(10);
    for (int c : DATE_COLUMNS) {
      if (d[c] != null) {
        v[c] = style < 6 ? d[c].toString() : style < 9 ? d[c].format(NL)
            : d[c].format(NL_SHORT);
      }
    }
    if (r.nextInt(100) == 0) {
      int c = DATE_COLUMNS[r.nextInt(DATE_COLUMNS.length)];
      if (!v[c].isEmpty()) {
        v[c] = v[c] + (r.nextBoolean() ? " 14:30" : "T09:15:00");
      }
    }
    readProblems(r, v);
    return v;
  }

  /** About 1 in 8 rows breaks one criterion, each criterion about equally often. */
  private static void violate(SplittableRandom r, String[] v, LocalDate[] d) {
    if (r.nextInt(8) != 0) {
      return;
    }
    switch (r.nextInt(13)) {
      case 0 -> d[WEGING] = null; // step 4 unrecorded
      case 1 -> { // conversation before consultation
        if (d[CONS] != null) {
          d[GESPREK] = d[CONS].minusDays(1 + r.nextInt(3));
        }
      }
      case 2 -> { // unsafety, but help chosen instead of a report
        v[ACUTE] = "ja";
        if (!v[BESLUIT].isEmpty()) {
          v[BESLUIT] = "hulp";
          d[MELDING] = null;
        }
      }
      case 3 -> v[HULP_AANV] = v[VERMOEDEN].equals("ja") ? "nee" : v[HULP_AANV]; // refused, no report
      case 4 -> v[DOOR] = ""; // decision-maker unrecorded
      case 5 -> v[DOOR] = r.nextBoolean() ? "leidinggevende" : "Intern begeleider";
      case 6 -> { // no conversation and no reason
        d[GESPREK] = null;
        v[SKIP] = "";
      }
      case 7 -> { // reported, client not informed, no reason
        v[GEINF] = r.nextBoolean() ? "nee" : r.nextBoolean() ? "nvt" : "";
        v[NIET_GEINF] = "";
      }
      case 8 -> v[KINDCHECK] = r.nextBoolean() ? "nee" : "";
      case 9 -> v[AF] = r.nextBoolean() ? "nee" : "";
      case 10 -> { // not lasting, not re-reported / closed without evaluation
        if (d[EVAL] != null) {
          v[DUURZAAM] = "nee";
          v[OPNIEUW] = "nee";
        } else if (d[BESLUIT_DATUM] != null) {
          d[AFSLUIT] = d[BESLUIT_DATUM].plusDays(100);
        }
      }
      case 11 -> { // long lead time
        if (d[BESLUIT_DATUM] != null) {
          d[BESLUIT_DATUM] = d[BESLUIT_DATUM].plusDays(NORM_DAYS + r.nextInt(60));
        }
      }
      default -> { // no suspicion, decision other than closing
        if (v[VERMOEDEN].equals("nee")) {
          v[BESLUIT] = "hulp";
        }
      }
    }
  }

  /** About 1 in 25 rows has a cell meldcheck cannot read, or a spelling it must normalise. */
  private static void readProblems(SplittableRandom r, String[] v) {
    int k = r.nextInt(100);
    if (k < 1) {
      v[DATE_COLUMNS[r.nextInt(DATE_COLUMNS.length)]] = BAD_DATES[r.nextInt(BAD_DATES.length)];
    } else if (k < 2) {
      v[CODE_COLUMNS[r.nextInt(CODE_COLUMNS.length)]] = BAD_CODES[r.nextInt(BAD_CODES.length)];
    } else if (k < 3) {
      v[DOOR] = LAST[r.nextInt(LAST.length)]; // a name where a role belongs
    } else if (k < 4) {
      // spellings the reader normalises: capitals, accents, spaces, hyphens
      switch (r.nextInt(4)) {
        case 0 -> v[AF] = v[AF].isEmpty() ? "" : Character.toUpperCase(v[AF].charAt(0))
            + v[AF].substring(1);
        case 1 -> v[BESLUIT] = v[BESLUIT].equals("melden_en_hulp") ? "Melden en hulp"
            : v[BESLUIT].toUpperCase(java.util.Locale.ROOT);
        case 2 -> v[DOOR] = v[DOOR].isEmpty() ? "" : "Aandachtsfunctionaris";
        default -> v[TYPE] = v[TYPE].equals("oudere") ? "Oudere" : "  " + v[TYPE] + " ";
      }
    } else if (k < 5) {
      v[SOORT] = "XYZ"; // unknown code in a field no criterion reads
    }
  }
}
