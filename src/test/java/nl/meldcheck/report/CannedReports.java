package nl.meldcheck.report;

import java.util.List;
import java.util.Map;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CaseSection;
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
 * Hand-built audit reports for reporter golden files: every outcome and every optional part in
 * {@link #full()}, nothing applicable in {@link #empty()}, an unreadable input in {@link
 * #unreadable()}. The texts are invented, not taken from any real document. The numbers are
 * consistent with the score formula (26.5 of 36 weight = 73.6), so reporters built on them show
 * what a real audit would.
 */
public final class CannedReports {
  public static final String TOOL_VERSION = "0.0.0-test";
  public static final String GENERATED_AT = "2025-01-01T12:00:00Z";
  public static final String AS_OF = "2025-01-01";
  private static final String SHA = "3f2a9c0d4e5b6a7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";

  private CannedReports() {}

  /** A partly compliant PDF audit with every outcome, evidence, fixes and a warning. */
  public static AuditReport full() {
    return report(
        "nl",
        new InputInfo(
            "samples/meldcode-kinderopvang.pdf", "pdf", InputStatus.OK, "", 12, 148, 23456, SHA),
        "kinderopvang",
        Verdict.VOLDOET_DEELS,
        new Score(73.6, 26.5, 36, "score = 100 × Σ(gewicht × krediet) / Σ(gewicht) = 100 × 26,5 / 36", 70),
        List.of(
            new AreaScore("stappen", "De vijf stappen", 90.0, 22.5, 25, 5),
            new AreaScore("afweging", "Afwegingskader", 0.0, 0, 6, 2),
            new AreaScore("organisatie", "Organisatie en aandachtsfunctionaris", 80.0, 4, 5, 3),
            new AreaScore("sector", "Sectorregels", -1, 0, 0, 0)),
        FullResults.all(),
        List.of(
            new Fix("AFW-KADER", "Afwegingskader met vijf afwegingsvragen", 8.3,
                "Neem het afwegingskader op en beschrijf de vijf afwegingsvragen bij stap 4 en 5."),
            new Fix("AFW-MELDNORM", "Meldnorm bij acute of structurele onveiligheid", 8.3,
                "Leg vast dat bij acute of structurele onveiligheid altijd een melding bij Veilig Thuis volgt."),
            new Fix("STAP-2-CONSULTATIE", "Collegiale consultatie en advies van Veilig Thuis", 6.9,
                "Beschrijf dat de beroepskracht zo nodig advies vraagt bij Veilig Thuis.")),
        Map.of("pass", 6, "partial", 1, "fail", 1, "review", 1, "not_applicable", 1, "waived", 1,
            "error", 1),
        List.of("Twee criteria konden niet zeker worden beoordeeld; controleer ze handmatig."));
  }

  /** {@link #full()} with English interface texts; criterion texts stay Dutch, as an untranslated checklist would. */
  public static AuditReport fullEnglish() {
    AuditReport nl = full();
    return new AuditReport(nl.schemaVersion(), nl.tool(), nl.toolVersion(), nl.generatedAt(), "en",
        nl.input(), nl.checklist(), nl.sector(), nl.asOf(), nl.verdict(),
        new Score(73.6, 26.5, 36, "score = 100 × Σ(weight × credit) / Σ(weight) = 100 × 26.5 / 36", 70),
        nl.areas(), nl.results(), nl.fixes(), nl.counts(),
        List.of("Two criteria could not be judged with certainty; check them by hand."));
  }

  /** A Markdown document where no criterion applies: no score, nothing to fix. */
  public static AuditReport empty() {
    return report(
        "nl",
        new InputInfo("samples/leeg-beleid.md", "md", InputStatus.OK, "", 0, 3, 412, SHA),
        "",
        Verdict.NIET_BEOORDEELD,
        new Score(-1, 0, 0, "score = 100 × Σ(gewicht × krediet) / Σ(gewicht): geen criterium telt mee", 75),
        List.of(new AreaScore("sector", "Sectorregels", -1, 0, 0, 0)),
        List.of(
            notApplicable("KINDEROPVANG-ROUTES", "Routes bij signalen over een medewerker"),
            notApplicable("ONDERWIJS-MELDPLICHT-PERSONEEL", "Meldplicht bij geweld door personeel")),
        List.of(),
        Map.of("not_applicable", 2),
        List.of());
  }

  /** An encrypted PDF: nothing judged, the input status explains why. */
  public static AuditReport unreadable() {
    return report(
        "nl",
        new InputInfo("aanlevering/beleid.pdf", "pdf", InputStatus.ENCRYPTED,
            "Het bestand is met een wachtwoord beveiligd; lever een onbeveiligde versie aan.",
            0, 0, 0, SHA),
        "",
        Verdict.NIET_BEOORDEELD,
        new Score(-1, 0, 0, "", 75),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        List.of());
  }

  /**
   * {@link #full()} audited with two case exports: one read (with read problems, a location with
   * too few cases for a rate, hostile group names) and one that could not be read; two case
   * criteria, one partial and one not applicable, and every case listed (as for csv and xlsx).
   */
  public static AuditReport withCases() {
    AuditReport f = full();
    CaseSection.LeadTime lead = new CaseSection.LeadTime(9, 12, 30, 41, 28, 2);
    CaseSection.Export ok = new CaseSection.Export("dossiers.csv", "csv", "ZorgDossier (EPD)", "Windows-1252", ";",
        null, "ok", "", 10, 9, 1, "10 rijen gelezen = 9 beoordeeld + 1 met problemen",
        Map.of("unreadable_date", 1L),
        List.of(new CaseSection.ReadProblem("ZD1004", 5, "Dat. signalering", "unreadable_date",
            "dossiers.csv, rij 5, kolom 'Dat. signalering' (signaal_datum): geen geldige datum (waarde niet getoond)")),
        0, lead);
    CaseSection.Export unread = new CaseSection.Export("oud.xlsx", "", "ZorgDossier (EPD)", null, null, null,
        "encrypted", "oud.xlsx: het werkboek is met een wachtwoord beveiligd; lever een export zonder wachtwoord aan",
        0, 0, 0, "", Map.of(), List.of(), 0, null);
    List<CaseSection.Rate> rates = List.of(
        new CaseSection.Rate("CASE-MELDNORM", "Acute of structurele onveiligheid gemeld bij Veilig Thuis",
            Severity.CRITICAL, 6, 2, 2, 0.75, false),
        new CaseSection.Rate("CASE-KINDCHECK", "Kindcheck vastgelegd bij volwassen cliënt", Severity.MAJOR,
            0, 0, 10, null, true));
    Map<String, List<CaseSection.Rate>> perLocation = Map.of(
        "Noord", List.of(
            new CaseSection.Rate("CASE-MELDNORM", "Acute of structurele onveiligheid gemeld bij Veilig Thuis",
                Severity.CRITICAL, 5, 1, 1, 0.8333, false),
            new CaseSection.Rate("CASE-KINDCHECK", "Kindcheck vastgelegd bij volwassen cliënt", Severity.MAJOR,
                0, 0, 7, null, true)),
        "<script>alert(1)</script>", List.of(
            new CaseSection.Rate("CASE-MELDNORM", "Acute of structurele onveiligheid gemeld bij Veilig Thuis",
                Severity.CRITICAL, 1, 1, 1, null, true),
            new CaseSection.Rate("CASE-KINDCHECK", "Kindcheck vastgelegd bij volwassen cliënt", Severity.MAJOR,
                0, 0, 3, null, true)));
    List<CaseSection.CaseRow> rows = List.of(
        new CaseSection.CaseRow("ZD1001", "dossiers.csv", 2, "Noord", "Team A", true,
            List.of("pass", "not_applicable"), List.of("acute onveiligheid en gemeld bij Veilig Thuis", "cliënt is een kind")),
        new CaseSection.CaseRow("ZD1002", "dossiers.csv", 3, "=HYPERLINK(\"x\")", "Team B", true,
            List.of("fail", "not_applicable"), List.of("acute onveiligheid, niet gemeld", "cliënt is een kind")),
        new CaseSection.CaseRow("ZD1004", "dossiers.csv", 5, "Noord", null, false,
            List.of("not_applicable", "not_applicable"), List.of("signaaldatum onleesbaar", "cliënt is een kind")));
    CaseSection cases = new CaseSection(List.of(ok, unread), "aandachtsfunctionaris", false, rates, perLocation,
        Map.of(), List.of("1 dossiers hadden leesproblemen (zie Dossiers); ze tellen mee."), rows);
    List<CriterionResult> results = new java.util.ArrayList<>(f.results());
    results.add(new CriterionResult("CASE-MELDNORM", "Acute of structurele onveiligheid gemeld bij Veilig Thuis",
        "dossiers", Severity.CRITICAL, 5, Outcome.PARTIAL, 0.75, "Besluit verplichte meldcode art. 2 lid 2",
        "Per dossier met acute of structurele onveiligheid: een melding bij Veilig Thuis.", List.of(), List.of(),
        List.of(), List.of("6 van 8 beoordeelde dossiers voldoen (75,0 %), 2 niet; 2 niet van toepassing.",
            "Niet voldaan: ZD1002 (dossiers.csv rij 3): acute onveiligheid, niet gemeld"),
        "Acute of structurele onveiligheid moet altijd bij Veilig Thuis gemeld worden."));
    results.add(new CriterionResult("CASE-KINDCHECK", "Kindcheck vastgelegd bij volwassen cliënt", "dossiers",
        Severity.MAJOR, 3, Outcome.NOT_APPLICABLE, 0, "Besluit verplichte meldcode art. 1", "Per dossier met een"
        + " volwassen cliënt: de kindcheck is vastgelegd.", List.of(), List.of(), List.of(),
        List.of("Geen enkel dossier kon op dit criterium beoordeeld worden."), ""));
    List<AreaScore> areas = new java.util.ArrayList<>(f.areas());
    areas.add(new AreaScore("dossiers", "Dossiers", 75.0, 3.75, 5, 1));
    return new AuditReport(f.schemaVersion(), f.tool(), f.toolVersion(), f.generatedAt(), f.lang(), f.input(),
        f.checklist(), f.sector(), f.asOf(), f.verdict(),
        new Score(73.8, 30.25, 41, "score = 100 × Σ(gewicht × krediet) / Σ(gewicht) = 100 × 30,25 / 41", 70),
        areas, results, f.fixes(), Map.of("pass", 6, "partial", 2, "fail", 1, "review", 1, "not_applicable", 2,
            "waived", 1, "error", 1), cases.warnings(), null, cases);
  }

  /** A copy of {@code report} with other results, for tests that vary one criterion. */
  public static AuditReport withResults(AuditReport report, List<CriterionResult> results) {
    return new AuditReport(report.schemaVersion(), report.tool(), report.toolVersion(),
        report.generatedAt(), report.lang(), report.input(), report.checklist(), report.sector(),
        report.asOf(), report.verdict(), report.score(), report.areas(), results, report.fixes(),
        report.counts(), report.warnings());
  }

  static EvidenceItem evidence(String quote, int page, List<String> section, int start,
      String concept, String label, String qualifier) {
    return new EvidenceItem(quote, page, section, 0, start, start + quote.length(), concept, label,
        qualifier);
  }

  private static CriterionResult notApplicable(String id, String title) {
    return new CriterionResult(id, title, "sector", Severity.MAJOR, 3, Outcome.NOT_APPLICABLE, 0,
        "Sectorafspraak", "", List.of(), List.of(), List.of(),
        List.of("Geldt niet: de sector is niet opgegeven."), "");
  }

  private static AuditReport report(String lang, InputInfo input, String sector, Verdict verdict,
      Score score, List<AreaScore> areas, List<CriterionResult> results, List<Fix> fixes,
      Map<String, Integer> counts, List<String> warnings) {
    ChecklistInfo checklist = new ChecklistInfo("basis", "2019.1",
        "Meldcode huiselijk geweld en kindermishandeling — basis", score.passMark(), "builtin:basis");
    return new AuditReport(AuditReport.SCHEMA_VERSION, "meldcheck", TOOL_VERSION, GENERATED_AT,
        lang, input, checklist, sector, AS_OF, verdict, score, areas, results, fixes, counts,
        warnings);
  }
}
