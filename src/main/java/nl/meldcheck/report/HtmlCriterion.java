package nl.meldcheck.report;

import static nl.meldcheck.report.Markup.html;

import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.checklist.Lang;

/** One criterion of the HTML report as an {@code <article>} under its area heading. */
final class HtmlCriterion {
  private final StringBuilder out;
  private final Lang lang;

  HtmlCriterion(StringBuilder out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  void write(CriterionResult r, int index) {
    out.append("<article class=\"criterion\" id=\"c").append(index).append("\" data-outcome=\"")
        .append(r.outcome().code()).append("\" data-area=\"").append(html(r.area())).append("\">\n");
    out.append("<h4><span class=\"cid\">").append(html(r.id())).append("</span> ").append(html(r.title()))
        .append(" <span class=\"badge o-").append(r.outcome().code()).append("\">")
        .append(html(Messages.outcome(r.outcome(), lang))).append("</span></h4>\n");
    List<String> meta = new ArrayList<>();
    if (r.severity() != null) {
      meta.add(msg(Messages.SEVERITY) + ": " + Messages.severity(r.severity(), lang));
    }
    meta.add(msg(Messages.WEIGHT) + ": " + Messages.compact(r.weight(), lang));
    if (r.outcome().scored()) {
      meta.add(msg(Messages.CREDIT) + ": " + Messages.compact(r.credit(), lang));
    }
    String basis = html(r.basis());
    if (!basis.isEmpty()) {
      meta.add(msg(Messages.BASIS) + ": " + basis);
    }
    out.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>\n");
    StringBuilder details = new StringBuilder();
    evidence(details, r.evidence());
    item(details, Messages.LOOKED_FOR, html(r.lookedFor()));
    item(details, Messages.FOUND, joined(r.found()));
    item(details, Messages.MISSING, joined(r.missing()));
    item(details, Messages.ADVICE, html(r.advice()));
    notes(details, r.notes());
    if (details.length() > 0) {
      out.append("<dl>\n").append(details).append("</dl>\n");
    }
    out.append("</article>\n");
  }

  private void evidence(StringBuilder details, List<EvidenceItem> items) {
    if (items.isEmpty()) {
      return;
    }
    details.append("<dt>").append(msg(Messages.EVIDENCE)).append("</dt>\n<dd>\n");
    for (EvidenceItem item : items) {
      details.append("<figure><blockquote>").append(html(item.quote())).append("</blockquote>");
      String where = location(item);
      if (!where.isEmpty()) {
        details.append("<figcaption class=\"where\">").append(where).append("</figcaption>");
      }
      details.append("</figure>\n");
    }
    details.append("</dd>\n");
  }

  /** "p. 4 · Stap 2 › Collegiale consultatie · zwak geformuleerd", every part escaped. */
  private String location(EvidenceItem item) {
    List<String> parts = new ArrayList<>();
    if (item.page() > 0) {
      parts.add(msg(Messages.PAGE_ABBREV) + " " + item.page());
    }
    if (item.line() > 0) {
      parts.add(msg(Messages.LINE) + " " + item.line());
    }
    List<String> headings = new ArrayList<>();
    for (String heading : item.section()) {
      String h = html(heading);
      if (!h.isEmpty()) {
        headings.add(h);
      }
    }
    if (!headings.isEmpty()) {
      parts.add(String.join(" › ", headings));
    }
    if ("weak".equals(item.qualifier())) {
      parts.add(msg(Messages.WEAK));
    } else if ("negated".equals(item.qualifier())) {
      parts.add(msg(Messages.NEGATED));
    }
    return String.join(" · ", parts);
  }

  private void notes(StringBuilder details, List<String> notes) {
    List<String> escaped = new ArrayList<>();
    notes.forEach(n -> escaped.add(html(n)));
    escaped.removeIf(String::isEmpty);
    if (escaped.isEmpty()) {
      return;
    }
    details.append("<dt>").append(msg(Messages.NOTES)).append("</dt>\n<dd><ul>");
    escaped.forEach(n -> details.append("<li>").append(n).append("</li>"));
    details.append("</ul></dd>\n");
  }

  private void item(StringBuilder details, Messages label, String escapedText) {
    if (!escapedText.isEmpty()) {
      details.append("<dt>").append(msg(label)).append("</dt>\n<dd>").append(escapedText).append("</dd>\n");
    }
  }

  private static String joined(List<String> items) {
    List<String> escaped = new ArrayList<>();
    items.forEach(i -> escaped.add(html(i)));
    escaped.removeIf(String::isEmpty);
    return String.join(", ", escaped);
  }

  private String msg(Messages key) {
    return html(key.in(lang));
  }
}
