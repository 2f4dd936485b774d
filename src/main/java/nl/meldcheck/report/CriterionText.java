package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;

/**
 * One criterion in the text report: a leader line "[ID] title .... outcome", then its evidence,
 * what was looked for and missing, the advice and the notes, each under a label column.
 */
final class CriterionText {
  private static final String INDENT = "  ";
  private static final String DETAIL_INDENT = "      ";
  /** Width of the detail label column ("Gezocht naar: "). */
  private static final int LABEL_WIDTH = 14;
  private static final int MIN_LEADERS = 3;

  private final TextComposer composer;
  private final ReportStyle style;
  private final Lang lang;

  CriterionText(TextComposer composer, ReportStyle style, Lang lang) {
    this.composer = composer;
    this.style = style;
    this.lang = lang;
  }

  void write(CriterionResult result) {
    headline(result);
    for (int i = 0; i < result.evidence().size(); i++) {
      detail(i == 0 ? Messages.EVIDENCE : null, evidence(result.evidence().get(i)));
    }
    if (explainsGap(result.outcome())) {
      detail(Messages.LOOKED_FOR, clean(result.lookedFor()));
      detail(Messages.FOUND, joined(result.found()));
      detail(Messages.MISSING, joined(result.missing()));
      detail(Messages.ADVICE, clean(result.advice()));
    }
    for (int i = 0; i < result.notes().size(); i++) {
      detail(i == 0 ? Messages.NOTE : null, clean(result.notes().get(i)));
    }
    if (result.outcome() == Outcome.REVIEW && !result.evidenceId().isEmpty()) {
      // what a reviewer writes in a review file to record a decision on this evidence
      detail(Messages.EVIDENCE_ID, clean(result.evidenceId()));
    }
    Messages change = switch (result.change()) {
      case "new" -> Messages.CHANGE_NEW;
      case "unchanged" -> Messages.CHANGE_UNCHANGED;
      case "fixed" -> Messages.CHANGE_FIXED;
      default -> null;
    };
    if (change != null) {
      detail(Messages.CHANGE, composer.msg(change));
    }
  }

  /** Outcomes where the reader needs to know what was sought and what to write. */
  private static boolean explainsGap(Outcome outcome) {
    return outcome == Outcome.PARTIAL || outcome == Outcome.FAIL || outcome == Outcome.REVIEW;
  }

  /**
   * The outcome label sits at the right margin after dot leaders; a title too long for one line
   * wraps, and the leaders go on its last line. Colour is added after measuring.
   */
  private void headline(CriterionResult result) {
    String label = Messages.outcome(result.outcome(), lang);
    String text = "[" + clean(result.id()) + "] " + clean(result.title());
    int room = style.width() - INDENT.length() - TextLayout.width(label) - 2 - MIN_LEADERS;
    List<String> lines = TextLayout.hanging("", "  ", text, room);
    for (int i = 0; i < lines.size() - 1; i++) {
      composer.line(INDENT + lines.get(i));
    }
    String last = INDENT + lines.get(lines.size() - 1) + " ";
    int leaders = style.width() - TextLayout.width(last) - TextLayout.width(label) - 1;
    String painted = Ansi.of(result.outcome()).paint(label, style.color());
    composer.line(last + TextLayout.repeat('.', leaders) + " " + painted);
  }

  private void detail(Messages label, String text) {
    if (text.isEmpty()) {
      return;
    }
    String head = label == null ? "" : composer.msg(label) + ":";
    String first = DETAIL_INDENT + TextLayout.pad(head, LABEL_WIDTH);
    composer.wrapped(first, " ".repeat(DETAIL_INDENT.length() + LABEL_WIDTH), text);
  }

  /** “quote” — p. 3, Stap 2 &gt; Collegiale consultatie [label, weak wording]. */
  private String evidence(EvidenceItem item) {
    StringBuilder text = new StringBuilder("“").append(clean(item.quote())).append("”");
    String location = location(item);
    if (!location.isEmpty()) {
      text.append(" — ").append(location);
    }
    List<String> tags = new ArrayList<>();
    String label = clean(item.label());
    if (!label.isEmpty()) {
      tags.add(label);
    }
    if ("weak".equals(item.qualifier())) {
      tags.add(composer.msg(Messages.WEAK));
    } else if ("negated".equals(item.qualifier())) {
      tags.add(composer.msg(Messages.NEGATED));
    }
    if (!tags.isEmpty()) {
      text.append(" [").append(String.join(", ", tags)).append(']');
    }
    return text.toString();
  }

  private String location(EvidenceItem item) {
    List<String> parts = new ArrayList<>();
    if (item.page() > 0) {
      parts.add(composer.msg(Messages.PAGE_ABBREV) + " " + item.page());
    }
    if (item.line() > 0) {
      parts.add(composer.msg(Messages.LINE) + " " + item.line());
    }
    List<String> headings = new ArrayList<>();
    for (String heading : item.section()) {
      String cleaned = clean(heading);
      if (!cleaned.isEmpty()) {
        headings.add(cleaned);
      }
    }
    if (!headings.isEmpty()) {
      String path = String.join(" > ", headings);
      parts.add(parts.isEmpty() ? composer.msg(Messages.SECTION) + " " + path : path);
    }
    return String.join(", ", parts);
  }

  private static String joined(List<String> items) {
    List<String> cleaned = new ArrayList<>();
    for (String item : items) {
      String text = clean(item);
      if (!text.isEmpty()) {
        cleaned.add(text);
      }
    }
    return String.join(", ", cleaned);
  }
}
