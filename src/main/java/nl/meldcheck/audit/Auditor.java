package nl.meldcheck.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.meldcheck.checklist.Area;
import nl.meldcheck.checklist.CheckContext;
import nl.meldcheck.checklist.CheckResult;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Finding;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Text;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentException;
import nl.meldcheck.document.DutchDetector;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Region;
import nl.meldcheck.scoring.Scoring;

/**
 * Runs one audit: reads the document, judges every criterion, scores, and builds the immutable
 * {@link AuditReport}. Bad input becomes an input status in the report, never an exception.
 */
public final class Auditor {
  /** How many fixes a report lists. */
  static final int FIXES = 3;

  /**
   * Step criteria met (pass or partial) that, with a few sentences about the meldcode's subject,
   * make a document a meldcode even without a title or a dense part about it.
   */
  static final int MIN_STEPS_FOR_MELDCODE = 2;
  /** Sentences around each one about the subject that a look-alike is judged on. */
  static final int NEAR_ABOUT = 2;
  /** Sentences about the meldcode's subject within a stretch of 40 that make a meldcode (an embedded one included). */
  static final int MIN_DENSEST = 6;
  /**
   * A document whose sentences on one other topic outnumber those on violence at home this many
   * times is that topic's document ...
   */
  static final int OTHER_TOPIC_FACTOR = 4;
  /** ... unless it holds a stretch this dense about violence at home (an embedded meldcode chapter). */
  static final int MIN_DENSEST_BESIDE_OTHER = 12;
  /** A short page mostly about the subject is a meldcode: at least this many sentences ... */
  static final int MIN_ABOUT = 3;
  /** ... and this share of its sentences. */
  static final double MIN_ABOUT_SHARE = 0.2;
  /**
   * Steps found count only in a document at least this much about the subject: a 100-page care
   * plan that mentions the meldcode in nine sentences (1.5 %) describes steps of its own, and so
   * does a radicalisation protocol whose three sentences on violence at home point to the
   * meldcode (4.5 %). The untitled real meldcodes of the labelled rounds lie well above this.
   */
  static final double MIN_ABOUT_SHARE_WITH_STEPS = 0.08;

  private final DocumentSource source;
  private final Clock clock;
  private final String toolVersion;

  private final boolean parallel;

  public Auditor(DocumentSource source, Clock clock, String toolVersion) {
    this(source, clock, toolVersion, true);
  }

  /**
   * @param parallel judge the criteria of one document on all cores: right for one audit, wrong
   *     for a batch whose workers already fill the cores (there the fork/join hand-offs only cost)
   */
  public Auditor(DocumentSource source, Clock clock, String toolVersion, boolean parallel) {
    this.source = source;
    this.clock = clock;
    this.toolVersion = toolVersion;
    this.parallel = parallel;
  }

  public AuditReport audit(AuditRequest req) {
    Document doc;
    try {
      doc = source.read(req.document());
    } catch (DocumentException e) {
      InputStatus status = InputStatus.valueOf(e.problem().name());
      InputInfo input = new InputInfo(req.displayPath(), "", status, e.getMessage(), 0, 0, 0, "");
      return unjudged(req, input, cases(req));
    }
    InputInfo ok = new InputInfo(req.displayPath(), doc.format().name().toLowerCase(java.util.Locale.ROOT),
        InputStatus.OK, "", doc.pageCount(), doc.blocks().size(), doc.textLength(), doc.sha256());
    StringBuilder all = new StringBuilder(Math.min(doc.textLength(), 200_000));
    for (var b : doc.blocks()) {
      if (all.length() > 200_000) {
        break;
      }
      all.append(b.text()).append('\n');
    }
    if (!DutchDetector.isDutch(all.toString())) {
      InputInfo notDutch = withStatus(ok, InputStatus.NOT_DUTCH, Text.of(
          req.displayPath() + ": de tekst is niet in het Nederlands; meldcheck beoordeelt alleen Nederlandstalige meldcodes.",
          req.displayPath() + ": the text is not in Dutch; meldcheck only judges Dutch meldcodes.").get(req.lang()));
      return unjudged(req, notDutch, cases(req));
    }
    DocumentIndex index = DocumentIndex.of(doc);
    Region region = Region.of(index, req.checklist().context());
    List<String> waiverWarnings = new ArrayList<>();
    List<CriterionResult> reviewed = Reviews.apply(identified(judge(req, index, region), req), req, waiverWarnings);
    CaseResults.Judged cases = req.cases().isEmpty() ? null
        : CaseResults.audit(req.cases(), req.keepCases(), req.lang(), DecisionMaker.find(index).orElse(null));
    if (cases != null) {
      reviewed = new ArrayList<>(reviewed);
      reviewed.addAll(identified(cases.results(), req));
    }
    // waivers last: they may name case criteria too (not the critical ones: WaiverLoader refuses those)
    List<CriterionResult> results = new ArrayList<>(Waivers.apply(reviewed, req, doc.sha256(), waiverWarnings));
    int stepsMet = 0;
    int stepsPassed = 0;
    boolean hasSteps = false;
    for (CriterionResult r : results) {
      if (r.area().equals("stappen") && r.outcome() != Outcome.NOT_APPLICABLE) {
        hasSteps = true;
        if (r.outcome() == Outcome.PASS || r.outcome() == Outcome.PARTIAL || r.outcome() == Outcome.REVIEW) {
          stepsMet++;
        }
        // a step that is stated but also denied or hedged ("review") is still described: it
        // tells what kind of document this is as much as a pass does
        if (r.outcome() == Outcome.PASS || r.outcome() == Outcome.REVIEW) {
          stepsPassed++;
        }
      }
    }
    InputInfo input = ok;
    List<String> warnings = new ArrayList<>(waiverWarnings);
    if (cases != null) {
      warnings.addAll(cases.section().warnings());
    }
    if (region.embedded()) {
      warnings.add(Text.of(
          req.displayPath() + ": de meldcode is een deel van dit document (" + String.join("; ", region.parts())
              + "); alleen dat deel is beoordeeld.",
          req.displayPath() + ": the meldcode is a part of this document (" + String.join("; ", region.parts())
              + "); only that part was judged.").get(req.lang()));
    }
    if (hasSteps && !isMeldcode(region, stepsMet, stepsPassed, req.checklist(), subjectDeclaredOutside(index, req.checklist()))) {
      String msg = Text.of(
          req.displayPath() + ": dit lijkt geen meldcode: het document gaat niet over signalen van huiselijk geweld"
              + " of kindermishandeling en de aanpak ervan (" + region.aboutCount() + " zinnen daarover, "
              + stepsMet + " stappen beschreven). Hieronder staat wat de passages over dat onderwerp wel bevatten.",
          req.displayPath() + ": this does not look like a meldcode: the document is not about signals of domestic"
              + " violence or child abuse and how to act on them (" + region.aboutCount() + " sentences on it, "
              + stepsMet + " steps described). Below is what its passages on that subject do contain.").get(req.lang());
      input = withStatus(ok, InputStatus.NOT_MELDCODE, msg);
      warnings.add(msg);
      // judged again on what the document says about the subject only: a look-alike's own
      // adoption, training and steps are not a meldcode's (its waivers were reported above)
      List<String> again = new ArrayList<>();
      List<CriterionResult> rejudged = Reviews.apply(
          identified(judge(req, index, region.nearAbout(NEAR_ABOUT)), req), req, again);
      if (cases != null) {
        rejudged = new ArrayList<>(rejudged);
        rejudged.addAll(identified(cases.results(), req));
      }
      results = new ArrayList<>(Waivers.apply(rejudged, req, doc.sha256(), again));
    }
    return build(req, input, results, warnings, cases == null ? null : cases.section());
  }

  /**
   * A document is a meldcode by what it is about, not by how many steps the patterns find: it
   * calls itself one and says something about the subject; or it holds a dense stretch about
   * signals of violence or abuse and their handling (a meldcode embedded in a longer plan too);
   * or a short page is mostly about that; or it describes steps in that context. A bullying
   * protocol that refers to "the meldcode" once, or a care plan that mentions Veilig Thuis here
   * and there, is none of these. Without topic rules in the checklist only the steps decide.
   */
  static boolean isMeldcode(Region region, int stepsMet, int stepsPassed, Checklist checklist) {
    return isMeldcode(region, stepsMet, stepsPassed, checklist, false);
  }

  /**
   * @param subjectOutside the document declares violence at home or child abuse outside its scope
   *     ("Vermoedens van huiselijk geweld ... vallen buiten dit protocol"): a protocol for another
   *     subject that points to the meldcode, unless it is one by title or holds a dense part on it
   */
  static boolean isMeldcode(Region region, int stepsMet, int stepsPassed, Checklist checklist, boolean subjectOutside) {
    if (checklist.context().isEmpty()) {
      return stepsMet >= MIN_STEPS_FOR_MELDCODE;
    }
    int about = region.aboutCount();
    if (subjectOutside && !region.titled() && region.densest() < MIN_DENSEST) {
      return false;
    }
    if (!region.titled() && stepsPassed == 0 && stepsMet <= 1) {
      // about violence, but no procedure: an information leaflet for victims, a policy paragraph
      return false;
    }
    int mainOther = region.excludedByTopic().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (!region.titled() && mainOther >= OTHER_TOPIC_FACTOR * about && region.densest() < MIN_DENSEST_BESIDE_OTHER) {
      // mostly about one other topic, with a few paragraphs on violence at home: a "meldcode
      // datalekken" that mentions a family file and Veilig Thuis is the data-breach protocol
      return false;
    }
    return region.titled() && about >= 2
        || region.densest() >= MIN_DENSEST
        || about >= MIN_ABOUT && region.aboutShare() >= MIN_ABOUT_SHARE
        // a few sentences on violence in a text that is mostly about something else: only steps
        // that are fully there make it a meldcode (a signalling protocol for overburdened carers
        // has "signaleren, overleggen, gesprek" too, each partly)
        || about >= MIN_ABOUT && stepsPassed >= MIN_STEPS_FOR_MELDCODE
            && region.aboutShare() >= MIN_ABOUT_SHARE_WITH_STEPS;
  }

  /** The document declares the meldcode's subject outside its scope (the checklist's {@code out_of_scope}). */
  static boolean subjectDeclaredOutside(DocumentIndex index, Checklist checklist) {
    for (nl.meldcheck.match.Pattern p : checklist.context().outOfScope()) {
      for (nl.meldcheck.match.Sentence s : index.sentences()) {
        if (DocumentIndex.matches(p, s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Case exports judged without a document ({@code meldcheck cases}): without a meldcode to name
   * the decision-maker, CASE-BESLISSER uses the role in the options or is not applicable.
   */
  public CasesReport auditCases(List<CaseInput> inputs, boolean keepCases, Lang lang) {
    CaseResults.Judged judged = CaseResults.audit(inputs, keepCases, lang);
    Scoring.Total total = Scoring.total(items(judged.results()));
    Score score = new Score(total.value(), total.earned(), total.possible(),
        Formula.describe(total, 0.5, true, lang), 0);
    return new CasesReport(AuditReport.SCHEMA_VERSION, "meldcheck", toolVersion, Timestamps.iso(clock.instant()),
        lang.code(), judged.section(), score, judged.results(), judged.section().warnings());
  }

  /** The case exports' results, or null without any. */
  private static CaseResults.Judged cases(AuditRequest req) {
    return req.cases().isEmpty() ? null : CaseResults.audit(req.cases(), req.keepCases(), req.lang());
  }

  private static List<CriterionResult> identified(List<CriterionResult> results, AuditRequest req) {
    String fileName = java.nio.file.Path.of(req.displayPath()).getFileName().toString();
    List<CriterionResult> out = new ArrayList<>(results.size());
    for (CriterionResult r : results) {
      out.add(r.withIds(Baselines.fingerprint(req.checklist().id(), req.checklist().version(), r.id(), fileName),
          Reviews.evidenceId(r)));
    }
    return out;
  }

  private static InputInfo withStatus(InputInfo i, InputStatus status, String message) {
    return new InputInfo(i.path(), i.format(), status, message, i.pages(), i.blocks(), i.characters(), i.sha256());
  }

  private List<CriterionResult> judge(AuditRequest req, DocumentIndex index, Region region) {
    Checklist cl = req.checklist();
    CheckContext ctx = new CheckContext(req.asOf(), cl.partialCap(), region);
    // criteria are independent and the index is thread-safe: judge them on all cores (a 40-page
    // document has ~1,500 sentences to match against 31 criteria); the list keeps checklist order
    var criteria = parallel ? cl.criteria().parallelStream() : cl.criteria().stream();
    return withNeeds(cl, criteria.map(c -> judge(c, req, index, ctx)).toList(), req.lang());
  }

  /**
   * A criterion that needs another ({@link Criterion#needs()}) fails when the document explicitly
   * denies that one: with "een aandachtsfunctionaris is (nog) niet benoemd" there are no tasks of
   * the aandachtsfunctionaris and no way to reach one, whatever a coordinator's extension number
   * says. The denial is quoted as the reason.
   */
  static List<CriterionResult> withNeeds(Checklist cl, List<CriterionResult> results, Lang lang) {
    Map<String, CriterionResult> byId = new java.util.HashMap<>();
    for (CriterionResult r : results) {
      byId.put(r.id(), r);
    }
    List<CriterionResult> out = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      Criterion c = cl.criteria().get(i);
      CriterionResult r = results.get(i);
      CriterionResult needed = c.needs().isEmpty() ? null : byId.get(c.needs());
      boolean credited = r.outcome() == Outcome.PASS || r.outcome() == Outcome.PARTIAL || r.outcome() == Outcome.REVIEW;
      List<EvidenceItem> denials = needed == null || needed.outcome() != Outcome.FAIL ? List.of()
          : needed.evidence().stream().filter(e -> e.qualifier().equals(nl.meldcheck.match.Qualifier.NEGATED.code()))
              .toList();
      if (!credited || denials.isEmpty()) {
        out.add(r);
        continue;
      }
      String quote = denials.get(0).quote();
      String note = Text.of(
          "Dit criterium veronderstelt " + needed.id() + " (" + needed.title() + "), en dat ontkent het document "
              + "uitdrukkelijk: «" + quote + "»",
          "This criterion presupposes " + needed.id() + " (" + needed.title() + "), which the document explicitly "
              + "denies: «" + quote + "»").get(lang);
      List<String> missing = new ArrayList<>(r.found());
      missing.addAll(r.missing());
      out.add(new CriterionResult(r.id(), r.title(), r.area(), r.severity(), r.weight(), Outcome.FAIL, 0.0, r.basis(),
          r.lookedFor(), List.of(), missing, denials, List.of(note), c.advice().get(lang), r.waiver(),
          r.fingerprint(), r.change(), r.evidenceId()));
    }
    return out;
  }

  private static CriterionResult judge(Criterion c, AuditRequest req, DocumentIndex index, CheckContext ctx) {
    Lang lang = req.lang();
    Optional<String> sector = req.sector();
    if (sector.isPresent() && !c.applicability().appliesTo(sector.get())) {
      return result(c, lang, Outcome.NOT_APPLICABLE, 0, List.of(), List.of(), List.of(),
          List.of(Text.of("Geldt niet voor de sector " + sector.get() + ".",
              "Does not apply to the sector " + sector.get() + ".").get(lang)));
    }
    CheckResult r;
    try {
      r = c.check().evaluate(index, ctx);
    } catch (RuntimeException e) {
      // a bug in a check must not hide the other criteria; the report says so
      return result(c, lang, Outcome.ERROR, 0, List.of(), List.of(), List.of(),
          List.of(Text.of("Interne fout bij het beoordelen: " + e, "Internal error while judging: " + e).get(lang)));
    }
    List<String> notes = new ArrayList<>();
    for (Text t : r.notes()) {
      notes.add(t.get(lang));
    }
    Outcome outcome = r.outcome();
    if (sector.isEmpty() && c.applicability().conditional() && outcome != Outcome.PASS) {
      notes.add(Text.of(
          "Dit criterium geldt alleen voor bepaalde sectoren " + sectors(c) + "; geef --sector op om het te beoordelen.",
          "This criterion applies to certain sectors only " + sectors(c) + "; pass --sector to judge it.").get(lang));
      outcome = Outcome.NOT_APPLICABLE;
    }
    return result(c, lang, outcome, r.credit(), r.findings(), labels(r.found(), lang), labels(r.missing(), lang), notes);
  }

  private static String sectors(Criterion c) {
    var a = c.applicability();
    if (!a.only().isEmpty()) {
      return "(" + String.join(", ", a.only()) + ")";
    }
    return "(niet: " + String.join(", ", a.except()) + ")";
  }

  private static List<String> labels(List<Text> texts, Lang lang) {
    List<String> out = new ArrayList<>();
    for (Text t : texts) {
      out.add(t.get(lang));
    }
    return out;
  }

  private static CriterionResult result(Criterion c, Lang lang, Outcome outcome, double credit, List<Finding> findings,
      List<String> found, List<String> missing, List<String> notes) {
    List<EvidenceItem> evidence = new ArrayList<>();
    for (Finding f : findings) {
      Evidence e = f.evidence();
      evidence.add(new EvidenceItem(e.quote(), e.page(), e.headingPath(), e.line(), e.start(), e.end(), f.part(),
          f.label().get(lang), e.qualifier().code()));
    }
    String lookedFor = (c.lookedFor() != null ? c.lookedFor() : c.check().describe()).get(lang);
    boolean met = outcome == Outcome.PASS || outcome == Outcome.NOT_APPLICABLE || outcome == Outcome.WAIVED;
    double earned = Scoring.credit(outcome, credit);
    return new CriterionResult(c.id(), c.title().get(lang), c.area(), c.severity(), c.weight(), outcome,
        round3(earned), c.basis(), lookedFor, found, missing, evidence, notes, met ? "" : c.advice().get(lang));
  }

  private AuditReport unjudged(AuditRequest req, InputInfo input, CaseResults.Judged cases) {
    List<String> warnings = new ArrayList<>(List.of(input.message()));
    if (cases != null) {
      warnings.addAll(cases.section().warnings());
    }
    return build(req, input, List.of(), warnings, cases == null ? null : cases.section());
  }

  private AuditReport build(AuditRequest req, InputInfo input, List<CriterionResult> results, List<String> warnings,
      CaseSection cases) {
    Checklist cl = req.checklist();
    Lang lang = req.lang();
    List<Scoring.Item> items = items(results);
    Scoring.Total total = Scoring.total(items);
    boolean judged = input.status().judged();
    Scoring.Verdict v = Scoring.verdict(judged, total, cl.passMark(), items);
    List<AreaScore> areas = new ArrayList<>();
    if (judged) {
      List<Area> all = new ArrayList<>(cl.areas());
      all.add(new Area(CaseSection.AREA, Text.of("Dossiers", "Case records")));
      for (Area a : all) {
        List<Scoring.Item> inArea = new ArrayList<>();
        for (CriterionResult r : results) {
          if (r.area().equals(a.id())) {
            inArea.add(item(r));
          }
        }
        if (inArea.isEmpty()) {
          continue;
        }
        Scoring.Total t = Scoring.total(inArea);
        areas.add(new AreaScore(a.id(), a.title().get(lang), t.value(), t.earned(), t.possible(), t.counted()));
      }
    }
    List<Fix> fixes = new ArrayList<>();
    for (Scoring.Gain g : Scoring.bestFixes(items, FIXES)) {
      CriterionResult r = results.stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
      fixes.add(new Fix(r.id(), r.title(), g.points(), r.advice()));
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (CriterionResult r : results) {
      counts.merge(r.outcome().code(), 1, Integer::sum);
    }
    Score score = new Score(total.value(), total.earned(), total.possible(), Formula.describe(total, cl.partialCap(),
        results.stream().anyMatch(r -> r.area().equals(CaseSection.AREA)), lang),
        cl.passMark());
    ChecklistInfo info = new ChecklistInfo(cl.id(), cl.version(), cl.title().get(lang), cl.passMark(), cl.source());
    return new AuditReport(AuditReport.SCHEMA_VERSION, "meldcheck", toolVersion,
        Timestamps.iso(clock.instant()), lang.code(), input, info,
        req.sector().orElse(""), req.asOf().toString(), verdict(v), score, areas, results, fixes, counts, warnings, null,
        cases);
  }

  private static Verdict verdict(Scoring.Verdict v) {
    return switch (v) {
      case COMPLIANT -> Verdict.VOLDOET;
      case PARTLY_COMPLIANT -> Verdict.VOLDOET_DEELS;
      case NON_COMPLIANT -> Verdict.VOLDOET_NIET;
      case NOT_JUDGED -> Verdict.NIET_BEOORDEELD;
    };
  }

  /** The scoring view of results; shared with the CLI's gate. */
  public static List<Scoring.Item> items(List<CriterionResult> results) {
    List<Scoring.Item> items = new ArrayList<>();
    for (CriterionResult r : results) {
      items.add(item(r));
    }
    return items;
  }

  private static Scoring.Item item(CriterionResult r) {
    return new Scoring.Item(r.id(), r.severity(), r.weight(), r.outcome(), r.credit());
  }

  private static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
