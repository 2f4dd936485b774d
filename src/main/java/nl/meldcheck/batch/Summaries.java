package nl.meldcheck.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Lang;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the cohort summaries at the end of a batch, each file atomically. */
final class Summaries {
  static final String CSV = "summary.csv";
  static final String XLSX = "summary.xlsx";
  static final String HTML = "summary.html";

  private Summaries() {}

  static void writeAll(Path out, List<OrgResult> rows, Checklist checklist, Lang lang) throws IOException {
    boolean cases = false;
    for (OrgResult r : rows) { // rows may be read back from results.jsonl: a plain loop reads it in chunks
      cases |= !r.casesStatus().isEmpty();
    }
    SummaryTable table = new SummaryTable(checklist, lang, cases);
    // the XLSX takes longer than the other two together (POI, then zipping): written on a thread
    // of its own, at the end of a batch when the workers have stopped and a core is free
    java.util.concurrent.FutureTask<Void> xlsx = new java.util.concurrent.FutureTask<>(() -> {
      AtomicFiles.write(out.resolve(XLSX), os -> SummaryXlsx.write(table, rows, os));
      return null;
    });
    Thread t = new Thread(xlsx, "meldcheck-summary-xlsx");
    t.setDaemon(true);
    t.start();
    Exception first = null;
    try {
      AtomicFiles.write(out.resolve(CSV), os -> writeCsv(table, rows, os));
      AtomicFiles.write(out.resolve(HTML), os -> {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        SummaryHtml.write(table, rows, checklist, lang, out, w);
        w.flush();
      });
    } catch (IOException | RuntimeException e) {
      first = e;
    }
    try {
      xlsx.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      first = first != null ? first : new java.io.InterruptedIOException("interrupted while writing " + XLSX);
    } catch (java.util.concurrent.ExecutionException e) {
      first = first != null ? first : e.getCause() instanceof Exception c ? c : new IOException(e.getCause());
    }
    if (first instanceof IOException io) {
      throw io;
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first != null) {
      throw new IOException(first);
    }
  }

  private static void writeCsv(SummaryTable table, List<OrgResult> rows, java.io.OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    // a BOM so that Excel opens the UTF-8 names right; RFC 4180 line ends
    w.write('\uFEFF');
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(table.header().stream().map(Summaries::cell).toList());
      for (OrgResult r : rows) {
        p.printRecord(table.row(r).stream().map(Summaries::cell).toList());
      }
    }
  }

  /**
   * A score or rate with one decimal, rounded half up, as {@code String.format("%.1f")} gives it
   * for the non-negative numbers in a summary (checked on six million values). Not through
   * Formatter: it builds the locale's DecimalFormatSymbols for every number, 200 MB of garbage
   * and most of the summaries' time for 4,000 organisations.
   */
  static String oneDecimal(double d) {
    return java.math.BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A CSV cell: numbers as plain decimals; a text that a spreadsheet would run as a formula
   * (starting with = + - @, tab or carriage return) gets a leading apostrophe (OWASP advice).
   */
  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return oneDecimal(d);
    }
    String s = v.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
