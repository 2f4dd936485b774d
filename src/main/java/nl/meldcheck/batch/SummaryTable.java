package nl.meldcheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.cases.CaseCriterion;
import nl.meldcheck.checklist.Area;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Text;

/**
 * The columns every summary shares (CSV, XLSX, HTML table), so the three cannot drift apart:
 * fixed columns, then one per area score, then one per criterion outcome; with case exports in
 * the batch, then the case-export status and one pass percentage per case criterion.
 */
final class SummaryTable {
  /** Index of the verdict column (the XLSX colours it). */
  static final int VERDICT_COLUMN = 5;
  /** Index of the score column. */
  static final int SCORE_COLUMN = 6;

  private final List<String> areaIds = new ArrayList<>();
  private final List<String> criterionIds = new ArrayList<>();
  private final List<String> header = new ArrayList<>();
  private final Lang lang;
  private final boolean cases;

  SummaryTable(Checklist checklist, Lang lang) {
    this(checklist, lang, false);
  }

  SummaryTable(Checklist checklist, Lang lang, boolean cases) {
    this.lang = lang;
    this.cases = cases;
    for (Text t : List.of(Text.of("organisatie", "organisation"), Text.of("sector", "sector"),
        Text.of("registratienummer", "registration number"), Text.of("document", "document"),
        Text.of("status", "status"), Text.of("oordeel", "verdict"), Text.of("score", "score"),
        Text.of("reden", "reason"))) {
      header.add(t.get(lang));
    }
    for (Area a : checklist.areas()) {
      areaIds.add(a.id());
      header.add(Text.of("score ", "score ").get(lang) + a.title().get(lang));
    }
    for (Criterion c : checklist.criteria()) {
      criterionIds.add(c.id());
      header.add(c.id());
    }
    if (cases) {
      header.add(Text.of("dossiers", "case records").get(lang));
      header.add(Text.of("score Dossiers", "score Case records").get(lang));
      for (CaseCriterion c : CaseCriterion.values()) {
        header.add(c.id() + " %");
      }
    }
  }

  List<String> header() {
    return header;
  }

  /** One row: strings, with numbers (score, area scores) as {@link Double} or null when absent. */
  List<Object> row(OrgResult r) {
    List<Object> row = new ArrayList<>();
    row.add(r.name());
    row.add(r.sector());
    row.add(r.registration());
    row.add(r.document());
    row.add(r.status());
    row.add(verdictLabel(r.verdict(), lang));
    row.add(r.score());
    row.add(r.message());
    for (String a : areaIds) {
      row.add(r.areas().get(a));
    }
    for (String c : criterionIds) {
      row.add(r.outcomes().getOrDefault(c, ""));
    }
    if (cases) {
      row.add(r.casesStatus());
      row.add(r.areas().get(nl.meldcheck.audit.CaseSection.AREA));
      for (CaseCriterion c : CaseCriterion.values()) {
        Double rate = r.caseRates().get(c.id());
        row.add(rate == null ? null : Math.round(rate * 1000) / 10.0);
      }
    }
    return row;
  }

  List<String> criterionIds() {
    return criterionIds;
  }

  static String verdictLabel(String code, Lang lang) {
    for (Verdict v : Verdict.values()) {
      if (v.code().equals(code)) {
        return v.label(lang);
      }
    }
    return code.toLowerCase(Locale.ROOT);
  }
}
