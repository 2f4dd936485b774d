package nl.meldcheck.cases;

import static nl.meldcheck.checklist.Outcome.FAIL;
import static nl.meldcheck.checklist.Outcome.NOT_APPLICABLE;
import static nl.meldcheck.checklist.Outcome.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The §C rules, one behaviour at a time, over canonical CSV rows. */
class CaseChecksTest {
  @TempDir
  Path tmp;

  /** A complete, compliant case reported to Veilig Thuis after acute unsafety. */
  static Map<String, String> reported() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("casus_id", "A1");
    m.put("locatie", "Noord");
    m.put("team", "T1");
    m.put("client_type", "volwassene");
    m.put("signaal_datum", "2025-03-01");
    m.put("kindcheck", "ja");
    m.put("consultatie_datum", "2025-03-03");
    m.put("af_geraadpleegd", "ja");
    m.put("gesprek_datum", "2025-03-05");
    m.put("weging_datum", "2025-03-07");
    m.put("vermoeden", "ja");
    m.put("acute_onveiligheid", "ja");
    m.put("structurele_onveiligheid", "nee");
    m.put("hulp_mogelijk", "nee");
    m.put("hulp_aanvaard", "nee");
    m.put("besluit", "melden");
    m.put("besluit_datum", "2025-03-08");
    m.put("besluit_door", "aandachtsfunctionaris");
    m.put("melding_datum", "2025-03-08");
    m.put("client_geinformeerd", "ja");
    return m;
  }

  static Map<String, String> with(Map<String, String> base, String... kv) {
    Map<String, String> m = new LinkedHashMap<>(base);
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] == null) {
        m.remove(kv[i]);
      } else {
        m.put(kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  CaseOutcome judge(Map<String, String> row, CaseOptions options) throws Exception {
    return audit(List.of(row), options).perCase().get(0);
  }

  CaseOutcome judge(Map<String, String> row) throws Exception {
    return judge(row, CaseOptions.defaults().withDecisionMakerRole("aandachtsfunctionaris"));
  }

  CaseAudit audit(List<Map<String, String>> rows, CaseOptions options) throws Exception {
    List<String> header = new ArrayList<>();
    for (Field f : Field.values()) {
      header.add(f.key());
    }
    StringBuilder b = new StringBuilder(String.join(";", header)).append('\n');
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        cells.add(r.getOrDefault(h, ""));
      }
      b.append(String.join(";", cells)).append('\n');
    }
    Path f = tmp.resolve("cases-" + System.nanoTime() + ".csv");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return CaseAuditor.audit(f, MappingLoader.canonical(), options.withKeepPerCase(true));
  }

  static void is(CaseOutcome c, CaseCriterion k, Outcome expected, String reasonPart) {
    CriterionOutcome o = c.outcome(k);
    assertEquals(expected, o.outcome(), k.id() + ": " + o.reason().get(Lang.NL));
    assertTrue(o.reason().get(Lang.NL).contains(reasonPart),
        k.id() + ": '" + o.reason().get(Lang.NL) + "' lacks '" + reasonPart + "'");
  }

  @Test
  void aCompleteReportedCasePassesEverythingThatApplies() throws Exception {
    CaseOutcome c = judge(reported(), CaseOptions.defaults()
        .withDecisionMakerRole("Aandachtsfunctionaris").withLeadTimeNormDays(10));
    for (CaseCriterion k : CaseCriterion.values()) {
      Outcome expected = k == CaseCriterion.EVALUATIE ? NOT_APPLICABLE : PASS;
      assertEquals(expected, c.outcome(k).outcome(), k.id());
    }
    is(c, CaseCriterion.DOORLOOPTIJD, PASS, "7 dagen van signaal tot besluit (norm 10)");
    assertTrue(c.judged());
  }

  @Test
  void stepsNeedADateOrReason() throws Exception {
    is(judge(with(reported(), "weging_datum", null, "gesprek_datum", null)),
        CaseCriterion.STAPPEN_VASTGELEGD, FAIL, "stap 3 (gesprek), stap 4 (weging)");
    is(judge(with(reported(), "gesprek_datum", null, "gesprek_overgeslagen_reden", "veiligheid")),
        CaseCriterion.STAPPEN_VASTGELEGD, PASS, "");
    is(judge(with(reported(), "consultatie_datum", null, "vt_advies_datum", "2025-03-03")),
        CaseCriterion.STAPPEN_VASTGELEGD, PASS, "");
    // an open case (no decision, report or closure) is not judged on all five steps yet
    CaseOutcome open = judge(with(reported(), "besluit", null, "besluit_datum", null,
        "melding_datum", null, "weging_datum", null));
    is(open, CaseCriterion.STAPPEN_VASTGELEGD, NOT_APPLICABLE, "casus loopt nog");
    is(open, CaseCriterion.BESLUIT_VASTGELEGD, NOT_APPLICABLE, "casus loopt nog");
  }

  @Test
  void stepDatesMustNotGoBackwards() throws Exception {
    is(judge(with(reported(), "gesprek_datum", "2025-03-02")), CaseCriterion.VOLGORDE, FAIL,
        "gesprek_datum (2025-03-02) ligt vóór consultatie_datum (2025-03-03)");
    is(judge(with(reported(), "gesprek_datum", "2025-03-03")), CaseCriterion.VOLGORDE, PASS,
        "5 datums");
    is(judge(with(reported(), "consultatie_datum", null, "gesprek_datum", null,
        "weging_datum", null, "besluit_datum", null)), CaseCriterion.VOLGORDE, NOT_APPLICABLE,
        "minder dan twee");
  }

  @Test
  void unsafetyMustLeadToAReport() throws Exception {
    is(judge(with(reported(), "besluit", "hulp", "melding_datum", null)), CaseCriterion.MELDNORM,
        FAIL, "acute onveiligheid vastgelegd, maar geen melding bij Veilig Thuis (besluit: hulp)");
    is(judge(with(reported(), "acute_onveiligheid", "nee")), CaseCriterion.MELDNORM,
        NOT_APPLICABLE, "geen acute of structurele");
    is(judge(with(reported(), "acute_onveiligheid", "", "structurele_onveiligheid", "")),
        CaseCriterion.MELDNORM, NOT_APPLICABLE, "niet vastgelegd");
    is(judge(with(reported(), "acute_onveiligheid", "nee", "structurele_onveiligheid", "ja",
        "besluit", "melden_en_hulp")), CaseCriterion.MELDNORM, PASS, "structurele");
  }

  @Test
  void theDecisionFollowsTheAfwegingsvragen() throws Exception {
    Map<String, String> help = with(reported(), "acute_onveiligheid", "nee", "hulp_mogelijk",
        "ja", "hulp_aanvaard", "ja", "besluit", "hulp", "melding_datum", null);
    is(judge(help), CaseCriterion.AFWEGING, PASS, "hulp mogelijk en aanvaard");
    is(judge(with(help, "hulp_aanvaard", "nee")), CaseCriterion.AFWEGING, FAIL,
        "hulp niet aanvaard, maar niet gemeld (besluit: hulp)");
    is(judge(with(help, "besluit", "afsluiten")), CaseCriterion.AFWEGING, FAIL,
        "afgesloten zonder hulp of melding");
    Map<String, String> none = with(help, "vermoeden", "nee", "besluit", "afsluiten");
    is(judge(none), CaseCriterion.AFWEGING, FAIL, "zonder vastgelegde reden");
    is(judge(with(none, "afsluit_reden", "geen_vermoeden")), CaseCriterion.AFWEGING, PASS, "");
    is(judge(with(none, "besluit_motivering", "ja")), CaseCriterion.AFWEGING, PASS, "");
    is(judge(with(none, "besluit", "melden")), CaseCriterion.AFWEGING, FAIL,
        "geen vermoeden, maar besluit melden");
    is(judge(with(help, "hulp_mogelijk", "", "hulp_aanvaard", "")), CaseCriterion.AFWEGING,
        NOT_APPLICABLE, "afwegingen 3 en 4");
    is(judge(with(help, "vermoeden", "")), CaseCriterion.AFWEGING, NOT_APPLICABLE, "afweging 1");
  }

  @Test
  void decisionDateAndDecisionMakerAreRecorded() throws Exception {
    is(judge(with(reported(), "besluit_door", "", "besluit_datum", "")),
        CaseCriterion.BESLUIT_VASTGELEGD, FAIL, "niet vastgelegd: besluitdatum, besluitnemer");
  }

  @Test
  void decisionMakerIsComparedWithTheMeldcodesRole() throws Exception {
    CaseOutcome other = judge(with(reported(), "besluit_door", "Leidinggevende"));
    is(other, CaseCriterion.BESLISSER, FAIL,
        "besluit door leidinggevende; de meldcode noemt aandachtsfunctionaris");
    is(judge(reported(), CaseOptions.defaults()), CaseCriterion.BESLISSER, NOT_APPLICABLE,
        "geen rol opgegeven");
    is(judge(with(reported(), "besluit_door", "")), CaseCriterion.BESLISSER, NOT_APPLICABLE,
        "besluitnemer niet vastgelegd");
    // a role the caller names is accepted even when not built in
    is(judge(with(reported(), "besluit_door", "vertrouwenspersoon"),
        CaseOptions.defaults().withDecisionMakerRole("Vertrouwenspersoon")),
        CaseCriterion.BESLISSER, PASS, "vertrouwenspersoon");
  }

  @Test
  void conversationOrReason() throws Exception {
    is(judge(with(reported(), "gesprek_datum", "")), CaseCriterion.GESPREK, FAIL,
        "geen gesprek en geen reden");
    is(judge(with(reported(), "gesprek_datum", "", "gesprek_overgeslagen_reden", "Veiligheid")),
        CaseCriterion.GESPREK, PASS, "reden: veiligheid");
  }

  @Test
  void informingOnlyAppliesToReports() throws Exception {
    is(judge(with(reported(), "client_geinformeerd", "nee")), CaseCriterion.INFORMEREN, FAIL,
        "niet geïnformeerd en geen reden");
    is(judge(with(reported(), "client_geinformeerd", "nee", "niet_geinformeerd_reden",
        "veiligheid")), CaseCriterion.INFORMEREN, PASS, "reden: veiligheid");
    is(judge(with(reported(), "client_geinformeerd", "n.v.t.")), CaseCriterion.INFORMEREN, FAIL,
        "'nvt'");
    is(judge(with(reported(), "besluit", "hulp", "melding_datum", "")), CaseCriterion.INFORMEREN,
        NOT_APPLICABLE, "geen melding gedaan");
  }

  @Test
  void kindcheckForAdultsOnly() throws Exception {
    is(judge(with(reported(), "kindcheck", "nee")), CaseCriterion.KINDCHECK, FAIL,
        "niet uitgevoerd bij cliënt volwassene");
    is(judge(with(reported(), "kindcheck", "")), CaseCriterion.KINDCHECK, FAIL, "niet vastgelegd");
    is(judge(with(reported(), "client_type", "kind", "kindcheck", "")), CaseCriterion.KINDCHECK,
        NOT_APPLICABLE, "cliënt is een kind");
    is(judge(with(reported(), "client_type", "")), CaseCriterion.KINDCHECK, NOT_APPLICABLE,
        "cliënttype niet vastgelegd");
  }

  @Test
  void aandachtsfunctionarisConsulted() throws Exception {
    is(judge(with(reported(), "af_geraadpleegd", "nee")), CaseCriterion.AF_BETROKKEN, FAIL,
        "niet geraadpleegd");
    is(judge(with(reported(), "af_geraadpleegd", "")), CaseCriterion.AF_BETROKKEN, FAIL,
        "niet vastgelegd");
  }

  @Test
  void evaluationWhenHelpWasChosen() throws Exception {
    Map<String, String> help = with(reported(), "besluit", "melden_en_hulp");
    is(judge(help), CaseCriterion.EVALUATIE, NOT_APPLICABLE, "hulp loopt nog");
    is(judge(with(help, "afsluit_datum", "2025-06-01")), CaseCriterion.EVALUATIE, FAIL,
        "afgesloten zonder evaluatie");
    Map<String, String> evaluated = with(help, "evaluatie_datum", "2025-05-01");
    is(judge(evaluated), CaseCriterion.EVALUATIE, PASS, "evaluatie vastgelegd");
    is(judge(with(evaluated, "duurzaam_veilig", "nee")), CaseCriterion.EVALUATIE, FAIL,
        "niet opnieuw gemeld");
    is(judge(with(evaluated, "duurzaam_veilig", "nee", "opnieuw_gemeld", "ja")),
        CaseCriterion.EVALUATIE, PASS, "opnieuw gemeld");
  }

  @Test
  void leadTimeIsInformationalWithoutANorm() throws Exception {
    Map<String, String> slow = with(reported(), "besluit_datum", "2025-06-01");
    is(judge(slow), CaseCriterion.DOORLOOPTIJD, PASS, "92 dagen van signaal tot besluit (geen norm");
    is(judge(slow, CaseOptions.defaults().withLeadTimeNormDays(56)), CaseCriterion.DOORLOOPTIJD,
        FAIL, "92 dagen van signaal tot besluit, norm is 56");
    is(judge(with(reported(), "besluit_datum", "2025-02-01")), CaseCriterion.DOORLOOPTIJD,
        NOT_APPLICABLE, "besluit vóór signaal");
  }

  @Test
  void anUnreadableCellMakesItsCriteriaNotApplicableNeverPass() throws Exception {
    CaseAudit a = audit(List.of(with(reported(), "weging_datum", "31-02-2025",
        "af_geraadpleegd", "onbekend")), CaseOptions.defaults());
    CaseOutcome c = a.perCase().get(0);
    is(c, CaseCriterion.STAPPEN_VASTGELEGD, NOT_APPLICABLE,
        "kolom 'weging_datum' (weging_datum) onleesbaar");
    is(c, CaseCriterion.VOLGORDE, NOT_APPLICABLE, "onleesbaar");
    is(c, CaseCriterion.AF_BETROKKEN, NOT_APPLICABLE, "onleesbaar");
    is(c, CaseCriterion.MELDNORM, PASS, "");
    assertEquals(1, a.rowsRead());
    assertEquals(0, a.rowsJudged());
    assertEquals(1, a.rowsWithProblems());
    assertEquals(2, a.problems().size());
    CaseFinding onbekend = a.problems().get(0);
    assertEquals(Field.AF_GERAADPLEEGD, onbekend.field());
    assertEquals(2, onbekend.row());
    assertTrue(onbekend.message(Lang.NL).contains("rij 2, kolom 'af_geraadpleegd'"
        + " (af_geraadpleegd): waarde 'onbekend' staat niet in de mapping"),
        onbekend.message(Lang.NL));
    CaseFinding date = a.problems().get(1);
    assertEquals(CaseProblem.UNREADABLE_DATE, date.problem());
    assertTrue(date.message(Lang.NL).contains("geen geldige datum (waarde niet getoond)"));
    assertTrue(!date.message(Lang.NL).contains("31-02-2025"));
  }

  @Test
  void anUnmappedFieldMakesItsCriteriaNotApplicable() throws Exception {
    Path f = tmp.resolve("min.csv");
    Files.writeString(f, "Nr;Type\nX1;volwassene\n");
    Mapping m = MappingLoader.parse("min.yaml",
        "name: Minimaal\nfields:\n  casus_id: Nr\n  client_type: Type\n");
    CaseAudit a = CaseAuditor.audit(f, m, CaseOptions.defaults().withKeepPerCase(true));
    CaseOutcome c = a.perCase().get(0);
    for (CaseCriterion k : CaseCriterion.values()) {
      assertEquals(NOT_APPLICABLE, c.outcome(k).outcome(), k.id());
    }
    is(c, CaseCriterion.KINDCHECK, NOT_APPLICABLE, "veld kindcheck staat niet in de mapping");
    assertTrue(a.perLocation().isEmpty());
  }

  @Test
  void ratesPerGroupAndTheFewCasesRule() throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rows.add(with(reported(), "casus_id", "N" + i, "kindcheck", i < 2 ? "nee" : "ja"));
    }
    for (int i = 0; i < 3; i++) {
      rows.add(with(reported(), "casus_id", "Z" + i, "locatie", "Zuid", "team", ""));
    }
    CaseAudit a = audit(rows, CaseOptions.defaults());
    CriterionRate org = a.rate(CaseCriterion.KINDCHECK);
    assertEquals(8, org.passed());
    assertEquals(2, org.failed());
    assertEquals(0.8, org.passRate(), 1e-9);
    assertTrue(!org.fewCases());
    CriterionRate zuid = a.perLocation().get("Zuid").get(CaseCriterion.KINDCHECK.ordinal());
    assertEquals(3, zuid.passed());
    assertTrue(zuid.fewCases());
    assertNull(zuid.passRate());
    assertEquals(5.0 / 7, a.perLocation().get("Noord").get(CaseCriterion.KINDCHECK.ordinal())
        .passRate(), 1e-9);
    assertEquals(List.of(CaseAudit.NO_GROUP, "T1"), List.copyOf(a.perTeam().keySet()));
    assertEquals(10, a.leadTime().cases());
    assertEquals(7, a.leadTime().medianDays());
  }
}
