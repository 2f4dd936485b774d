package nl.meldcheck.cases;

import static nl.meldcheck.cases.Field.ACUTE_ONVEILIGHEID;
import static nl.meldcheck.cases.Field.AFSLUIT_DATUM;
import static nl.meldcheck.cases.Field.AFSLUIT_REDEN;
import static nl.meldcheck.cases.Field.AF_GERAADPLEEGD;
import static nl.meldcheck.cases.Field.BESLUIT;
import static nl.meldcheck.cases.Field.BESLUIT_DATUM;
import static nl.meldcheck.cases.Field.BESLUIT_DOOR;
import static nl.meldcheck.cases.Field.BESLUIT_MOTIVERING;
import static nl.meldcheck.cases.Field.CLIENT_GEINFORMEERD;
import static nl.meldcheck.cases.Field.CLIENT_TYPE;
import static nl.meldcheck.cases.Field.CONSULTATIE_DATUM;
import static nl.meldcheck.cases.Field.DUURZAAM_VEILIG;
import static nl.meldcheck.cases.Field.EVALUATIE_DATUM;
import static nl.meldcheck.cases.Field.GESPREK_DATUM;
import static nl.meldcheck.cases.Field.GESPREK_OVERGESLAGEN_REDEN;
import static nl.meldcheck.cases.Field.HULP_AANVAARD;
import static nl.meldcheck.cases.Field.HULP_MOGELIJK;
import static nl.meldcheck.cases.Field.KINDCHECK;
import static nl.meldcheck.cases.Field.MELDING_DATUM;
import static nl.meldcheck.cases.Field.NIET_GEINFORMEERD_REDEN;
import static nl.meldcheck.cases.Field.OPNIEUW_GEMELD;
import static nl.meldcheck.cases.Field.SIGNAAL_DATUM;
import static nl.meldcheck.cases.Field.STRUCTURELE_ONVEILIGHEID;
import static nl.meldcheck.cases.Field.VERMOEDEN;
import static nl.meldcheck.cases.Field.VT_ADVIES_DATUM;
import static nl.meldcheck.cases.Field.WEGING_DATUM;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Text;

/**
 * The case criteria of requirements §C as rules over one {@link CaseRecord}. Each rule first
 * asks whether it can judge the case at all: a field outside the mapping or a cell that could
 * not be read makes the criterion not applicable for that case, never a pass. Reasons name
 * fields, codes, roles and dates only.
 */
final class CaseChecks {
  private static final Text RUNNING = Text.of(
      "casus loopt nog: geen besluit, melding of afsluiting vastgelegd",
      "case still open: no decision, report or closure recorded");
  private static final Text NO_REPORT = Text.of("geen melding gedaan", "no report made");

  private final Optional<String> role;
  private final OptionalInt norm;

  CaseChecks(Optional<String> role, OptionalInt norm) {
    this.role = role;
    this.norm = norm;
  }

  /** Outcomes for every criterion, in {@link CaseCriterion} order. */
  List<CriterionOutcome> judge(CaseRecord r) {
    List<CriterionOutcome> out = new ArrayList<>(CaseCriterion.values().length);
    if (!r.judgeable) {
      Text why = Text.of("rij niet beoordeeld: " + r.notJudgedReason,
          "row not judged: " + r.notJudgedReasonEn);
      for (CaseCriterion c : CaseCriterion.values()) {
        out.add(new CriterionOutcome(c, Outcome.NOT_APPLICABLE, why));
      }
      return out;
    }
    out.add(steps(r));
    out.add(order(r));
    out.add(reportNorm(r));
    out.add(weighing(r));
    out.add(decisionRecorded(r));
    out.add(decisionMaker(r));
    out.add(conversation(r));
    out.add(informing(r));
    out.add(kindcheck(r));
    out.add(afConsulted(r));
    out.add(evaluation(r));
    out.add(leadTime(r));
    return out;
  }

  /** Days from signal to decision when both are there in order, else -1. */
  static long leadDays(CaseRecord r) {
    LocalDate s = r.date(SIGNAAL_DATUM);
    LocalDate b = r.date(BESLUIT_DATUM);
    return s == null || b == null || b.isBefore(s) ? -1 : ChronoUnit.DAYS.between(s, b);
  }

  // ---------------------------------------------------------------- the twelve criteria

  private CriterionOutcome steps(CaseRecord r) {
    CaseCriterion c = CaseCriterion.STAPPEN_VASTGELEGD;
    CriterionOutcome na = cannotJudge(c, r, SIGNAAL_DATUM, CONSULTATIE_DATUM, GESPREK_DATUM,
        WEGING_DATUM, BESLUIT_DATUM);
    if (na == null) {
      na = unreadable(c, r, VT_ADVIES_DATUM, GESPREK_OVERGESLAGEN_REDEN);
    }
    if (na != null) {
      return na;
    }
    if (!decided(r)) {
      return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, RUNNING);
    }
    List<String> nl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!r.has(SIGNAAL_DATUM)) {
      nl.add("stap 1 (signaleren)");
      en.add("step 1 (signals)");
    }
    if (!r.has(CONSULTATIE_DATUM) && !r.has(VT_ADVIES_DATUM)) {
      nl.add("stap 2 (consultatie)");
      en.add("step 2 (consultation)");
    }
    if (!r.has(GESPREK_DATUM) && !r.has(GESPREK_OVERGESLAGEN_REDEN)) {
      nl.add("stap 3 (gesprek)");
      en.add("step 3 (conversation)");
    }
    if (!r.has(WEGING_DATUM)) {
      nl.add("stap 4 (weging)");
      en.add("step 4 (weighing)");
    }
    if (!r.has(BESLUIT_DATUM)) {
      nl.add("stap 5 (besluit)");
      en.add("step 5 (decision)");
    }
    if (nl.isEmpty()) {
      return pass(c, "stappen 1 tot en met 5 hebben een datum of reden",
          "steps 1 to 5 have a date or reason");
    }
    return fail(c, "geen datum of reden voor " + String.join(", ", nl),
        "no date or reason for " + String.join(", ", en));
  }

  private static final Field[] CHAIN = {SIGNAAL_DATUM, CONSULTATIE_DATUM, GESPREK_DATUM,
      WEGING_DATUM, BESLUIT_DATUM};

  private CriterionOutcome order(CaseRecord r) {
    CaseCriterion c = CaseCriterion.VOLGORDE;
    CriterionOutcome na = unreadable(c, r, CHAIN);
    if (na != null) {
      return na;
    }
    Field prev = null;
    int present = 0;
    for (Field f : CHAIN) {
      LocalDate d = r.date(f);
      if (d == null) {
        continue;
      }
      present++;
      if (prev != null && d.isBefore(r.date(prev))) {
        return fail(c, f.key() + " (" + d + ") ligt vóór " + prev.key() + " (" + r.date(prev) + ")",
            f.key() + " (" + d + ") is before " + prev.key() + " (" + r.date(prev) + ")");
      }
      prev = f;
    }
    if (present < 2) {
      return na(c, "minder dan twee stapdatums vastgelegd", "fewer than two step dates recorded");
    }
    return pass(c, "stapdatums in volgorde (" + present + " datums)",
        "step dates in order (" + present + " dates)");
  }

  private CriterionOutcome reportNorm(CaseRecord r) {
    CaseCriterion c = CaseCriterion.MELDNORM;
    if (!mapped(r, ACUTE_ONVEILIGHEID) && !mapped(r, STRUCTURELE_ONVEILIGHEID)) {
      return unmapped(c, ACUTE_ONVEILIGHEID);
    }
    CriterionOutcome na = unreadable(c, r, ACUTE_ONVEILIGHEID, STRUCTURELE_ONVEILIGHEID);
    if (na != null) {
      return na;
    }
    boolean acute = r.is(ACUTE_ONVEILIGHEID, "ja");
    boolean structural = r.is(STRUCTURELE_ONVEILIGHEID, "ja");
    if (!acute && !structural) {
      return !r.has(ACUTE_ONVEILIGHEID) && !r.has(STRUCTURELE_ONVEILIGHEID)
          ? na(c, "acute en structurele onveiligheid niet vastgelegd",
              "acute and structural unsafety not recorded")
          : na(c, "geen acute of structurele onveiligheid", "no acute or structural unsafety");
    }
    String what = acute && structural ? "acute en structurele" : acute ? "acute" : "structurele";
    String whatEn = acute && structural ? "acute and structural" : acute ? "acute" : "structural";
    Boolean reported = reported(r);
    if (reported == null) {
      return na(c, "niet te beoordelen: besluit of meldingsdatum onleesbaar of niet gemapt",
          "cannot judge: decision or report date unreadable or not mapped");
    }
    if (reported) {
      return pass(c, what + " onveiligheid en gemeld bij Veilig Thuis",
          whatEn + " unsafety and reported to Veilig Thuis");
    }
    if (!decided(r)) {
      return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, RUNNING);
    }
    String besluit = r.code(BESLUIT);
    return fail(c, what + " onveiligheid vastgelegd, maar geen melding bij Veilig Thuis"
        + (besluit == null ? "" : " (besluit: " + besluit + ")"),
        whatEn + " unsafety recorded, but no report to Veilig Thuis"
            + (besluit == null ? "" : " (decision: " + besluit + ")"));
  }

  private CriterionOutcome weighing(CaseRecord r) {
    CaseCriterion c = CaseCriterion.AFWEGING;
    CriterionOutcome na = cannotJudge(c, r, VERMOEDEN, BESLUIT);
    if (na != null) {
      return na;
    }
    String besluit = r.code(BESLUIT);
    if (besluit == null) {
      return decided(r)
          ? na(c, "besluit niet vastgelegd (zie CASE-BESLUIT-VASTGELEGD)",
              "decision not recorded (see CASE-BESLUIT-VASTGELEGD)")
          : new CriterionOutcome(c, Outcome.NOT_APPLICABLE, RUNNING);
    }
    if (!r.has(VERMOEDEN)) {
      return na(c, "afweging 1 (vermoeden) niet vastgelegd", "question 1 (suspicion) not recorded");
    }
    if (r.is(VERMOEDEN, "nee")) {
      na = unreadable(c, r, AFSLUIT_REDEN, BESLUIT_MOTIVERING);
      if (na != null) {
        return na;
      }
      if (!besluit.equals("afsluiten")) {
        return fail(c, "geen vermoeden, maar besluit " + besluit + " in plaats van afsluiten",
            "no suspicion, but decision " + besluit + " instead of closing");
      }
      if (r.has(AFSLUIT_REDEN) || r.is(BESLUIT_MOTIVERING, "ja")) {
        return pass(c, "geen vermoeden: afgesloten met reden", "no suspicion: closed with reason");
      }
      return fail(c, "geen vermoeden: afgesloten zonder vastgelegde reden",
          "no suspicion: closed without a recorded reason");
    }
    boolean report = besluit.equals("melden") || besluit.equals("melden_en_hulp");
    na = unreadable(c, r, HULP_MOGELIJK, HULP_AANVAARD);
    if (na != null) {
      return na;
    }
    if (r.is(HULP_MOGELIJK, "nee") || r.is(HULP_AANVAARD, "nee")) {
      String why = r.is(HULP_MOGELIJK, "nee") ? "hulp niet mogelijk" : "hulp niet aanvaard";
      String whyEn = r.is(HULP_MOGELIJK, "nee") ? "help not possible" : "help not accepted";
      return report ? pass(c, why + " en gemeld", whyEn + " and reported")
          : fail(c, why + ", maar niet gemeld (besluit: " + besluit + ")",
              whyEn + ", but not reported (decision: " + besluit + ")");
    }
    if (r.is(HULP_MOGELIJK, "ja") && r.is(HULP_AANVAARD, "ja")) {
      return besluit.equals("afsluiten")
          ? fail(c, "vermoeden blijft, maar afgesloten zonder hulp of melding",
              "suspicion remains, but closed without help or report")
          : pass(c, "vermoeden, hulp mogelijk en aanvaard: besluit " + besluit,
              "suspicion, help possible and accepted: decision " + besluit);
    }
    if (report) {
      return pass(c, "vermoeden en gemeld", "suspicion and reported");
    }
    return na(c, "afwegingen 3 en 4 (hulp mogelijk, hulp aanvaard) niet vastgelegd",
        "questions 3 and 4 (help possible, help accepted) not recorded");
  }

  private CriterionOutcome decisionRecorded(CaseRecord r) {
    CaseCriterion c = CaseCriterion.BESLUIT_VASTGELEGD;
    CriterionOutcome na = cannotJudge(c, r, BESLUIT, BESLUIT_DATUM, BESLUIT_DOOR);
    if (na != null) {
      return na;
    }
    if (!decided(r)) {
      return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, RUNNING);
    }
    List<String> nl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!r.has(BESLUIT)) {
      nl.add("besluit");
      en.add("decision");
    }
    if (!r.has(BESLUIT_DATUM)) {
      nl.add("besluitdatum");
      en.add("decision date");
    }
    if (!r.has(BESLUIT_DOOR)) {
      nl.add("besluitnemer");
      en.add("decision-maker");
    }
    return nl.isEmpty()
        ? pass(c, "besluit, datum en besluitnemer vastgelegd",
            "decision, date and decision-maker recorded")
        : fail(c, "niet vastgelegd: " + String.join(", ", nl),
            "not recorded: " + String.join(", ", en));
  }

  private CriterionOutcome decisionMaker(CaseRecord r) {
    CaseCriterion c = CaseCriterion.BESLISSER;
    if (role.isEmpty()) {
      return na(c, "de meldcode noemt geen eindverantwoordelijke (geen rol opgegeven)",
          "the meldcode names no final decision-maker (no role given)");
    }
    CriterionOutcome na = cannotJudge(c, r, BESLUIT_DOOR);
    if (na != null) {
      return na;
    }
    String who = r.code(BESLUIT_DOOR);
    if (who == null) {
      return na(c, "besluitnemer niet vastgelegd", "decision-maker not recorded");
    }
    return who.equals(role.get())
        ? pass(c, "besluit door " + who + ", zoals de meldcode voorschrijft",
            "decided by " + who + ", as the meldcode prescribes")
        : fail(c, "besluit door " + who + "; de meldcode noemt " + role.get(),
            "decided by " + who + "; the meldcode names " + role.get());
  }

  private CriterionOutcome conversation(CaseRecord r) {
    CaseCriterion c = CaseCriterion.GESPREK;
    CriterionOutcome na = cannotJudge(c, r, GESPREK_DATUM);
    if (na == null) {
      na = unreadable(c, r, GESPREK_OVERGESLAGEN_REDEN);
    }
    if (na != null) {
      return na;
    }
    if (r.has(GESPREK_DATUM)) {
      return pass(c, "gesprek vastgelegd", "conversation recorded");
    }
    if (r.has(GESPREK_OVERGESLAGEN_REDEN)) {
      String why = r.code(GESPREK_OVERGESLAGEN_REDEN);
      return pass(c, "gesprek overgeslagen, reden: " + why, "conversation skipped, reason: " + why);
    }
    if (!decided(r)) {
      return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, RUNNING);
    }
    return fail(c, "geen gesprek en geen reden vastgelegd",
        "no conversation and no reason recorded");
  }

  private CriterionOutcome informing(CaseRecord r) {
    CaseCriterion c = CaseCriterion.INFORMEREN;
    Boolean reported = reported(r);
    if (reported == null) {
      return na(c, "niet te beoordelen: besluit of meldingsdatum onleesbaar of niet gemapt",
          "cannot judge: decision or report date unreadable or not mapped");
    }
    if (!reported) {
      return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, NO_REPORT);
    }
    CriterionOutcome na = cannotJudge(c, r, CLIENT_GEINFORMEERD);
    if (na == null) {
      na = unreadable(c, r, NIET_GEINFORMEERD_REDEN);
    }
    if (na != null) {
      return na;
    }
    if (r.is(CLIENT_GEINFORMEERD, "ja")) {
      return pass(c, "cliënt vooraf geïnformeerd", "client informed beforehand");
    }
    if (r.has(NIET_GEINFORMEERD_REDEN)) {
      String why = r.code(NIET_GEINFORMEERD_REDEN);
      return pass(c, "niet geïnformeerd, reden: " + why, "not informed, reason: " + why);
    }
    if (r.is(CLIENT_GEINFORMEERD, "nee")) {
      return fail(c, "cliënt niet geïnformeerd en geen reden vastgelegd",
          "client not informed and no reason recorded");
    }
    if (r.is(CLIENT_GEINFORMEERD, "nvt")) {
      return fail(c, "'nvt' bij een melding, zonder reden", "'n/a' for a report, without reason");
    }
    return fail(c, "niet vastgelegd of de cliënt vooraf is geïnformeerd",
        "not recorded whether the client was informed beforehand");
  }

  private CriterionOutcome kindcheck(CaseRecord r) {
    CaseCriterion c = CaseCriterion.KINDCHECK;
    CriterionOutcome na = cannotJudge(c, r, CLIENT_TYPE, KINDCHECK);
    if (na != null) {
      return na;
    }
    String type = r.code(CLIENT_TYPE);
    if (type == null) {
      return na(c, "cliënttype niet vastgelegd", "client type not recorded");
    }
    if (type.equals("kind")) {
      return na(c, "cliënt is een kind", "client is a child");
    }
    String k = r.code(KINDCHECK);
    if ("ja".equals(k)) {
      return pass(c, "kindcheck uitgevoerd (" + type + ")", "kindcheck done (" + type + ")");
    }
    if ("nee".equals(k)) {
      return fail(c, "kindcheck niet uitgevoerd bij cliënt " + type,
          "kindcheck not done for client " + type);
    }
    if ("nvt".equals(k)) {
      return fail(c, "kindcheck op 'nvt' gezet bij cliënt " + type,
          "kindcheck set to 'n/a' for client " + type);
    }
    return fail(c, "kindcheck niet vastgelegd bij cliënt " + type,
        "kindcheck not recorded for client " + type);
  }

  private CriterionOutcome afConsulted(CaseRecord r) {
    CaseCriterion c = CaseCriterion.AF_BETROKKEN;
    CriterionOutcome na = cannotJudge(c, r, AF_GERAADPLEEGD);
    if (na != null) {
      return na;
    }
    if (r.is(AF_GERAADPLEEGD, "ja")) {
      return pass(c, "aandachtsfunctionaris geraadpleegd", "aandachtsfunctionaris consulted");
    }
    if (!decided(r)) {
      return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, RUNNING);
    }
    return r.is(AF_GERAADPLEEGD, "nee")
        ? fail(c, "aandachtsfunctionaris niet geraadpleegd", "aandachtsfunctionaris not consulted")
        : fail(c, "niet vastgelegd of de aandachtsfunctionaris is geraadpleegd",
            "not recorded whether the aandachtsfunctionaris was consulted");
  }

  private CriterionOutcome evaluation(CaseRecord r) {
    CaseCriterion c = CaseCriterion.EVALUATIE;
    CriterionOutcome na = cannotJudge(c, r, BESLUIT, EVALUATIE_DATUM);
    if (na != null) {
      return na;
    }
    String besluit = r.code(BESLUIT);
    if (!"hulp".equals(besluit) && !"melden_en_hulp".equals(besluit)) {
      return na(c, "geen hulp gekozen", "no help chosen");
    }
    na = unreadable(c, r, DUURZAAM_VEILIG, OPNIEUW_GEMELD, AFSLUIT_DATUM);
    if (na != null) {
      return na;
    }
    if (r.has(EVALUATIE_DATUM)) {
      if (r.is(DUURZAAM_VEILIG, "nee") && !r.is(OPNIEUW_GEMELD, "ja")) {
        return fail(c, "veiligheid niet duurzaam, maar niet opnieuw gemeld",
            "safety did not last, but no re-report");
      }
      return r.is(DUURZAAM_VEILIG, "nee")
          ? pass(c, "geëvalueerd; veiligheid niet duurzaam en opnieuw gemeld",
              "evaluated; safety did not last and re-reported")
          : pass(c, "evaluatie vastgelegd", "evaluation recorded");
    }
    if (r.has(AFSLUIT_DATUM)) {
      return fail(c, "hulp gekozen, afgesloten zonder evaluatie",
          "help chosen, closed without evaluation");
    }
    return na(c, "hulp loopt nog (geen evaluatie en geen afsluitdatum)",
        "help still running (no evaluation and no closing date)");
  }

  private CriterionOutcome leadTime(CaseRecord r) {
    CaseCriterion c = CaseCriterion.DOORLOOPTIJD;
    CriterionOutcome na = cannotJudge(c, r, SIGNAAL_DATUM, BESLUIT_DATUM);
    if (na != null) {
      return na;
    }
    if (!r.has(SIGNAAL_DATUM) || !r.has(BESLUIT_DATUM)) {
      return na(c, "signaal- of besluitdatum ontbreekt", "signal or decision date missing");
    }
    long days = leadDays(r);
    if (days < 0) {
      return na(c, "besluit vóór signaal (zie CASE-VOLGORDE)",
          "decision before signal (see CASE-VOLGORDE)");
    }
    if (norm.isEmpty()) {
      return pass(c, days + " dagen van signaal tot besluit (geen norm ingesteld)",
          days + " days from signal to decision (no norm set)");
    }
    int n = norm.getAsInt();
    return days <= n
        ? pass(c, days + " dagen van signaal tot besluit (norm " + n + ")",
            days + " days from signal to decision (norm " + n + ")")
        : fail(c, days + " dagen van signaal tot besluit, norm is " + n,
            days + " days from signal to decision, the norm is " + n);
  }

  // ---------------------------------------------------------------- helpers

  private static final Field[] DECISION_SIGNS = {BESLUIT, BESLUIT_DATUM, AFSLUIT_DATUM,
      MELDING_DATUM};

  /** A decision, report or closure is recorded (or present but unreadable). */
  private static boolean decided(CaseRecord r) {
    for (Field f : DECISION_SIGNS) {
      CaseRecord.State s = r.state(f);
      if (s == CaseRecord.State.VALUE || s == CaseRecord.State.UNREADABLE) {
        return true;
      }
    }
    return false;
  }

  /** Whether a report was made; null when that cannot be told. */
  private static Boolean reported(CaseRecord r) {
    String besluit = r.code(BESLUIT);
    if ("melden".equals(besluit) || "melden_en_hulp".equals(besluit) || r.has(MELDING_DATUM)) {
      return true;
    }
    CaseRecord.State b = r.state(BESLUIT);
    CaseRecord.State m = r.state(MELDING_DATUM);
    if (b == CaseRecord.State.UNREADABLE || m == CaseRecord.State.UNREADABLE
        || b == CaseRecord.State.UNMAPPED && m == CaseRecord.State.UNMAPPED) {
      return null;
    }
    return false;
  }

  private static boolean mapped(CaseRecord r, Field f) {
    return r.state(f) != CaseRecord.State.UNMAPPED;
  }

  /** Not applicable when a needed field is unmapped or unreadable; else null. */
  private static CriterionOutcome cannotJudge(CaseCriterion c, CaseRecord r, Field... fields) {
    for (Field f : fields) {
      if (r.state(f) == CaseRecord.State.UNMAPPED) {
        return unmapped(c, f);
      }
    }
    return unreadable(c, r, fields);
  }

  /** Not applicable when one of these fields held something that could not be read; else null. */
  private static CriterionOutcome unreadable(CaseCriterion c, CaseRecord r, Field... fields) {
    for (Field f : fields) {
      if (r.state(f) == CaseRecord.State.UNREADABLE) {
        String col = r.columns[f.ordinal()];
        return na(c, "niet te beoordelen: kolom '" + col + "' (" + f.key() + ") onleesbaar",
            "cannot judge: column '" + col + "' (" + f.key() + ") unreadable");
      }
    }
    return null;
  }

  private static CriterionOutcome unmapped(CaseCriterion c, Field f) {
    return na(c, "niet te beoordelen: veld " + f.key() + " staat niet in de mapping",
        "cannot judge: field " + f.key() + " is not in the mapping");
  }

  private static CriterionOutcome pass(CaseCriterion c, String nl, String en) {
    return new CriterionOutcome(c, Outcome.PASS, Text.of(nl, en));
  }

  private static CriterionOutcome fail(CaseCriterion c, String nl, String en) {
    return new CriterionOutcome(c, Outcome.FAIL, Text.of(nl, en));
  }

  private static CriterionOutcome na(CaseCriterion c, String nl, String en) {
    return new CriterionOutcome(c, Outcome.NOT_APPLICABLE, Text.of(nl, en));
  }
}
