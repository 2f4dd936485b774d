package nl.meldcheck.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Text;

/**
 * summary.html: the cohort at a glance in one self-contained file (no external CSS, fonts or
 * scripts): verdict counts, a score histogram as inline SVG, the criteria that fail most often,
 * and a table that sorts on a click and links to each organisation's report. Every text from
 * documents, file names or metadata is escaped.
 */
final class SummaryHtml {
  private static final int BINS = 10;
  private static final int TOP_CRITERIA = 10;

  private SummaryHtml() {}

  static void write(SummaryTable table, List<OrgResult> rows, Checklist checklist, Lang lang, Path out, Writer w)
      throws IOException {
    w.write("<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<title>" + esc(t("Meldcheck batch: overzicht", "Meldcheck batch: summary", lang)) + "</title>\n");
    w.write("<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
        + "table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}"
        + "th{background:#eee;cursor:pointer;position:sticky;top:0}.voldoet{background:#c8f0c8}"
        + ".voldoet_deels{background:#fff3b0}.voldoet_niet{background:#f8c0b8}.niet_beoordeeld{background:#ddd}"
        + ".counts td{font-size:1.2em}</style></head><body>\n");
    w.write("<h1>" + esc(t("Overzicht van de batch", "Batch summary", lang)) + "</h1>\n");
    w.write("<p>" + esc(t("Checklist", "Checklist", lang) + ": " + checklist.title().get(lang) + " ("
        + checklist.id() + " " + checklist.version() + "), " + rows.size() + " "
        + t("organisaties", "organisations", lang)) + "</p>\n");
    // one pass for the figures at the top: the rows are read back from results.jsonl, not held
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      verdicts.put(v.code(), 0);
    }
    int[] bins = new int[BINS];
    Map<String, Integer> fails = new java.util.HashMap<>();
    for (OrgResult r : rows) {
      verdicts.merge(r.verdict(), 1, Integer::sum);
      addToBins(bins, r);
      for (Map.Entry<String, String> o : r.outcomes().entrySet()) {
        if ("fail".equals(o.getValue())) {
          fails.merge(o.getKey(), 1, Integer::sum);
        }
      }
    }
    verdictCounts(verdicts, lang, w);
    histogram(bins, lang, w);
    failing(fails, checklist, lang, w);
    orgTable(table, rows, lang, out, w);
    w.write("<script>document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',"
        + "function(){var tb=th.closest('table').tBodies[0];var rs=Array.from(tb.rows);var asc=th.dataset.asc!=='1';"
        + "th.dataset.asc=asc?'1':'0';rs.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent,"
        + "y=b.cells[i].dataset.v||b.cells[i].textContent;var nx=parseFloat(x),ny=parseFloat(y);"
        + "var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});"
        + "rs.forEach(function(r){tb.appendChild(r);});});});</script>\n");
    w.write("</body></html>\n");
  }

  private static void verdictCounts(Map<String, Integer> counts, Lang lang, Writer w) throws IOException {
    w.write("<h2>" + esc(t("Oordelen", "Verdicts", lang)) + "</h2>\n<table class=\"counts\"><tr>");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      w.write("<td class=\"" + esc(e.getKey()) + "\">" + esc(SummaryTable.verdictLabel(e.getKey(), lang)) + ": <b>"
          + e.getValue() + "</b></td>");
    }
    w.write("</tr></table>\n");
  }

  /** Ten bins of ten points; 100 falls in the last bin. Bars scale to the fullest bin. */
  private static void addToBins(int[] bins, OrgResult r) {
    if (r.score() != null) {
      int b = (int) Math.floor(Math.max(0, Math.min(100, r.score())) / 10.0);
      bins[Math.min(b, BINS - 1)]++;
    }
  }

  private static void histogram(int[] bins, Lang lang, Writer w) throws IOException {
    int max = 1;
    for (int b : bins) {
      max = Math.max(max, b);
    }
    int width = 40;
    int height = 150;
    w.write("<h2>" + esc(t("Verdeling van de scores", "Score distribution", lang)) + "</h2>\n");
    w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (BINS * width + 20) + "\" height=\""
        + (height + 40) + "\" role=\"img\" aria-label=\"" + esc(t("histogram van de scores", "score histogram", lang))
        + "\">\n");
    for (int i = 0; i < BINS; i++) {
      int h = (int) Math.round(bins[i] * (double) height / max);
      int x = 10 + i * width;
      w.write("<rect x=\"" + (x + 2) + "\" y=\"" + (height - h + 15) + "\" width=\"" + (width - 4) + "\" height=\"" + h
          + "\" fill=\"#4a7fb5\"><title>" + (i * 10) + "-" + (i == BINS - 1 ? 100 : i * 10 + 9) + ": " + bins[i]
          + "</title></rect>");
      w.write("<text x=\"" + (x + width / 2) + "\" y=\"" + (height - h + 12) + "\" font-size=\"11\" text-anchor=\"middle\">"
          + bins[i] + "</text>");
      w.write("<text x=\"" + (x + width / 2) + "\" y=\"" + (height + 30) + "\" font-size=\"11\" text-anchor=\"middle\">"
          + (i * 10) + "</text>\n");
    }
    w.write("</svg>\n");
  }

  private static void failing(Map<String, Integer> fails, Checklist checklist, Lang lang, Writer w)
      throws IOException {
    List<Object[]> counts = new ArrayList<>();
    for (Criterion c : checklist.criteria()) {
      int n = fails.getOrDefault(c.id(), 0);
      if (n > 0) {
        counts.add(new Object[] {c, n});
      }
    }
    // most failures first; checklist order breaks ties, so the output is deterministic
    counts.sort((a, b) -> Integer.compare((Integer) b[1], (Integer) a[1]));
    w.write("<h2>" + esc(t("Criteria die het vaakst niet gehaald worden", "Criteria failed most often", lang))
        + "</h2>\n");
    if (counts.isEmpty()) {
      w.write("<p>" + esc(t("Geen.", "None.", lang)) + "</p>\n");
      return;
    }
    w.write("<table><tr><th>" + esc(t("criterium", "criterion", lang)) + "</th><th>" + esc(t("titel", "title", lang))
        + "</th><th>" + esc(t("aantal", "count", lang)) + "</th></tr>\n");
    for (Object[] e : counts.subList(0, Math.min(TOP_CRITERIA, counts.size()))) {
      Criterion c = (Criterion) e[0];
      w.write("<tr><td>" + esc(c.id()) + "</td><td>" + esc(c.title().get(lang)) + "</td><td>" + e[1] + "</td></tr>\n");
    }
    w.write("</table>\n");
  }

  private static void orgTable(SummaryTable table, List<OrgResult> rows, Lang lang, Path out, Writer w)
      throws IOException {
    w.write("<h2>" + esc(t("Organisaties", "Organisations", lang)) + "</h2>\n<table class=\"sortable\"><thead><tr>");
    List<String> header = table.header();
    for (String h : header) {
      w.write("<th>" + esc(h) + "</th>");
    }
    w.write("</tr></thead><tbody>\n");
    for (OrgResult r : rows) {
      List<Object> values = table.row(r);
      w.write("<tr data-org=\"" + esc(r.slug()) + "\">");
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        String text = v == null ? "" : v instanceof Double d ? Summaries.oneDecimal(d) : v.toString();
        if (c == 0 && Files.isRegularFile(out.resolve("orgs").resolve(r.slug() + ".html"))) {
          w.write("<td><a href=\"orgs/" + esc(r.slug()) + ".html\">" + esc(text) + "</a></td>");
        } else if (c == SummaryTable.VERDICT_COLUMN) {
          w.write("<td class=\"" + esc(r.verdict()) + "\">" + esc(text) + "</td>");
        } else if (c == SummaryTable.SCORE_COLUMN) {
          w.write("<td data-v=\"" + (v == null ? "-1" : esc(text)) + "\">" + esc(text) + "</td>");
        } else {
          w.write("<td>" + esc(text) + "</td>");
        }
      }
      w.write("</tr>\n");
    }
    w.write("</tbody></table>\n");
  }

  private static String t(String nl, String en, Lang lang) {
    return Text.of(nl, en).get(lang);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
