package nl.meldcheck.audit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.meldcheck.cases.CaseAudit;
import nl.meldcheck.cases.CaseAuditor;
import nl.meldcheck.cases.CaseCriterion;
import nl.meldcheck.cases.CaseFinding;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.CaseOutcome;
import nl.meldcheck.cases.CasesConfigException;
import nl.meldcheck.cases.CasesInputException;
import nl.meldcheck.cases.CriterionOutcome;
import nl.meldcheck.cases.CriterionRate;
import nl.meldcheck.cases.LeadTime;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Text;

/**
 * Audits the case exports of one organisation and turns the rates into criterion results of
 * their own area ({@link CaseSection#AREA}), so cases and document share one report and one
 * score.
 *
 * <p>A case criterion's outcome follows its cases: pass when no judged case failed, fail when
 * none passed, partial in between with the pass rate as credit (the case checklist's own rule:
 * 90 of 100 cases in order earns 0.9, not the document cap), not applicable when no case could
 * be judged on it. A criterion no case can be judged on is therefore never a pass.
 */
final class CaseResults {
  /**
   * Most cases listed one by one for the per-case formats (csv, xlsx): the list lives in memory
   * until the report is written, and a spreadsheet sheet holds about a million rows anyway.
   */
  static final int MAX_LISTED_CASES = 100_000;

  /** Failing cases named per criterion, so an inspector can look them up in the system. */
  static final int EXAMPLES = 3;

  private CaseResults() {}

  /** The section and its criterion results (empty when no export could be read). */
  record Judged(CaseSection section, List<CriterionResult> results) {}

  static Judged audit(List<CaseInput> inputs, boolean keepCases, Lang lang) {
    return audit(inputs, keepCases, lang, null);
  }

  /**
   * As {@link #audit(List, boolean, Lang)}, with the decision-maker the meldcode names (or null):
   * it applies to every export whose options name no role.
   */
  static Judged audit(List<CaseInput> inputs, boolean keepCases, Lang lang, DecisionMaker.Found named) {
    int n = CaseCriterion.values().length;
    long[][] org = new long[n][3];
    Map<String, long[][]> perLocation = new TreeMap<>();
    Map<String, long[][]> perTeam = new TreeMap<>();
    List<List<String>> examples = new ArrayList<>();
    long[] failures = new long[n];
    for (int i = 0; i < n; i++) {
      examples.add(new ArrayList<>());
    }
    List<CaseSection.Export> exports = new ArrayList<>();
    List<CaseSection.CaseRow> rows = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<LeadTime> leadTimes = new ArrayList<>();
    long problemRows = 0;
    boolean capped = false;
    String role = null;
    boolean pseudonymised = false;
    for (CaseInput in : inputs) {
      String file = String.valueOf(in.export().getFileName());
      pseudonymised |= in.options().pseudonymiser().isPresent();
      CaseOptions options = in.options();
      if (options.decisionMakerRole().isEmpty() && named != null) {
        options = options.withDecisionMakerRole(named.role());
      }
      role = options.decisionMakerRole().orElse(role);
      Consumer<CaseOutcome> perCase = co -> {
        for (CriterionOutcome o : co.outcomes()) {
          int k = o.criterion().ordinal();
          if (o.outcome() == Outcome.FAIL && examples.get(k).size() < EXAMPLES) {
            examples.get(k).add(Text.of(
                ref(co.caseRef(), lang) + " (" + file + " rij " + co.row() + "): " + o.reason().get(Lang.NL),
                ref(co.caseRef(), lang) + " (" + file + " row " + co.row() + "): " + o.reason().get(Lang.EN))
                .get(lang));
          }
        }
        if (keepCases && rows.size() < MAX_LISTED_CASES) {
          List<String> outcomes = new ArrayList<>(n);
          List<String> reasons = new ArrayList<>(n);
          for (CriterionOutcome o : co.outcomes()) {
            outcomes.add(o.outcome().code());
            reasons.add(o.reason().get(lang));
          }
          rows.add(new CaseSection.CaseRow(co.caseRef(), file, co.row(), co.locatie(), co.team(), co.judged(),
              outcomes, reasons));
        }
      };
      try {
        CaseAudit a = CaseAuditor.audit(in.export(), in.mapping(), options.withPerCase(perCase)
            .withKeepPerCase(false));
        exports.add(export(a, lang));
        leadTimes.add(a.leadTime());
        problemRows += a.rowsWithProblems();
        capped |= a.groupsCapped();
        for (CriterionRate r : a.organisation()) {
          add(org[CaseCriterion.byId(r.criterionId()).ordinal()], r);
        }
        merge(perLocation, a.perLocation());
        merge(perTeam, a.perTeam());
      } catch (CasesConfigException e) {
        exports.add(unread(file, in, CaseSection.Export.CONFIG, String.join("\n", e.problems())));
      } catch (CasesInputException e) {
        exports.add(unread(file, in, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage()));
      }
    }
    for (CaseSection.Export e : exports) {
      if (!e.status().equals(CaseSection.Export.OK)) {
        warnings.add(e.message());
      }
    }
    List<CaseSection.Rate> rates = rates(org, lang);
    if (rates.stream().anyMatch(CaseSection.Rate::fewCases) && exports.stream().anyMatch(CaseResults::read)) {
      warnings.add(Text.of("Sommige criteria zijn over minder dan " + CriterionRate.MIN_CASES
              + " dossiers beoordeeld: daar staan alleen aantallen, geen percentage.",
          "Some criteria were judged over fewer than " + CriterionRate.MIN_CASES
              + " cases: only counts are shown there, no rate.").get(lang));
    }
    if (problemRows > 0) {
      warnings.add(Text.of(problemRows + " dossiers hadden leesproblemen (zie Dossiers); ze tellen mee, en wat niet te"
              + " lezen was telt als niet te beoordelen, nooit als voldaan.",
          problemRows + " cases had read problems (see Case records); they count, and what could not be read counts"
              + " as not judgeable, never as a pass.").get(lang));
    }
    if (capped) {
      warnings.add(Text.of("Meer dan " + CaseAudit.MAX_GROUPS + " locaties of teams: de rest staat onder "
              + CaseAudit.OTHER_GROUPS + ".",
          "More than " + CaseAudit.MAX_GROUPS + " locations or teams: the rest is under "
              + CaseAudit.OTHER_GROUPS + ".").get(lang));
    }
    long total = exports.stream().mapToLong(CaseSection.Export::rowsRead).sum();
    if (keepCases && total > rows.size()) {
      warnings.add(Text.of("De tabellen per dossier (csv, xlsx) tonen de eerste " + rows.size() + " van " + total
              + " dossiers; de percentages tellen ze allemaal.",
          "The per-case tables (csv, xlsx) show the first " + rows.size() + " of " + total
              + " cases; the rates count all of them.").get(lang));
    }
    CaseSection section = new CaseSection(exports, role, pseudonymised, rates, groupRates(perLocation, lang),
        groupRates(perTeam, lang), warnings, rows);
    if (!section.anyRead()) {
      return new Judged(section, List.of());
    }
    List<CriterionResult> results = new ArrayList<>(n);
    for (CaseCriterion c : CaseCriterion.values()) {
      CriterionResult r = result(c, org[c.ordinal()], examples.get(c.ordinal()), problemRows, leadTimes, lang);
      if (c == CaseCriterion.BESLISSER) {
        r = decisionMaker(r, role, named, lang);
      }
      results.add(r);
    }
    return new Judged(section, results);
  }

  private static boolean read(CaseSection.Export e) {
    return e.status().equals(CaseSection.Export.OK);
  }

  private static String ref(String caseRef, Lang lang) {
    return caseRef != null ? caseRef : Text.of("(geen casus-id)", "(no case id)").get(lang);
  }

  private static void add(long[] into, CriterionRate r) {
    into[0] += r.passed();
    into[1] += r.failed();
    into[2] += r.notApplicable();
  }

  private static void merge(Map<String, long[][]> into, Map<String, List<CriterionRate>> groups) {
    groups.forEach((name, rates) -> {
      long[][] g = into.computeIfAbsent(name, k -> new long[CaseCriterion.values().length][3]);
      for (CriterionRate r : rates) {
        add(g[CaseCriterion.byId(r.criterionId()).ordinal()], r);
      }
    });
  }

  private static List<CaseSection.Rate> rates(long[][] counts, Lang lang) {
    List<CaseSection.Rate> out = new ArrayList<>();
    for (CaseCriterion c : CaseCriterion.values()) {
      long[] k = counts[c.ordinal()];
      CriterionRate r = CriterionRate.of(c, k[0], k[1], k[2]);
      out.add(new CaseSection.Rate(c.id(), c.title().get(lang), c.severity(), r.passed(), r.failed(),
          r.notApplicable(), r.passRate() == null ? null : round4(r.passRate()), r.fewCases()));
    }
    return out;
  }

  private static Map<String, List<CaseSection.Rate>> groupRates(Map<String, long[][]> groups, Lang lang) {
    Map<String, List<CaseSection.Rate>> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, rates(v, lang)));
    return out;
  }

  private static CaseSection.Export export(CaseAudit a, Lang lang) {
    Map<String, Long> counts = new TreeMap<>();
    a.problemCounts().forEach((k, v) -> counts.put(k.code(), v));
    List<CaseSection.ReadProblem> problems = new ArrayList<>();
    for (CaseFinding f : a.problems()) {
      problems.add(new CaseSection.ReadProblem(f.caseRef(), f.row(), f.column(), f.problem().code(),
          f.message(lang)));
    }
    LeadTime t = a.leadTime();
    return new CaseSection.Export(a.source().file(), a.source().format().name().toLowerCase(Locale.ROOT),
        a.source().mapping(), a.source().encoding(), a.source().delimiter(), a.source().sheet(),
        CaseSection.Export.OK, "", a.rowsRead(), a.rowsJudged(), a.rowsWithProblems(),
        lang == Lang.NL ? a.summaryNl() : a.summaryEn(), counts, problems, a.problemsOmitted(),
        new CaseSection.LeadTime(t.cases(), t.medianDays(), t.p90Days(), t.maxDays(), t.normDays(), t.overNorm()));
  }

  private static CaseSection.Export unread(String file, CaseInput in, String status, String message) {
    return new CaseSection.Export(file, "", in.mapping().name(), null, null, null, status, message, 0, 0, 0,
        "", Map.of(), List.of(), 0, null);
  }

  private static CriterionResult result(CaseCriterion c, long[] k, List<String> examples, long problemRows,
      List<LeadTime> leadTimes, Lang lang) {
    long passed = k[0];
    long failed = k[1];
    long na = k[2];
    long judged = passed + failed;
    Outcome outcome = judged == 0 ? Outcome.NOT_APPLICABLE
        : failed == 0 ? Outcome.PASS : passed == 0 ? Outcome.FAIL : Outcome.PARTIAL;
    double credit = judged == 0 ? 0 : round3((double) passed / judged);
    List<String> notes = new ArrayList<>();
    boolean few = judged < CriterionRate.MIN_CASES;
    String pct = few ? "" : " (" + percent((double) passed / judged, lang) + ")";
    notes.add(Text.of(
        passed + " van " + judged + " beoordeelde dossiers voldoen" + pct + ", " + failed + " niet; " + na
            + " niet van toepassing of niet te beoordelen.",
        passed + " of " + judged + " judged cases pass" + pct + ", " + failed + " fail; " + na
            + " not applicable or not judgeable.").get(lang));
    if (few && judged > 0) {
      notes.add(Text.of("Minder dan " + CriterionRate.MIN_CASES
              + " beoordeelde dossiers: alleen aantallen, geen percentage.",
          "Fewer than " + CriterionRate.MIN_CASES + " judged cases: counts only, no rate.").get(lang));
    }
    if (judged == 0) {
      notes.add(Text.of("Geen enkel dossier kon op dit criterium beoordeeld worden; het telt niet mee in de score.",
          "No case could be judged on this criterion; it does not count in the score.").get(lang));
    }
    if (outcome == Outcome.PARTIAL) {
      notes.add(Text.of("Krediet = aandeel voldane dossiers: " + passed + " / " + judged + " = "
              + Formula.num(credit, lang) + ".",
          "Credit = share of passing cases: " + passed + " / " + judged + " = " + Formula.num(credit, lang) + ".")
          .get(lang));
    }
    if (c == CaseCriterion.DOORLOOPTIJD) {
      for (LeadTime t : leadTimes) {
        if (t.cases() > 0) {
          notes.add(Text.of("Doorlooptijd signaal tot besluit: mediaan " + t.medianDays() + " dagen, 90% binnen "
                  + t.p90Days() + " dagen, langste " + t.maxDays() + " dagen (" + t.cases() + " dossiers)"
                  + (t.normDays() == null ? "; geen eigen norm opgegeven, alleen ter informatie."
                      : "; norm " + t.normDays() + " dagen, " + t.overNorm() + " dossiers erboven."),
              "Lead time signal to decision: median " + t.medianDays() + " days, 90% within " + t.p90Days()
                  + " days, longest " + t.maxDays() + " days (" + t.cases() + " cases)"
                  + (t.normDays() == null ? "; no norm given, informational only."
                      : "; norm " + t.normDays() + " days, " + t.overNorm() + " cases over it.")).get(lang));
        }
      }
    }
    for (String e : examples) {
      notes.add(Text.of("Niet voldaan: ", "Failed: ").get(lang) + e);
    }
    if (failed > examples.size()) {
      notes.add(Text.of("… en " + (failed - examples.size()) + " dossiers meer.",
          "… and " + (failed - examples.size()) + " more cases.").get(lang));
    }
    boolean met = outcome == Outcome.PASS || outcome == Outcome.NOT_APPLICABLE;
    return new CriterionResult(c.id(), c.title().get(lang), CaseSection.AREA, c.severity(),
        c.severity().defaultWeight(), outcome, outcome == Outcome.NOT_APPLICABLE ? 0 : credit, c.basis(),
        c.lookedFor().get(lang), List.of(), List.of(), List.of(), notes, met ? "" : c.advice().get(lang));
  }

  /** Says where the role CASE-BESLISSER compared against came from, quoting the meldcode when it named it. */
  private static CriterionResult decisionMaker(CriterionResult r, String role, DecisionMaker.Found named, Lang lang) {
    List<String> notes = new ArrayList<>();
    List<EvidenceItem> evidence = new ArrayList<>();
    if (role == null) {
      notes.add(Text.of("Geen besluitnemer om mee te vergelijken: de meldcode noemt er geen (of er is geen meldcode) en --decision-maker ontbreekt;"
              + " dit criterium is niet te beoordelen.",
          "No decision-maker to compare with: the meldcode names none (or there is no meldcode) and --decision-maker is missing;"
              + " this criterion cannot be judged.").get(lang));
    } else if (named != null && named.role().equals(role)) {
      notes.add(Text.of("De meldcode noemt de " + role.replace('_', ' ') + " als besluitnemer (zie citaat).",
          "The meldcode names the " + role.replace('_', ' ') + " as decision-maker (see quote).").get(lang));
      var e = named.evidence();
      evidence.add(new EvidenceItem(e.quote(), e.page(), e.headingPath(), e.line(), e.start(), e.end(),
          "besluitnemer", Text.of("besluitnemer in de meldcode", "decision-maker in the meldcode").get(lang),
          e.qualifier().code()));
    } else {
      notes.add(Text.of("Vergeleken met de besluitnemer opgegeven met --decision-maker: " + role.replace('_', ' ') + ".",
          "Compared with the decision-maker given with --decision-maker: " + role.replace('_', ' ') + ".").get(lang));
    }
    notes.addAll(r.notes());
    return new CriterionResult(r.id(), r.title(), r.area(), r.severity(), r.weight(), r.outcome(), r.credit(),
        r.basis(), r.lookedFor(), r.found(), r.missing(), evidence, notes, r.advice());
  }

  static String percent(double rate, Lang lang) {
    DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(
        lang == Lang.NL ? Locale.forLanguageTag("nl-NL") : Locale.ROOT));
    return f.format(rate * 100) + " %";
  }

  private static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  private static double round4(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
