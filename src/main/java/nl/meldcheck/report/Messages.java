package nl.meldcheck.report;

import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/** The reports' own words in Dutch and English; texts from the model are already translated. */
enum Messages {
  REPORT("rapport", "report"),
  FILE("Bestand", "File"),
  FORMAT("Formaat", "Format"),
  UNKNOWN("onbekend", "unknown"),
  PAGE("pagina", "page"),
  PAGES("pagina's", "pages"),
  CHECKLIST("Checklist", "Checklist"),
  SECTOR("Sector", "Sector"),
  NO_SECTOR("geen", "none"),
  AS_OF("Peildatum", "As of"),
  INPUT("Invoer", "Input"),
  VERDICT("Oordeel", "Verdict"),
  SCORE("Score", "Score"),
  NO_SCORE("geen score", "no score"),
  PASS_MARK("voldoende vanaf", "pass mark"),
  FORMULA("Formule", "Formula"),
  AREAS("Gebieden", "Areas"),
  CRITERIA("Criteria", "Criteria"),
  NO_CRITERIA("Geen criteria beoordeeld.", "No criteria judged."),
  EVIDENCE("Bewijs", "Evidence"),
  LOOKED_FOR("Gezocht naar", "Looked for"),
  FOUND("Gevonden", "Found"),
  MISSING("Ontbreekt", "Missing"),
  ADVICE("Advies", "Advice"),
  NOTE("Opmerking", "Note"),
  WEAK("zwak geformuleerd", "weak wording"),
  NEGATED("ontkend", "negated"),
  PAGE_ABBREV("p.", "p."),
  LINE("regel", "line"),
  SECTION("sectie", "section"),
  TOP_FIXES("Beste verbeteringen", "Top fixes"),
  POINT("punten", "points"),
  WARNINGS("Waarschuwingen", "Warnings"),
  COUNTS("Aantallen", "Counts"),
  BASELINE("Vergeleken", "Baseline"),
  EVIDENCE_ID("Bewijs-id", "Evidence id"),
  CHANGE("Basisrapport", "Baseline"),
  CHANGE_NEW("nieuw", "new"),
  CHANGE_UNCHANGED("ongewijzigd", "unchanged"),
  CHANGE_FIXED("opgelost", "fixed"),
  BASELINE_OF("met het rapport van", "with the report of"),
  // HTML, Markdown and spreadsheet reports
  AUDIT_TITLE("Meldcode-audit", "Meldcode audit"),
  ID("ID", "ID"),
  TITLE("Titel", "Title"),
  AREA("Gebied", "Area"),
  SEVERITY("Ernst", "Severity"),
  WEIGHT("Gewicht", "Weight"),
  OUTCOME("Uitkomst", "Outcome"),
  CREDIT("Krediet", "Credit"),
  BASIS("Grondslag", "Basis"),
  QUOTE("Eerste citaat", "First quote"),
  PAGE_COLUMN("Pagina", "Page"),
  SECTION_COLUMN("Sectie", "Section"),
  LINE_COLUMN("Regel", "Line"),
  NOTES("Opmerkingen", "Notes"),
  FILTERS("Filters", "Filters"),
  ALL("alle", "all"),
  SHOWN("criteria getoond", "criteria shown"),
  OF("van", "of"),
  GENERATED("Gemaakt", "Generated"),
  TO_IMPROVE("Te verbeteren", "To improve"),
  ALL_MET("Geen criteria om te verbeteren.", "Nothing to improve."),
  SUMMARY("Samenvatting", "Summary"),
  SCORE_GAUGE("Score", "Score"),
  CASES("Dossiers", "Case records"),
  CASE_CHECK("dossiercontrole", "case check"),
  CASE_EXPORT("Export", "Export"),
  CASE_MAPPING("koppeling", "mapping"),
  CASE_DECIDER("Besluitnemer", "Decision-maker"),
  CASE_DECIDER_NONE("niet bekend (CASE-BESLISSER n.v.t.)", "unknown (CASE-BESLISSER n/a)"),
  CASE_PSEUDONYMS("casus-id's zijn gepseudonimiseerd", "case ids are pseudonymised"),
  CASE_CRITERION("Criterium", "Criterion"),
  CASE_PASSED("voldaan", "pass"),
  CASE_FAILED("niet", "fail"),
  CASE_NA("n.v.t.", "n/a"),
  CASE_RATE("percentage", "rate"),
  CASE_FEW("* minder dan 5 beoordeelde dossiers: alleen aantallen, geen percentage.",
      "* fewer than 5 judged cases: counts only, no rate."),
  CASE_PROBLEMS("Leesproblemen", "Read problems"),
  CASE_MORE("meer", "more"),
  CASE_PER_LOCATION("Per locatie", "Per location"),
  CASE_PER_TEAM("Per team", "Per team"),
  CASE_GROUP("Groep", "Group"),
  CASE_CASES("dossiers", "cases"),
  CASE_LOWEST("laagste", "lowest"),
  CASE_ALL_PASS("alle criteria voldaan", "all criteria pass"),
  CASE_NOT_READ("niet gelezen", "not read"),
  CASE_REF("Casus", "Case"),
  CASE_ROW("Rij", "Row"),
  CASE_FILE("Bestand", "File"),
  CASE_LOCATION("Locatie", "Location"),
  CASE_TEAM("Team", "Team"),
  CASE_JUDGED("Beoordeeld", "Judged"),
  CASE_REASON("Reden", "Reason"),
  NOT_JUDGED_INPUT("Het document kon niet worden beoordeeld", "The document could not be judged");

  private final String nl;
  private final String en;

  Messages(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  String in(Lang lang) {
    return lang == Lang.EN ? en : nl;
  }

  /** The report language; anything but "en" is Dutch, the users' default. */
  static Lang lang(String code) {
    return "en".equals(code) ? Lang.EN : Lang.NL;
  }

  static String outcome(Outcome outcome, Lang lang) {
    boolean en = lang == Lang.EN;
    return switch (outcome) {
      case PASS -> en ? "pass" : "voldaan";
      case PARTIAL -> en ? "partial" : "deels";
      case FAIL -> en ? "fail" : "niet voldaan";
      case REVIEW -> en ? "review" : "beoordelen";
      case NOT_APPLICABLE -> en ? "n/a" : "n.v.t.";
      case WAIVED -> en ? "waived" : "vrijgesteld";
      case ERROR -> en ? "error" : "fout";
    };
  }

  static String severity(Severity severity, Lang lang) {
    boolean en = lang == Lang.EN;
    return switch (severity) {
      case CRITICAL -> en ? "critical" : "kritiek";
      case MAJOR -> en ? "major" : "belangrijk";
      case MINOR -> en ? "minor" : "klein";
    };
  }

  /**
   * A number with a fixed count of decimals, with a decimal comma in Dutch. Formatting goes through
   * Locale.ROOT so the JVM's default locale never changes the output.
   */
  static String number(double value, int decimals, Lang lang) {
    // BigDecimal, not String.format: java.util.Formatter costs ~30 ms of class loading per run
    String text = java.math.BigDecimal.valueOf(value + 0.0).setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
    if (text.startsWith("-") && Double.parseDouble(text) == 0.0) {
      text = text.substring(1);
    }
    return lang == Lang.EN ? text : text.replace('.', ',');
  }

  /** A number without decimals when whole ("75"), else with one ("72,5"). */
  static String compact(double value, Lang lang) {
    return value == Math.rint(value) ? number(value, 0, lang) : number(value, 1, lang);
  }
}
