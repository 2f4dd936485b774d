package nl.meldcheck.report;

import static nl.meldcheck.report.Markup.cell;
import static nl.meldcheck.report.Markup.markdown;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.audit.BaselineInfo;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.audit.Score;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;

/**
 * A compact summary for a pull-request or merge-request comment: verdict and score in the title,
 * a table of the criteria that need work (fail, partial, review, error) with their advice, and
 * their evidence folded in {@code <details>} so the comment stays short. Passing and not judged
 * criteria are only counted. Every model text goes through {@link Markup#markdown}.
 */
public final class MarkdownReporter implements Reporter {
  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    Lang lang = Messages.lang(report.lang());
    StringBuilder md = new StringBuilder();
    md.append("### ").append(Messages.AUDIT_TITLE.in(lang)).append(": ")
        .append(report.verdict().label(lang)).append(" — ").append(score(report.score(), lang))
        .append("\n\n");
    md.append("**").append(Messages.FILE.in(lang)).append(":** ")
        .append(markdown(report.input().path())).append(" · **")
        .append(Messages.CHECKLIST.in(lang)).append(":** ")
        .append(markdown(report.checklist().id() + " " + report.checklist().version()))
        .append(" · **").append(Messages.PASS_MARK.in(lang)).append(":** ")
        .append(Messages.compact(report.score().passMark(), lang)).append("\n\n");
    BaselineInfo b = report.baseline();
    if (b != null) {
      // what a pull request changed: the score difference and the findings it added or fixed
      md.append("**").append(Messages.BASELINE.in(lang)).append(":** score ")
          .append(b.scoreChange() > 0 ? "+" : "").append(Messages.number(b.scoreChange(), 1, lang)).append(" · ")
          .append(Messages.CHANGE_NEW.in(lang)).append(' ').append(b.newFindings()).append(" · ")
          .append(Messages.CHANGE_UNCHANGED.in(lang)).append(' ').append(b.unchangedFindings()).append(" · ")
          .append(Messages.CHANGE_FIXED.in(lang)).append(' ').append(b.fixedFindings());
      if (!b.fixed().isEmpty()) {
        md.append(" (").append(markdown(String.join(", ", b.fixed()))).append(')');
      }
      md.append("\n\n");
    }
    if (report.input().status() != InputStatus.OK) {
      md.append("> **").append(Messages.NOT_JUDGED_INPUT.in(lang)).append("** (")
          .append(report.input().status().code()).append("): ")
          .append(markdown(report.input().message())).append("\n\n");
    }
    List<CriterionResult> open = new ArrayList<>();
    for (CriterionResult result : report.results()) {
      if (needsWork(result.outcome())) {
        open.add(result);
      }
    }
    if (report.input().status().judged()) {
      improvements(md, open, lang);
      evidence(md, open, lang);
    }
    cases(md, report.cases(), lang);
    for (String warning : report.warnings()) {
      md.append("> ").append(markdown(warning)).append("\n\n");
    }
    md.append("<sub>").append(counts(report, lang)).append(" · ")
        .append(markdown(report.tool() + " " + report.toolVersion())).append("</sub>\n");
    out.write(md.toString());
    out.flush();
  }

  /** The case rates as one table, folded: the criteria themselves are listed above with advice. */
  private static void cases(StringBuilder md, CaseSection cs, Lang lang) {
    if (cs == null) {
      return;
    }
    md.append("<details><summary>").append(Messages.CASES.in(lang)).append("</summary>\n\n");
    for (CaseSection.Export e : cs.exports()) {
      md.append("- ").append(markdown(CaseView.export(e, lang))).append('\n');
    }
    md.append("- ").append(Messages.CASE_DECIDER.in(lang)).append(": ").append(markdown(CaseView.decider(cs, lang)))
        .append("\n\n");
    if (cs.anyRead()) {
      md.append("| ").append(Messages.CASE_CRITERION.in(lang)).append(" | ").append(Messages.CASE_PASSED.in(lang))
          .append(" | ").append(Messages.CASE_FAILED.in(lang)).append(" | ").append(Messages.CASE_NA.in(lang))
          .append(" | ").append(Messages.CASE_RATE.in(lang)).append(" |\n|---|---:|---:|---:|---:|\n");
      for (CaseSection.Rate r : cs.rates()) {
        md.append("| ").append(cell(r.id())).append(" | ").append(r.passed()).append(" | ").append(r.failed())
            .append(" | ").append(r.notApplicable()).append(" | ").append(cell(CaseView.rate(r, lang))).append(" |\n");
      }
      md.append('\n');
      if (CaseView.anyFew(cs)) {
        md.append(markdown(Messages.CASE_FEW.in(lang))).append("\n\n");
      }
    }
    md.append("</details>\n\n");
  }

  static boolean needsWork(Outcome outcome) {
    return outcome == Outcome.FAIL || outcome == Outcome.PARTIAL || outcome == Outcome.REVIEW
        || outcome == Outcome.ERROR;
  }

  private static String score(Score score, Lang lang) {
    return score.value() < 0
        ? Messages.NO_SCORE.in(lang)
        : Messages.number(score.value(), 1, lang) + " / 100";
  }

  private static void improvements(StringBuilder md, List<CriterionResult> open, Lang lang) {
    md.append("#### ").append(Messages.TO_IMPROVE.in(lang)).append("\n\n");
    if (open.isEmpty()) {
      md.append(Messages.ALL_MET.in(lang)).append("\n\n");
      return;
    }
    md.append("| ").append(Messages.ID.in(lang)).append(" | ").append(Messages.TITLE.in(lang))
        .append(" | ").append(Messages.OUTCOME.in(lang)).append(" | ")
        .append(Messages.ADVICE.in(lang)).append(" |\n|---|---|---|---|\n");
    for (CriterionResult r : open) {
      md.append("| ").append(markdown(r.id())).append(" | ").append(markdown(r.title()))
          .append(" | **").append(Messages.outcome(r.outcome(), lang)).append("**")
          .append(r.change().equals("new") ? " (" + Messages.CHANGE_NEW.in(lang) + ")" : "").append(" | ")
          .append(markdown(r.advice())).append(" |\n");
    }
    md.append('\n');
  }

  /** Folded per criterion; GitHub needs the blank line after the summary to render the list. */
  private static void evidence(StringBuilder md, List<CriterionResult> open, Lang lang) {
    for (CriterionResult r : open) {
      if (r.evidence().isEmpty() && r.missing().isEmpty() && r.notes().isEmpty()) {
        continue;
      }
      md.append("<details><summary>").append(markdown(r.id())).append(" — ")
          .append(Messages.EVIDENCE.in(lang)).append("</summary>\n\n");
      for (EvidenceItem item : r.evidence()) {
        md.append("- “").append(markdown(item.quote())).append("”");
        String where = location(item, lang);
        if (!where.isEmpty()) {
          md.append(" — ").append(where);
        }
        md.append('\n');
      }
      if (!r.missing().isEmpty()) {
        md.append("- **").append(Messages.MISSING.in(lang)).append(":** ")
            .append(joined(r.missing())).append('\n');
      }
      for (String note : r.notes()) {
        md.append("- ").append(markdown(note)).append('\n');
      }
      md.append("\n</details>\n\n");
    }
  }

  private static String location(EvidenceItem item, Lang lang) {
    List<String> parts = new ArrayList<>();
    if (item.page() > 0) {
      parts.add(Messages.PAGE_ABBREV.in(lang) + " " + item.page());
    }
    if (item.line() > 0) {
      parts.add(Messages.LINE.in(lang) + " " + item.line());
    }
    if (!item.section().isEmpty()) {
      List<String> headings = new ArrayList<>();
      item.section().forEach(h -> headings.add(markdown(h)));
      parts.add("_" + String.join(" &gt; ", headings) + "_");
    }
    return String.join(", ", parts);
  }

  private static String joined(List<String> items) {
    List<String> escaped = new ArrayList<>();
    items.forEach(i -> escaped.add(markdown(i)));
    return String.join(", ", escaped);
  }

  private static String counts(AuditReport report, Lang lang) {
    List<String> parts = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      Integer count = report.counts().get(outcome.code());
      if (count != null) {
        parts.add(Messages.outcome(outcome, lang) + " " + count);
      }
    }
    return parts.isEmpty() ? Messages.NO_CRITERIA.in(lang) : String.join(", ", parts);
  }
}
