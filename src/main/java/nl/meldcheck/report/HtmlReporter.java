package nl.meldcheck.report;

import static nl.meldcheck.report.Markup.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.Fix;
import nl.meldcheck.audit.InputInfo;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.audit.Score;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;

/**
 * One self-contained HTML page per audit, for inspectors and the organisations they send it to:
 * opens offline, loads nothing, prints well. Verdict and score with the formula, a score gauge and
 * area bars in inline SVG, then every criterion under its area with outcome, evidence quotes and
 * their place in the document, what was looked for and missing, and the advice; then the best
 * fixes and the warnings. A small inline script adds filters by outcome and area; without it the
 * page shows everything. Headings nest h1-h4, filter controls have labels, badge colours keep
 * 4.5:1 contrast, and the page language is the report language.
 *
 * <p>Every text from the model passes {@link Markup#html}; the Content-Security-Policy in
 * {@link HtmlAssets} is the second line of defence.
 */
public final class HtmlReporter implements Reporter {
  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    out.write(new Page(report).compose());
    out.flush();
  }

  /** The text of one page. */
  private static final class Page {
    private final AuditReport report;
    private final Lang lang;
    private final StringBuilder out = new StringBuilder(32_768);

    Page(AuditReport report) {
      this.report = report;
      this.lang = Messages.lang(report.lang());
    }

    String compose() {
      String verdict = report.verdict().label(lang);
      out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
          .append("<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.CSP).append("\">\n")
          .append("<meta name=\"generator\" content=\"").append(html(report.tool() + " " + report.toolVersion()))
          .append("\">\n<title>").append(msg(Messages.AUDIT_TITLE)).append(": ").append(html(verdict))
          .append(" — ").append(html(report.input().path())).append("</title>\n<style>\n")
          .append(HtmlAssets.STYLE).append("</style>\n</head>\n<body>\n");
      header();
      out.append("<main>\n");
      summary();
      areas();
      cases();
      fixes();
      criteria();
      warnings();
      out.append("</main>\n<footer class=\"muted\">\n<p>").append(html(report.tool())).append(' ')
          .append(html(report.toolVersion())).append(" · ").append(msg(Messages.GENERATED)).append(' ')
          .append(html(report.generatedAt()));
      if (!html(report.input().sha256()).isEmpty()) {
        out.append(" · SHA-256 <span class=\"cid\">").append(html(report.input().sha256())).append("</span>");
      }
      out.append("</p>\n</footer>\n<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
      return out.toString();
    }

    private void header() {
      InputInfo input = report.input();
      out.append("<header>\n<h1>").append(msg(Messages.AUDIT_TITLE)).append(": ").append(html(input.path()))
          .append("</h1>\n<dl class=\"facts\">\n");
      String format = html(input.format()).isEmpty() ? msg(Messages.UNKNOWN) : html(input.format());
      if (input.pages() > 0) {
        format += ", " + input.pages() + " " + msg(input.pages() == 1 ? Messages.PAGE : Messages.PAGES);
      }
      fact(Messages.FORMAT, format);
      String title = html(report.checklist().title());
      fact(Messages.CHECKLIST, html(report.checklist().id() + " " + report.checklist().version())
          + (title.isEmpty() ? "" : " — " + title));
      fact(Messages.SECTOR, html(report.sector()).isEmpty() ? msg(Messages.NO_SECTOR) : html(report.sector()));
      fact(Messages.AS_OF, html(report.asOf()));
      if (input.status() != InputStatus.OK) {
        String message = html(input.message());
        fact(Messages.INPUT, "<strong>" + html(input.status().code()) + "</strong>"
            + (message.isEmpty() ? "" : " — " + message));
      }
      out.append("</dl>\n</header>\n");
    }

    private void fact(Messages key, String escapedValue) {
      out.append("<dt>").append(msg(key)).append("</dt><dd>").append(escapedValue).append("</dd>\n");
    }

    private void summary() {
      Score score = report.score();
      out.append("<section aria-labelledby=\"h-verdict\">\n<h2 id=\"h-verdict\">").append(msg(Messages.VERDICT))
          .append("</h2>\n<div class=\"summary\">\n")
          .append(HtmlCharts.gauge(score, report.verdict(), lang)).append("\n<div>\n")
          .append("<p><span class=\"badge verdict v-").append(report.verdict().code()).append("\">")
          .append(html(report.verdict().label(lang))).append("</span></p>\n<p>").append(msg(Messages.SCORE))
          .append(": <strong>")
          .append(score.value() < 0 ? msg(Messages.NO_SCORE) : Messages.number(score.value(), 1, lang) + " / 100")
          .append("</strong> (").append(msg(Messages.PASS_MARK)).append(' ')
          .append(Messages.compact(score.passMark(), lang)).append(")</p>\n");
      if (!html(score.formula()).isEmpty()) {
        out.append("<p>").append(msg(Messages.FORMULA)).append(": <span class=\"formula\">")
            .append(html(score.formula())).append("</span></p>\n");
      }
      nl.meldcheck.audit.BaselineInfo b = report.baseline();
      if (b != null) {
        out.append("<p>").append(msg(Messages.BASELINE)).append(' ').append(msg(Messages.BASELINE_OF)).append(' ')
            .append(html(b.previousGeneratedAt())).append(": score ").append(b.scoreChange() > 0 ? "+" : "")
            .append(Messages.number(b.scoreChange(), 1, lang)).append(" · ").append(msg(Messages.CHANGE_NEW))
            .append(' ').append(b.newFindings()).append(" · ").append(msg(Messages.CHANGE_UNCHANGED)).append(' ')
            .append(b.unchangedFindings()).append(" · ").append(msg(Messages.CHANGE_FIXED)).append(' ')
            .append(b.fixedFindings());
        if (!b.fixed().isEmpty()) {
          out.append(" (").append(html(String.join(", ", b.fixed()))).append(')');
        }
        out.append("</p>\n");
      }
      List<String> counts = new ArrayList<>();
      for (Outcome outcome : Outcome.values()) {
        Integer count = report.counts().get(outcome.code());
        if (count != null) {
          counts.add(html(Messages.outcome(outcome, lang)) + " " + count);
        }
      }
      if (!counts.isEmpty()) {
        out.append("<p class=\"muted\">").append(msg(Messages.COUNTS)).append(": ")
            .append(String.join(" · ", counts)).append("</p>\n");
      }
      out.append("</div>\n</div>\n</section>\n");
    }

    private void areas() {
      if (report.areas().isEmpty()) {
        return;
      }
      out.append("<section aria-labelledby=\"h-areas\">\n<h2 id=\"h-areas\">").append(msg(Messages.AREAS))
          .append("</h2>\n<table class=\"areas\">\n<thead><tr><th scope=\"col\">").append(msg(Messages.AREA))
          .append("</th><th scope=\"col\">").append(msg(Messages.SCORE))
          .append("</th><td aria-hidden=\"true\"></td></tr></thead>\n<tbody>\n");
      Map<String, String> titles = Areas.titles(report);
      for (AreaScore area : report.areas()) {
        String value = area.score() < 0
            ? html(Messages.outcome(Outcome.NOT_APPLICABLE, lang))
            : Messages.number(area.score(), 1, lang);
        out.append("<tr><th scope=\"row\">").append(html(titles.get(area.id()))).append("</th><td class=\"num\">")
            .append(value).append("</td><td>").append(HtmlCharts.bar(area.score(), report.score().passMark()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    /** The case exports and their rates: for the organisation, then per location and team. */
    private void cases() {
      CaseSection cs = report.cases();
      if (cs == null) {
        return;
      }
      out.append("<section aria-labelledby=\"h-cases\">\n<h2 id=\"h-cases\">").append(msg(Messages.CASES))
          .append("</h2>\n<ul>\n");
      for (CaseSection.Export e : cs.exports()) {
        out.append("<li>").append(html(CaseView.export(e, lang))).append("</li>\n");
      }
      out.append("</ul>\n<p>").append(msg(Messages.CASE_DECIDER)).append(": ").append(html(CaseView.decider(cs, lang)))
          .append("</p>\n");
      if (cs.anyRead()) {
        out.append("<div class=\"scroll\">\n<table class=\"cases\">\n<caption class=\"muted\">")
            .append(msg(Messages.CASES)).append("</caption>\n<thead><tr><th scope=\"col\">")
            .append(msg(Messages.CASE_CRITERION)).append("</th><th scope=\"col\">").append(msg(Messages.SEVERITY))
            .append("</th><th scope=\"col\">").append(msg(Messages.CASE_PASSED)).append("</th><th scope=\"col\">")
            .append(msg(Messages.CASE_FAILED)).append("</th><th scope=\"col\">").append(msg(Messages.CASE_NA))
            .append("</th><th scope=\"col\">").append(msg(Messages.CASE_RATE))
            .append("</th><td aria-hidden=\"true\"></td></tr></thead>\n<tbody>\n");
        for (CaseSection.Rate r : cs.rates()) {
          out.append("<tr><th scope=\"row\"><span class=\"cid\">").append(html(r.id())).append("</span> ")
              .append(html(r.title())).append("</th><td>").append(html(Messages.severity(r.severity(), lang)))
              .append("</td><td class=\"num\">").append(r.passed()).append("</td><td class=\"num\">")
              .append(r.failed()).append("</td><td class=\"num\">").append(r.notApplicable())
              .append("</td><td class=\"num\">").append(html(CaseView.rate(r, lang))).append("</td><td>")
              .append(r.passRate() == null ? "" : HtmlCharts.bar(r.passRate() * 100, report.score().passMark()))
              .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
        if (CaseView.anyFew(cs)) {
          out.append("<p class=\"muted\">").append(html(msg(Messages.CASE_FEW))).append("</p>\n");
        }
        groups(Messages.CASE_PER_LOCATION, "h-cases-loc", cs, cs.perLocation());
        groups(Messages.CASE_PER_TEAM, "h-cases-team", cs, cs.perTeam());
        for (CaseSection.Export e : cs.exports()) {
          long total = e.problems().size() + e.problemsOmitted();
          if (total == 0) {
            continue;
          }
          out.append("<details>\n<summary>").append(msg(Messages.CASE_PROBLEMS)).append(' ').append(html(e.file()))
              .append(" (").append(total).append(")</summary>\n<ul>\n");
          for (CaseSection.ReadProblem p : e.problems()) {
            out.append("<li>").append(html(p.message())).append("</li>\n");
          }
          if (e.problemsOmitted() > 0) {
            out.append("<li>… ").append(e.problemsOmitted()).append(' ').append(msg(Messages.CASE_MORE)).append("</li>\n");
          }
          out.append("</ul>\n</details>\n");
        }
      }
      out.append("</section>\n");
    }

    /** Rates per group: one row per group, one column per case criterion. */
    private void groups(Messages title, String id, CaseSection cs, Map<String, List<CaseSection.Rate>> groups) {
      if (groups.isEmpty()) {
        return;
      }
      out.append("<h3 id=\"").append(id).append("\">").append(msg(title)).append("</h3>\n<div class=\"scroll\">\n")
          .append("<table class=\"cases\" aria-labelledby=\"").append(id).append("\">\n<thead><tr><th scope=\"col\">")
          .append(msg(Messages.CASE_GROUP)).append("</th>");
      for (CaseSection.Rate r : cs.rates()) {
        out.append("<th scope=\"col\"><abbr title=\"").append(html(r.title())).append("\">")
            .append(html(r.id().replace("CASE-", ""))).append("</abbr></th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (Map.Entry<String, List<CaseSection.Rate>> g : groups.entrySet()) {
        out.append("<tr><th scope=\"row\">").append(html(g.getKey())).append("</th>");
        for (CaseSection.Rate r : g.getValue()) {
          String cell = r.passed() + r.failed() == 0 ? html(Messages.outcome(Outcome.NOT_APPLICABLE, lang))
              : r.passRate() == null ? r.passed() + "/" + (r.passed() + r.failed()) + " *"
              : html(CaseView.rate(r, lang));
          out.append("<td class=\"num\">").append(cell).append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</div>\n");
    }

    private void fixes() {
      if (report.fixes().isEmpty()) {
        return;
      }
      out.append("<section aria-labelledby=\"h-fixes\">\n<h2 id=\"h-fixes\">").append(msg(Messages.TOP_FIXES))
          .append("</h2>\n<ol>\n");
      for (Fix fix : report.fixes()) {
        String advice = html(fix.advice()).isEmpty() ? html(fix.title()) : html(fix.advice());
        out.append("<li><strong>+").append(Messages.number(fix.gain(), 1, lang)).append(' ')
            .append(msg(Messages.POINT)).append("</strong> <span class=\"cid\">").append(html(fix.id()))
            .append("</span> — ").append(advice).append("</li>\n");
      }
      out.append("</ol>\n</section>\n");
    }

    private void criteria() {
      out.append("<section aria-labelledby=\"h-criteria\">\n<h2 id=\"h-criteria\">").append(msg(Messages.CRITERIA))
          .append("</h2>\n");
      if (report.results().isEmpty()) {
        out.append("<p>").append(msg(Messages.NO_CRITERIA)).append("</p>\n</section>\n");
        return;
      }
      filters();
      Map<String, String> titles = Areas.titles(report);
      HtmlCriterion criterion = new HtmlCriterion(out, lang);
      int index = 0;
      for (Map.Entry<String, List<CriterionResult>> group : Areas.grouped(report).entrySet()) {
        out.append("<section class=\"area\">\n<h3>").append(html(titles.get(group.getKey()))).append("</h3>\n");
        for (CriterionResult result : group.getValue()) {
          criterion.write(result, ++index);
        }
        out.append("</section>\n");
      }
      out.append("</section>\n");
    }

    /** Only outcomes and areas that occur are offered; the form stays hidden until the script runs. */
    private void filters() {
      out.append("<form class=\"filters\" id=\"filters\" hidden data-of=\"").append(msg(Messages.OF))
          .append("\" data-shown=\"").append(msg(Messages.SHOWN)).append("\" aria-label=\"")
          .append(msg(Messages.FILTERS)).append("\">\n<label for=\"filter-outcome\">").append(msg(Messages.OUTCOME))
          .append("</label>\n<select id=\"filter-outcome\"><option value=\"\">").append(msg(Messages.ALL))
          .append("</option>");
      Set<Outcome> present = new LinkedHashSet<>();
      for (Outcome outcome : Outcome.values()) {
        for (CriterionResult r : report.results()) {
          if (r.outcome() == outcome) {
            present.add(outcome);
          }
        }
      }
      for (Outcome outcome : present) {
        out.append("<option value=\"").append(outcome.code()).append("\">")
            .append(html(Messages.outcome(outcome, lang))).append("</option>");
      }
      out.append("</select>\n<label for=\"filter-area\">").append(msg(Messages.AREA))
          .append("</label>\n<select id=\"filter-area\"><option value=\"\">").append(msg(Messages.ALL))
          .append("</option>");
      Map<String, String> titles = Areas.titles(report);
      for (String area : Areas.grouped(report).keySet()) {
        out.append("<option value=\"").append(html(area)).append("\">").append(html(titles.get(area)))
            .append("</option>");
      }
      out.append("</select>\n<output id=\"filter-count\" aria-live=\"polite\"></output>\n</form>\n");
    }

    private void warnings() {
      if (report.warnings().isEmpty()) {
        return;
      }
      out.append("<section aria-labelledby=\"h-warnings\">\n<h2 id=\"h-warnings\">").append(msg(Messages.WARNINGS))
          .append("</h2>\n<ul>\n");
      for (String warning : report.warnings()) {
        out.append("<li>").append(html(warning)).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }

    private String msg(Messages key) {
      return html(key.in(lang));
    }
  }
}
