package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.BaselineInfo;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.audit.CasesReport;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.Fix;
import nl.meldcheck.audit.InputInfo;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.audit.Score;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;

/** Builds the text of one report; one instance per {@link TextReporter#write} call. */
final class TextComposer {
  /** Column where header values start ("Peildatum:  2025-01-01"). */
  private static final int KEY_WIDTH = 12;
  private static final int BAR_CELLS = 20;
  private static final int AREA_TITLE_MAX = 40;
  /** Columns an area line needs besides its title: indent, gaps, bar and a 6-wide score. */
  private static final int AREA_LINE_REST = 2 + 2 + BAR_CELLS + 2 + 6;

  private final AuditReport report;
  private final ReportStyle style;
  private final Lang lang;
  private final StringBuilder out = new StringBuilder();

  TextComposer(AuditReport report, ReportStyle style) {
    this.report = report;
    this.style = style;
    this.lang = Messages.lang(report.lang());
  }

  /** For {@link #composeCases}: no audit report, only the case part. */
  private TextComposer(ReportStyle style, Lang lang) {
    this.report = null;
    this.style = style;
    this.lang = lang;
  }

  /** The text of {@code meldcheck cases}: exports, rates, the case criteria with advice, warnings. */
  static String composeCases(CasesReport cr, ReportStyle style) {
    TextComposer t = new TextComposer(style, Messages.lang(cr.lang()));
    t.line(clean(cr.tool()) + " " + clean(cr.toolVersion()) + " — " + t.msg(Messages.CASE_CHECK));
    t.cases(cr.cases());
    if (!cr.results().isEmpty()) {
      t.blank();
      Score score = cr.score();
      t.keyValue(Messages.SCORE, score.value() < 0 ? t.msg(Messages.NO_SCORE)
          : Messages.number(score.value(), 1, t.lang) + " / 100");
      t.keyValue(Messages.FORMULA, clean(score.formula()));
      t.blank();
      t.line(t.msg(Messages.CRITERIA));
      CriterionText text = new CriterionText(t, style, t.lang);
      for (CriterionResult r : cr.results()) {
        text.write(r);
      }
    }
    if (!cr.warnings().isEmpty()) {
      t.blank();
      t.line(t.msg(Messages.WARNINGS));
      for (String w : cr.warnings()) {
        t.wrapped("  - ", "    ", clean(w));
      }
    }
    return t.out.toString();
  }

  String compose() {
    header();
    verdict();
    areas();
    cases();
    criteria();
    fixes();
    warnings();
    counts();
    return out.toString();
  }

  private void header() {
    line(clean(report.tool()) + " " + clean(report.toolVersion()) + " — " + msg(Messages.REPORT));
    InputInfo input = report.input();
    keyValue(Messages.FILE, clean(input.path()));
    keyValue(Messages.FORMAT, format(input));
    String checklist =
        clean(report.checklist().id()) + " " + clean(report.checklist().version());
    String title = clean(report.checklist().title());
    keyValue(Messages.CHECKLIST, title.isEmpty() ? checklist : checklist + " — " + title);
    String sector = clean(report.sector());
    keyValue(Messages.SECTOR, sector.isEmpty() ? msg(Messages.NO_SECTOR) : sector);
    keyValue(Messages.AS_OF, clean(report.asOf()));
    if (input.status() != InputStatus.OK) {
      String message = clean(input.message());
      String status = Ansi.RED.paint(input.status().code(), style.color());
      keyValue(Messages.INPUT, message.isEmpty() ? status : status + " — " + message);
    }
  }

  private String format(InputInfo input) {
    String format = clean(input.format());
    String text = format.isEmpty() ? msg(Messages.UNKNOWN) : format;
    if (input.pages() > 0) {
      Messages unit = input.pages() == 1 ? Messages.PAGE : Messages.PAGES;
      text += ", " + input.pages() + " " + msg(unit);
    }
    return text;
  }

  private void verdict() {
    blank();
    String verdict = report.verdict().label(lang);
    keyValue(Messages.VERDICT, Ansi.of(report.verdict()).paint(verdict, style.color()));
    Score score = report.score();
    String passMark = msg(Messages.PASS_MARK) + " " + Messages.compact(score.passMark(), lang);
    String value =
        score.value() < 0
            ? msg(Messages.NO_SCORE)
            : Messages.number(score.value(), 1, lang) + " / 100";
    keyValue(Messages.SCORE, value + " (" + passMark + ")");
    String formula = clean(score.formula());
    if (!formula.isEmpty()) {
      keyValue(Messages.FORMULA, formula);
    }
    BaselineInfo b = report.baseline();
    if (b != null) {
      String delta = (b.scoreChange() > 0 ? "+" : "") + Messages.number(b.scoreChange(), 1, lang);
      StringBuilder text = new StringBuilder(msg(Messages.BASELINE_OF) + " " + clean(b.previousGeneratedAt())
          + ": score " + delta + "; " + msg(Messages.CHANGE_NEW) + " " + b.newFindings() + ", "
          + msg(Messages.CHANGE_UNCHANGED) + " " + b.unchangedFindings() + ", " + msg(Messages.CHANGE_FIXED) + " "
          + b.fixedFindings());
      if (!b.fixed().isEmpty()) {
        text.append(" (").append(clean(String.join(", ", b.fixed()))).append(")");
      }
      keyValue(Messages.BASELINE, text.toString());
    }
  }

  private void areas() {
    if (report.areas().isEmpty()) {
      return;
    }
    blank();
    line(msg(Messages.AREAS));
    int titleWidth = 0;
    for (AreaScore area : report.areas()) {
      titleWidth = Math.max(titleWidth, TextLayout.width(areaTitle(area)));
    }
    for (AreaScore area : report.areas()) {
      String score =
          area.score() < 0
              ? Messages.outcome(Outcome.NOT_APPLICABLE, lang)
              : Messages.number(area.score(), 1, lang);
      line(
          "  " + TextLayout.pad(areaTitle(area), titleWidth) + "  " + bar(area.score()) + "  "
              + " ".repeat(Math.max(0, 6 - TextLayout.width(score))) + score);
    }
  }

  private String areaTitle(AreaScore area) {
    String title = clean(area.title());
    int max = Math.min(AREA_TITLE_MAX, style.width() - AREA_LINE_REST);
    return TextLayout.truncate(title.isEmpty() ? clean(area.id()) : title, max, style.unicode());
  }

  private String bar(double score) {
    int filled = score < 0 ? 0 : (int) Math.round(Math.min(100, score) / 100 * BAR_CELLS);
    char full = style.unicode() ? '█' : '#';
    char empty = style.unicode() ? '░' : '.';
    return TextLayout.repeat(full, filled) + TextLayout.repeat(empty, BAR_CELLS - filled);
  }

  /** The case exports, the rates per criterion, the read problems and the groups. */
  private void cases() {
    cases(report.cases());
  }

  private void cases(CaseSection cs) {
    if (cs == null) {
      return;
    }
    blank();
    line(msg(Messages.CASES));
    for (CaseSection.Export e : cs.exports()) {
      wrapped("  ", "    ", CaseView.export(e, lang));
    }
    wrapped("  " + msg(Messages.CASE_DECIDER) + ": ", "    ", CaseView.decider(cs, lang));
    if (!cs.anyRead()) {
      return;
    }
    blank();
    int idWidth = 26;
    line("  " + TextLayout.pad(msg(Messages.CASE_CRITERION), idWidth) + " " + right(msg(Messages.CASE_PASSED), 8)
        + " " + right(msg(Messages.CASE_FAILED), 8) + " " + right(msg(Messages.CASE_NA), 8) + " "
        + right(msg(Messages.CASE_RATE), 10));
    for (CaseSection.Rate r : cs.rates()) {
      line("  " + TextLayout.pad(clean(r.id()), idWidth) + " " + right(String.valueOf(r.passed()), 8) + " "
          + right(String.valueOf(r.failed()), 8) + " " + right(String.valueOf(r.notApplicable()), 8) + " "
          + right(CaseView.rate(r, lang), 10));
    }
    if (CaseView.anyFew(cs)) {
      wrapped("  ", "    ", msg(Messages.CASE_FEW));
    }
    groups(Messages.CASE_PER_LOCATION, cs.perLocation());
    groups(Messages.CASE_PER_TEAM, cs.perTeam());
    for (CaseSection.Export e : cs.exports()) {
      long total = e.problems().size() + e.problemsOmitted();
      if (total == 0) {
        continue;
      }
      blank();
      line("  " + msg(Messages.CASE_PROBLEMS) + " " + clean(e.file()) + " (" + total + "):");
      int shown = 0;
      for (CaseSection.ReadProblem p : e.problems()) {
        if (shown++ == CaseView.TEXT_GROUPS) {
          break;
        }
        wrapped("    ", "      ", clean(p.message()));
      }
      if (total > shown) {
        line("    … " + (total - Math.min(shown, e.problems().size())) + " " + msg(Messages.CASE_MORE));
      }
    }
  }

  private void groups(Messages title, Map<String, List<CaseSection.Rate>> groups) {
    if (groups.isEmpty()) {
      return;
    }
    blank();
    line("  " + msg(title) + ":");
    int shown = 0;
    for (Map.Entry<String, List<CaseSection.Rate>> g : groups.entrySet()) {
      if (shown++ == CaseView.TEXT_GROUPS) {
        line("    … " + (groups.size() - CaseView.TEXT_GROUPS) + " " + msg(Messages.CASE_MORE));
        break;
      }
      wrapped("    ", "      ", CaseView.group(g.getKey(), g.getValue(), lang));
    }
  }

  private static String right(String s, int width) {
    return " ".repeat(Math.max(0, width - TextLayout.width(s))) + s;
  }

  private void criteria() {
    blank();
    line(msg(Messages.CRITERIA));
    if (report.results().isEmpty()) {
      line("  " + msg(Messages.NO_CRITERIA));
      return;
    }
    CriterionText text = new CriterionText(this, style, lang);
    for (Map.Entry<String, List<CriterionResult>> group : groupByArea().entrySet()) {
      blank();
      line(group.getKey());
      for (CriterionResult result : group.getValue()) {
        text.write(result);
      }
    }
  }

  /**
   * Criteria under their area title, areas in the report's order; a criterion naming an area the
   * report does not list still appears, under its area id, after the listed ones.
   */
  private Map<String, List<CriterionResult>> groupByArea() {
    Map<String, String> titles = new LinkedHashMap<>();
    for (AreaScore area : report.areas()) {
      titles.put(area.id(), areaTitle(area));
    }
    Map<String, List<CriterionResult>> groups = new LinkedHashMap<>();
    for (String title : titles.values()) {
      groups.put(title, new ArrayList<>());
    }
    for (CriterionResult result : report.results()) {
      String title = titles.getOrDefault(result.area(), clean(result.area()));
      groups.computeIfAbsent(title, t -> new ArrayList<>()).add(result);
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  private void fixes() {
    if (report.fixes().isEmpty()) {
      return;
    }
    blank();
    line(msg(Messages.TOP_FIXES));
    for (Fix fix : report.fixes()) {
      String advice = clean(fix.advice()).isEmpty() ? clean(fix.title()) : clean(fix.advice());
      String gain = "+" + Messages.number(fix.gain(), 1, lang) + " " + msg(Messages.POINT);
      wrapped("  ", "    ", gain + ": " + clean(fix.id()) + " — " + advice);
    }
  }

  private void warnings() {
    if (report.warnings().isEmpty()) {
      return;
    }
    blank();
    line(msg(Messages.WARNINGS));
    for (String warning : report.warnings()) {
      wrapped("  - ", "    ", clean(warning));
    }
  }

  /** Counts in outcome order; codes the tool does not know follow in the map's sorted order. */
  private void counts() {
    if (report.counts().isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    Map<String, Integer> rest = new LinkedHashMap<>(report.counts());
    for (Outcome outcome : Outcome.values()) {
      Integer count = rest.remove(outcome.code());
      if (count != null) {
        parts.add(Messages.outcome(outcome, lang) + " " + count);
      }
    }
    rest.forEach((code, count) -> parts.add(clean(code) + " " + count));
    blank();
    wrapped("", "  ", msg(Messages.COUNTS) + ": " + String.join(", ", parts));
  }

  private void keyValue(Messages key, String value) {
    String label = TextLayout.pad(msg(key) + ":", KEY_WIDTH);
    wrapped(label, " ".repeat(KEY_WIDTH), value);
  }

  String msg(Messages key) {
    return key.in(lang);
  }

  void wrapped(String first, String indent, String text) {
    for (String line : TextLayout.hanging(first, indent, text, style.width())) {
      line(line);
    }
  }

  void line(String text) {
    out.append(text).append('\n');
  }

  private void blank() {
    out.append('\n');
  }
}
