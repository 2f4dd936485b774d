package nl.meldcheck.report;

import java.util.List;
import java.util.Map;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.ChecklistInfo;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.audit.Fix;
import nl.meldcheck.audit.InputInfo;
import nl.meldcheck.audit.InputStatus;
import nl.meldcheck.audit.Score;
import nl.meldcheck.audit.Verdict;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * A report as a hostile or careless document could make it: headings and quotes with a script
 * element, an event-handler image, Markdown links, table pipes and text that spreadsheets run as
 * formulas. Every format must render it harmless.
 */
final class HostileReport {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String LINK = "[x](http://evil)";
  static final String FORMULA = "=HYPERLINK(\"http://evil\",\"klik\")";
  static final List<String> CELL_STARTS = List.of("=1+1", "+31 6 1234", "-2+3", "@SUM(A1:A9)");

  private HostileReport() {}

  static AuditReport report() {
    EvidenceItem quote = new EvidenceItem(SCRIPT + " Zie " + LINK + " | a | b", 2,
        List.of("<img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0"), 4, 10, 60, "c", "<i>label</i>", "weak");
    CriterionResult hostile = new CriterionResult("X-1", FORMULA, "stappen", Severity.CRITICAL, 5, Outcome.FAIL, 0,
        CELL_STARTS.get(2), LINK + " | kolom", List.of(SCRIPT), List.of(CELL_STARTS.get(3)), List.of(quote),
        List.of("<b>vet</b> " + LINK), CELL_STARTS.get(1) + " " + SCRIPT);
    CriterionResult waived = new CriterionResult("X-2", SCRIPT, "<script>", Severity.MINOR, 1, Outcome.WAIVED, 0,
        CELL_STARTS.get(0), "", List.of(), List.of(), List.of(), List.of("-waived | " + LINK), "");
    return new AuditReport(AuditReport.SCHEMA_VERSION, "meldcheck", CannedReports.TOOL_VERSION,
        CannedReports.GENERATED_AT, "nl",
        new InputInfo("docs/<b>meld</b> code|=1.md", "md", InputStatus.OK, "", 0, 5, 300, "ab"),
        new ChecklistInfo("basis", "2019.1", SCRIPT, 70, "builtin:basis"), SCRIPT, CannedReports.AS_OF,
        Verdict.VOLDOET_NIET, new Score(0, 0, 5, "score = " + SCRIPT, 70),
        List.of(new AreaScore("stappen", SCRIPT + " " + LINK, 0, 0, 5, 1)),
        List.of(hostile, waived),
        List.of(new Fix("X-1", FORMULA, 100, CELL_STARTS.get(3) + " " + LINK)),
        Map.of("fail", 1, "waived", 1),
        List.of(LINK + " " + SCRIPT, CELL_STARTS.get(0)));
  }
}
