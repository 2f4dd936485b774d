package nl.meldcheck.cases;

import nl.meldcheck.checklist.Severity;
import nl.meldcheck.checklist.Text;

/**
 * The case criteria of {@code requirements.md} §C. The IDs are stable public identifiers
 * (reports, waivers and baselines refer to them), so they are spelled here exactly once.
 */
public enum CaseCriterion {
  STAPPEN_VASTGELEGD("CASE-STAPPEN-VASTGELEGD", Severity.CRITICAL,
      "Stappen 1 tot en met 5 vastgelegd", "Steps 1 to 5 recorded",
      "Besluit verplichte meldcode art. 2 (vijf stappen); dossiervorming (Basismodel meldcode)",
      "Per dossier: een datum voor elk van de stappen 1 tot en met 5, of een vastgelegde reden waarom een stap is overgeslagen.",
      "Per case: a date for each of steps 1 to 5, or a recorded reason why a step was skipped.",
      "Leg in het dossier bij elke stap de datum vast, en bij een overgeslagen stap de reden; maak de velden verplicht in het registratiesysteem.",
      "Record the date of every step in the case file, and the reason for a skipped step; make the fields mandatory in the registration system."),
  VOLGORDE("CASE-VOLGORDE", Severity.MAJOR,
      "Stapdatums in de goede volgorde", "Step dates in order",
      "Besluit verplichte meldcode art. 2 (stappenplan in volgorde)",
      "Per dossier: stapdatums die niet teruglopen (signaal ≤ consultatie ≤ gesprek ≤ weging ≤ besluit; dezelfde dag mag).",
      "Per case: step dates that do not go backwards (signal ≤ consultation ≤ conversation ≤ weighing ≤ decision; same day allowed).",
      "Controleer de dossiers met teruglopende datums: corrigeer tikfouten en leg vast waarom een stap later is ingevuld.",
      "Check the cases whose dates go backwards: correct typing errors and record why a step was filled in later."),
  MELDNORM("CASE-MELDNORM", Severity.CRITICAL,
      "Acute of structurele onveiligheid gemeld bij Veilig Thuis",
      "Acute or structural unsafety reported to Veilig Thuis",
      "Besluit verplichte meldcode art. 2 lid 2 (afwegingskader, meldnorm sinds 1 januari 2019)",
      "Per dossier met acute of structurele onveiligheid: een melding bij Veilig Thuis.",
      "Per case with acute or structural unsafety: a report to Veilig Thuis.",
      "Acute of structurele onveiligheid moet altijd bij Veilig Thuis gemeld worden: meld alsnog en leg de melding vast.",
      "Acute or structural unsafety must always be reported to Veilig Thuis: report now and record the report."),
  AFWEGING("CASE-AFWEGING", Severity.MAJOR,
      "Besluit volgt de afwegingsvragen", "Decision follows the afwegingsvragen",
      "Besluit verplichte meldcode art. 2 lid 2 (afwegingskader)",
      "Per dossier: een besluit dat de afwegingsvragen volgt (hulp niet mogelijk of niet aanvaard → melden; geen vermoeden → afsluiten met reden).",
      "Per case: a decision that follows the afwegingsvragen (help not possible or not accepted → report; no suspicion → close with a reason).",
      "Leg bij elk besluit de antwoorden op de afwegingsvragen vast en volg ze: melden als hulp niet mogelijk is of niet wordt aanvaard.",
      "Record the answers to the afwegingsvragen with every decision and follow them: report when help is not possible or not accepted."),
  BESLUIT_VASTGELEGD("CASE-BESLUIT-VASTGELEGD", Severity.CRITICAL,
      "Besluit, datum en besluitnemer vastgelegd", "Decision, date and decision-maker recorded",
      "Registratievereiste (Kamerbrief meldcode); Basismodel meldcode stap 5",
      "Per dossier: het besluit, de datum en wie besloot zijn vastgelegd.",
      "Per case: the decision, its date and who decided are recorded.",
      "Leg bij elk besluit vast wat is besloten, op welke datum en door wie (functie, geen naam nodig).",
      "Record with every decision what was decided, on which date and by whom (role, no name needed)."),
  BESLISSER("CASE-BESLISSER", Severity.MAJOR,
      "Besluit genomen door de eindverantwoordelijke uit de meldcode",
      "Decision taken by the final decision-maker the meldcode names",
      "Besluit verplichte meldcode art. 2 (taakverdeling in de meldcode)",
      "Per dossier: het besluit is genomen door de functie die de meldcode als eindverantwoordelijke noemt.",
      "Per case: the decision was taken by the role the meldcode names as final decision-maker.",
      "Laat het besluit nemen door de eindverantwoordelijke die de meldcode noemt, of pas de meldcode aan de praktijk aan.",
      "Have the decision taken by the final decision-maker the meldcode names, or bring the meldcode in line with practice."),
  GESPREK("CASE-GESPREK", Severity.MAJOR,
      "Gesprek gevoerd of reden vastgelegd", "Conversation held or reason recorded",
      "Besluit verplichte meldcode art. 2 (stap 3: gesprek met de cliënt)",
      "Per dossier: het gesprek met de cliënt is gevoerd, of de reden om het over te slaan is vastgelegd.",
      "Per case: the conversation with the client took place, or the reason for skipping it is recorded.",
      "Voer het gesprek met de cliënt of leg vast waarom dat niet kon (veiligheid, geen contact).",
      "Hold the conversation with the client or record why that was not possible (safety, no contact)."),
  INFORMEREN("CASE-INFORMEREN", Severity.MAJOR,
      "Cliënt vooraf geïnformeerd over de melding of reden vastgelegd",
      "Client informed before the report or reason recorded",
      "Besluit verplichte meldcode art. 2 (stap 5: melding bespreken met de cliënt)",
      "Per dossier met een melding: de cliënt is vooraf geïnformeerd, of de reden om dat niet te doen is vastgelegd.",
      "Per case with a report: the client was informed beforehand, or the reason not to is recorded.",
      "Bespreek een melding vooraf met de cliënt, of leg vast waarom dat niet kon (veiligheid van cliënt, kind of beroepskracht).",
      "Discuss a report with the client beforehand, or record why that was not possible (safety of client, child or professional)."),
  KINDCHECK("CASE-KINDCHECK", Severity.MAJOR,
      "Kindcheck vastgelegd bij volwassen cliënt", "Kindcheck recorded for an adult client",
      "Besluit verplichte meldcode art. 1 (kindcheck) en art. 2",
      "Per dossier met een volwassen cliënt: de kindcheck is vastgelegd.",
      "Per case with an adult client: the kindcheck is recorded.",
      "Ga bij elke volwassen cliënt na of er kinderen zijn die van de cliënt afhankelijk zijn, en leg de uitkomst vast.",
      "For every adult client, check whether children depend on the client, and record the outcome."),
  AF_BETROKKEN("CASE-AF-BETROKKEN", Severity.MINOR,
      "Aandachtsfunctionaris geraadpleegd", "Aandachtsfunctionaris consulted",
      "Basismodel meldcode (rol van de aandachtsfunctionaris)",
      "Per dossier: de aandachtsfunctionaris (of gelijkwaardige functie) is in stap 2 geraadpleegd.",
      "Per case: the aandachtsfunctionaris (or equivalent role) was consulted in step 2.",
      "Betrek de aandachtsfunctionaris bij de collegiale consultatie van stap 2 en leg dat vast.",
      "Involve the aandachtsfunctionaris in the collegial consultation of step 2 and record it."),
  EVALUATIE("CASE-EVALUATIE", Severity.MINOR,
      "Hulp geëvalueerd en zo nodig opnieuw gemeld", "Help evaluated and re-reported if needed",
      "Afwegingskader (vervolg bij hulp: evalueren en zo nodig opnieuw melden)",
      "Per dossier waarin voor hulp is gekozen: een evaluatie is vastgelegd, en een nieuwe melding als de veiligheid niet bleef.",
      "Per case where help was chosen: an evaluation is recorded, and a new report when safety did not last.",
      "Plan bij een besluit tot hulp een evaluatiedatum, leg de evaluatie vast en meld alsnog als de veiligheid niet blijft.",
      "When help is chosen, plan an evaluation date, record the evaluation and report when safety does not last."),
  DOORLOOPTIJD("CASE-DOORLOOPTIJD", Severity.MINOR,
      "Doorlooptijd van signaal tot besluit", "Lead time from signal to decision",
      "Eigen norm van de organisatie (geen wettelijke termijn)",
      "Per dossier: van signaal tot besluit binnen de eigen norm van de organisatie (zonder norm alleen ter informatie).",
      "Per case: from signal to decision within the organisation's own norm (informational without a norm).",
      "Bespreek dossiers die de norm overschrijden in het teamoverleg en stel zo nodig de norm of de werkwijze bij.",
      "Discuss cases beyond the norm in the team meeting and adjust the norm or the way of working where needed.");

  private final String id;
  private final Severity severity;
  private final Text title;
  private final String basis;
  private final Text lookedFor;
  private final Text advice;

  CaseCriterion(String id, Severity severity, String nl, String en, String basis, String lookedForNl,
      String lookedForEn, String adviceNl, String adviceEn) {
    this.id = id;
    this.severity = severity;
    this.title = Text.of(nl, en);
    this.basis = basis;
    this.lookedFor = Text.of(lookedForNl, lookedForEn);
    this.advice = Text.of(adviceNl, adviceEn);
  }

  /** The legal or normative basis, as reports print it. */
  public String basis() {
    return basis;
  }

  /** What a case must show to pass, in plain language. */
  public Text lookedFor() {
    return lookedFor;
  }

  /** What the organisation can do when cases fail. */
  public Text advice() {
    return advice;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public Text title() {
    return title;
  }

  /** The criterion with this public ID, or null. */
  public static CaseCriterion byId(String id) {
    for (CaseCriterion c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }
}
