package nl.meldcheck.cases;

import nl.meldcheck.checklist.Severity;
import nl.meldcheck.checklist.Text;

/**
 * The case criteria of {@code requirements.md} §C. The IDs are stable public identifiers
 * (reports, waivers and baselines refer to them), so they are spelled here exactly once.
 */
public enum CaseCriterion {
  STAPPEN_VASTGELEGD("CASE-STAPPEN-VASTGELEGD", Severity.CRITICAL,
      "Stappen 1 tot en met 5 vastgelegd", "Steps 1 to 5 recorded"),
  VOLGORDE("CASE-VOLGORDE", Severity.MAJOR,
      "Stapdatums in de goede volgorde", "Step dates in order"),
  MELDNORM("CASE-MELDNORM", Severity.CRITICAL,
      "Acute of structurele onveiligheid gemeld bij Veilig Thuis",
      "Acute or structural unsafety reported to Veilig Thuis"),
  AFWEGING("CASE-AFWEGING", Severity.MAJOR,
      "Besluit volgt de afwegingsvragen", "Decision follows the afwegingsvragen"),
  BESLUIT_VASTGELEGD("CASE-BESLUIT-VASTGELEGD", Severity.CRITICAL,
      "Besluit, datum en besluitnemer vastgelegd", "Decision, date and decision-maker recorded"),
  BESLISSER("CASE-BESLISSER", Severity.MAJOR,
      "Besluit genomen door de eindverantwoordelijke uit de meldcode",
      "Decision taken by the final decision-maker the meldcode names"),
  GESPREK("CASE-GESPREK", Severity.MAJOR,
      "Gesprek gevoerd of reden vastgelegd", "Conversation held or reason recorded"),
  INFORMEREN("CASE-INFORMEREN", Severity.MAJOR,
      "Cliënt vooraf geïnformeerd over de melding of reden vastgelegd",
      "Client informed before the report or reason recorded"),
  KINDCHECK("CASE-KINDCHECK", Severity.MAJOR,
      "Kindcheck vastgelegd bij volwassen cliënt", "Kindcheck recorded for an adult client"),
  AF_BETROKKEN("CASE-AF-BETROKKEN", Severity.MINOR,
      "Aandachtsfunctionaris geraadpleegd", "Aandachtsfunctionaris consulted"),
  EVALUATIE("CASE-EVALUATIE", Severity.MINOR,
      "Hulp geëvalueerd en zo nodig opnieuw gemeld", "Help evaluated and re-reported if needed"),
  DOORLOOPTIJD("CASE-DOORLOOPTIJD", Severity.MINOR,
      "Doorlooptijd van signaal tot besluit", "Lead time from signal to decision");

  private final String id;
  private final Severity severity;
  private final Text title;

  CaseCriterion(String id, Severity severity, String nl, String en) {
    this.id = id;
    this.severity = severity;
    this.title = Text.of(nl, en);
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
