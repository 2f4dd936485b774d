package nl.meldcheck.report;

import java.util.List;
import java.util.Map;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.checklist.Lang;

/** How every human-readable format words the case section, so they agree with each other. */
final class CaseView {
  /** Groups listed per location or team in text and Markdown; HTML lists them all. */
  static final int TEXT_GROUPS = 20;

  private CaseView() {}

  /** "91,5 %" or, over fewer than 5 judged cases, "*" (counts only). */
  static String rate(CaseSection.Rate r, Lang lang) {
    if (r.passed() + r.failed() == 0) {
      return Messages.CASE_NA.in(lang);
    }
    return r.passRate() == null ? "*" : Messages.number(r.passRate() * 100, 1, lang) + " %";
  }

  /** "zorgdossier.csv (csv, koppeling zorgdossier): 240 rijen gelezen = ..." or the reason it was not read. */
  static String export(CaseSection.Export e, Lang lang) {
    String file = SafeText.clean(e.file());
    if (!e.status().equals(CaseSection.Export.OK)) {
      String message = SafeText.clean(e.message());
      // the reader's messages start with the file name already
      if (message.startsWith(file + ": ")) {
        message = message.substring(file.length() + 2);
      }
      return file + ": " + Messages.CASE_NOT_READ.in(lang) + " (" + SafeText.clean(e.status()) + ") — " + message;
    }
    StringBuilder sb = new StringBuilder(file).append(" (").append(SafeText.clean(e.format()))
        .append(", ").append(Messages.CASE_MAPPING.in(lang)).append(' ').append(SafeText.clean(e.mapping()));
    if (e.encoding() != null) {
      sb.append(", ").append(SafeText.clean(e.encoding()));
    }
    if (e.delimiter() != null) {
      sb.append(", '").append(SafeText.clean(e.delimiter())).append('\'');
    }
    if (e.sheet() != null) {
      sb.append(", ").append(lang == Lang.EN ? "sheet " : "blad ").append(SafeText.clean(e.sheet()));
    }
    return sb.append("): ").append(SafeText.clean(e.summary())).toString();
  }

  /** The decision-maker line. */
  static String decider(CaseSection s, Lang lang) {
    String role = s.decisionMakerRole() == null ? Messages.CASE_DECIDER_NONE.in(lang)
        : SafeText.clean(s.decisionMakerRole()).replace('_', ' ');
    return s.pseudonymised() ? role + "; " + Messages.CASE_PSEUDONYMS.in(lang) : role;
  }

  /** One group in one line: its cases and its weakest criterion. */
  static String group(String name, List<CaseSection.Rate> rates, Lang lang) {
    long cases = 0;
    CaseSection.Rate lowest = null;
    for (CaseSection.Rate r : rates) {
      cases = Math.max(cases, r.passed() + r.failed() + r.notApplicable());
      if (r.failed() > 0 && (lowest == null || share(r) < share(lowest))) {
        lowest = r;
      }
    }
    String head = SafeText.clean(name) + " (" + cases + " " + Messages.CASE_CASES.in(lang) + "): ";
    if (lowest == null) {
      return head + Messages.CASE_ALL_PASS.in(lang);
    }
    return head + Messages.CASE_LOWEST.in(lang) + " " + lowest.id() + " " + lowest.passed() + "/"
        + (lowest.passed() + lowest.failed()) + (lowest.passRate() == null ? " *" : " (" + rate(lowest, lang) + ")");
  }

  private static double share(CaseSection.Rate r) {
    long judged = r.passed() + r.failed();
    return judged == 0 ? 1 : (double) r.passed() / judged;
  }

  /** True when any rate in the section or its groups is over too few cases. */
  static boolean anyFew(CaseSection s) {
    return s.rates().stream().anyMatch(CaseView::few) || anyFew(s.perLocation()) || anyFew(s.perTeam());
  }

  private static boolean anyFew(Map<String, List<CaseSection.Rate>> groups) {
    return groups.values().stream().flatMap(List::stream).anyMatch(CaseView::few);
  }

  /** Judged, but over too few cases for a percentage (none judged is n/a, not "few"). */
  private static boolean few(CaseSection.Rate r) {
    return r.fewCases() && r.passed() + r.failed() > 0;
  }
}
