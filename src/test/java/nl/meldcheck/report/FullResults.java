package nl.meldcheck.report;

import static nl.meldcheck.report.CannedReports.evidence;

import java.util.List;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * The twelve criteria of {@link CannedReports#full()}, in checklist order. AF-ROL is listed before
 * the afweging criteria although its area comes later, so reporters must group by area.
 */
final class FullResults {
  private FullResults() {}

  static List<CriterionResult> all() {
    return List.of(
        pass("STAP-1-SIGNALEN", "Signalen in kaart brengen", "stappen", Severity.CRITICAL, 5,
            "Medewerkers brengen signalen in kaart met de signalenlijst en leggen ze vast in het dossier.",
            3, "Stap 1", "signaleren", "signalen in kaart brengen"),
        partial(),
        pass("STAP-3-GESPREK", "Gesprek met de betrokkene", "stappen", Severity.CRITICAL, 5,
            "De mentor bespreekt de zorgen met de ouders, tenzij dat de veiligheid van het kind in gevaar brengt.",
            5, "Stap 3", "gesprek", "gesprek met de betrokkene"),
        pass("STAP-4-WEGEN", "Wegen van het geweld", "stappen", Severity.CRITICAL, 5,
            "Na het gesprek weegt de aandachtsfunctionaris het risico, de aard en de ernst van het geweld.",
            6, "Stap 4", "wegen", "wegen van aard en ernst"),
        pass("STAP-5-BESLISSEN", "Beslissen over melden en hulp", "stappen", Severity.CRITICAL, 5,
            "In stap 5 beslist de organisatie of een melding bij Veilig Thuis nodig is en of zij zelf hulp kan bieden.",
            7, "Stap 5", "beslissen", "beslissen over melden"),
        pass("AF-ROL", "Rol van de aandachtsfunctionaris", "organisatie", Severity.MAJOR, 3,
            "De aandachtsfunctionaris ondersteunt medewerkers bij alle stappen van de meldcode.",
            2, "Rollen", "aandachtsfunctionaris", "aandachtsfunctionaris"),
        new CriterionResult("AFW-KADER", "Afwegingskader met vijf afwegingsvragen", "afweging",
            Severity.MAJOR, 3, Outcome.REVIEW, 0, "Besluit verplichte meldcode art. 2 lid 2 sub e",
            "het afwegingskader met de vijf afwegingsvragen",
            List.of("afwegingskader"), List.of("afwegingsvragen"),
            List.of(evidence("Zo mogelijk gebruikt de aandachtsfunctionaris het afwegingskader.", 8,
                List.of("Stap 4", "Afwegingskader"), 16020, "afwegingskader", "afwegingskader", "weak")),
            List.of("Zwak geformuleerd (\"zo mogelijk\"): een beoordelaar moet kijken."),
            "Neem het afwegingskader op en beschrijf de vijf afwegingsvragen bij stap 4 en 5."),
        new CriterionResult("AFW-MELDNORM", "Meldnorm bij acute of structurele onveiligheid",
            "afweging", Severity.MAJOR, 3, Outcome.FAIL, 0,
            "Besluit verplichte meldcode art. 2 lid 2 sub e",
            "dat bij acute of structurele onveiligheid altijd wordt gemeld",
            List.of(), List.of("meldnorm acute onveiligheid", "meldnorm structurele onveiligheid"),
            List.of(), List.of(),
            "Leg vast dat bij acute of structurele onveiligheid altijd een melding bij Veilig Thuis volgt."),
        pass("ORG-KENNIS", "Kennis en vaardigheden van medewerkers", "organisatie", Severity.MINOR, 1,
            "Nieuwe medewerkers volgen binnen een jaar de training signaleren.",
            11, "Deskundigheid", "training", "training"),
        new CriterionResult("ONDERWIJS-MELDPLICHT-PERSONEEL", "Meldplicht bij geweld door personeel",
            "sector", Severity.MAJOR, 3, Outcome.NOT_APPLICABLE, 0, "Wet op het primair onderwijs",
            "", List.of(), List.of(), List.of(),
            List.of("Geldt alleen voor de sector onderwijs."), ""),
        new CriterionResult("ORG-MONITORING", "Monitoring van het gebruik van de meldcode",
            "organisatie", Severity.MINOR, 1, Outcome.WAIVED, 0, "Besluit verplichte meldcode art. 3",
            "", List.of(), List.of(), List.of(),
            List.of("Vrijgesteld tot 2025-06-30: de jaarlijkse evaluatie staat in het kwaliteitsplan."),
            "", new nl.meldcheck.audit.WaiverNote("applied", "De jaarlijkse evaluatie staat in het kwaliteitsplan.",
                "directeur-bestuurder", "2024-07-01", "2025-06-30", "fail"), "3f2a9c0d1e4b5a67", "unchanged",
            "a1b2c3d4e5f60718"),
        new CriterionResult("ORG-ACTUEEL", "Meldcode is actueel", "organisatie", Severity.MINOR, 1,
            Outcome.ERROR, 0, "Afwegingskader 2019", "een vaststellingsdatum na 2019-01-01",
            List.of(), List.of(), List.of(),
            List.of("Geen leesbare datum gevonden; de datumcontrole kon niet worden uitgevoerd."),
            "Vermeld de datum waarop de meldcode is vastgesteld."));
  }

  private static CriterionResult partial() {
    return new CriterionResult("STAP-2-CONSULTATIE", "Collegiale consultatie en advies van Veilig Thuis",
        "stappen", Severity.CRITICAL, 5, Outcome.PARTIAL, 0.5,
        "Besluit verplichte meldcode art. 2 lid 2 sub b",
        "collegiale consultatie en advies vragen bij Veilig Thuis",
        List.of("collegiale consultatie"), List.of("advies van Veilig Thuis"),
        List.of(
            evidence("Bij twijfel overlegt de pedagogisch medewerker met een collega of met de "
                + "aandachtsfunctionaris over de signalen en over wat er nodig is om de zorgen weg "
                + "te nemen of juist te bevestigen.", 4,
                List.of("Stap 2", "Collegiale consultatie"), 9120, "consultatie",
                "collegiale consultatie", "strong")),
        List.of(),
        "Beschrijf dat de beroepskracht zo nodig advies vraagt bij Veilig Thuis.");
  }

  private static CriterionResult pass(String id, String title, String area, Severity severity,
      double weight, String quote, int page, String section, String concept, String label) {
    return new CriterionResult(id, title, area, severity, weight, Outcome.PASS, 1,
        "Besluit verplichte meldcode art. 2", "", List.of(concept), List.of(),
        List.of(evidence(quote, page, List.of(section), page * 2000, concept, label, "strong")),
        List.of(), "");
  }
}
