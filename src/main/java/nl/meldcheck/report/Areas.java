package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CriterionResult;

/**
 * Criteria grouped under their areas, in the report's area order; a criterion naming an area the
 * report does not list still appears, under its area id, after the listed ones. Shared by the
 * reports that show areas as sections (HTML) or names (JUnit class names, spreadsheets).
 */
final class Areas {
  private Areas() {}

  /** Area id to its cleaned title (the id when the title is empty), listed areas first. */
  static Map<String, String> titles(AuditReport report) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (AreaScore area : report.areas()) {
      String title = clean(area.title());
      titles.put(area.id(), title.isEmpty() ? clean(area.id()) : title);
    }
    for (CriterionResult result : report.results()) {
      titles.putIfAbsent(result.area(), clean(result.area()));
    }
    return titles;
  }

  /** Area id to its criteria in checklist order; areas without criteria are left out. */
  static Map<String, List<CriterionResult>> grouped(AuditReport report) {
    Map<String, List<CriterionResult>> groups = new LinkedHashMap<>();
    for (String id : titles(report).keySet()) {
      groups.put(id, new ArrayList<>());
    }
    for (CriterionResult result : report.results()) {
      groups.get(result.area()).add(result);
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }
}
