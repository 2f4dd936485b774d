package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import nl.meldcheck.match.Attribution;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Evidence;
import nl.meldcheck.match.Pattern;
import nl.meldcheck.match.Qualifier;
import nl.meldcheck.match.Scope;

/**
 * Required concepts, judged by what the document affirms, hedges and denies:
 *
 * <ul>
 *   <li>every required concept affirmed: <b>pass</b>;
 *   <li>a required concept both affirmed and explicitly denied: <b>review</b>, quoting both (a
 *       contradiction a person must resolve);
 *   <li>every required concept affirmed or hedged ("kan", "eventueel", "zo mogelijk"), at least
 *       one only hedged: <b>review</b>;
 *   <li>otherwise <b>partial</b> when enough concepts are affirmed or hedged (credit: the found
 *       fraction, capped), else <b>fail</b>. A concept that is only denied ("de kindcheck doen
 *       wij niet", "de rol is vacant") counts as missing, and the denial is quoted as the reason.
 * </ul>
 *
 * <p>Only sentences of the {@link CheckContext#region} count (the meldcode context: not a
 * bullying protocol's steps, not a data breach).
 *
 * @param concepts the concepts, required ones and partial-only ones
 * @param scope where to look
 * @param partialMin at least this many concepts found for a partial (default 1)
 * @param partialRequires concepts that must be among those found for a partial
 * @param passMin required concepts that must be stated for a pass (0: all of them); for
 *     criteria that list examples of which a few suffice (three of the aandachtsfunctionaris's
 *     five tasks)
 * @param subject wordings of whom the concepts must be said (the aandachtsfunctionaris). When
 *     set, the whole document is searched and a passage counts when it stands under one of the
 *     scope's section headings (the heading says whose tasks they are) or has a subject in its
 *     sentence, the three before it, or earlier in its paragraph. Empty: no subject needed, the
 *     scope decides.
 * @param alsoWhere wordings that let a passage outside the scope's sections count as well, the
 *     same way as a subject: "Uitzondering op stap 3: ..." under a table, or a note under the
 *     last row of a step table. Only when the document has one of the sections (otherwise the
 *     whole document is searched anyway).
 */
public record ConceptsCheck(List<Concept> concepts, Scope scope, int partialMin, Set<String> partialRequires,
    int passMin, List<Pattern> subject, List<Pattern> alsoWhere) implements Check {
  /** Most quotes kept per concept. */
  static final int QUOTES_PER_CONCEPT = 2;

  public ConceptsCheck {
    concepts = List.copyOf(concepts);
    partialRequires = Set.copyOf(partialRequires);
    subject = List.copyOf(subject);
    alsoWhere = List.copyOf(alsoWhere);
  }

  public ConceptsCheck(List<Concept> concepts, Scope scope, int partialMin, Set<String> partialRequires) {
    this(concepts, scope, partialMin, partialRequires, 0, List.of(), List.of());
  }

  @Override
  public String type() {
    return "concepts";
  }

  @Override
  public Text describe() {
    StringBuilder nl = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Concept c : concepts) {
      if (c.partialOnly()) {
        continue;
      }
      if (nl.length() > 0) {
        nl.append("; ");
        en.append("; ");
      }
      nl.append(c.label().nl());
      en.append(c.label().get(Lang.EN));
    }
    return Text.of(nl.toString(), en.toString());
  }

  /** What the document does with a concept. Ordered from most to least said. */
  private enum State { STATED, CONTRADICTED, WEAK, DENIED, ABSENT }

  @Override
  public CheckResult evaluate(DocumentIndex index, CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Text> found = new ArrayList<>();
    List<Text> missing = new ArrayList<>();
    List<Text> notes = new ArrayList<>();
    int required = 0;
    int requiredStated = 0;
    int requiredWeak = 0;
    boolean contradicted = false;
    int foundAny = 0;
    boolean partialRequiresMet = true;
    BitSet region = context.sentences();
    BitSet subjects = subjectSentences(index);
    for (Concept c : concepts) {
      // what a concept's denied_by wordings found: a denial even where any polarity counts
      Set<Evidence> deniedBy = new java.util.HashSet<>();
      // the organisation's own deviations from a norm it reports (see deviations())
      Set<Evidence> deviating = new java.util.HashSet<>();
      // statements only the concept's loose wordings found
      Set<Evidence> looseOnly = new java.util.HashSet<>();
      List<Evidence> hits = withSubject(index, hits(index, c, region, subjects, deniedBy, deviating, looseOnly),
          subjects);
      State state = state(c, hits, deniedBy, deviating, looseOnly);
      boolean counts = state == State.STATED || state == State.WEAK || state == State.CONTRADICTED;
      if (!c.partialOnly()) {
        required++;
        switch (state) {
          case STATED -> requiredStated++;
          case WEAK -> requiredWeak++;
          case CONTRADICTED -> contradicted = true;
          default -> { }
        }
      }
      if (counts) {
        foundAny++;
        found.add(c.label());
      } else if (!c.partialOnly()) {
        missing.add(c.label());
      }
      if (partialRequires.contains(c.id()) && !counts) {
        partialRequiresMet = false;
      }
      quote(c, state, hits, findings, deniedBy);
      String nl = c.label().nl();
      String en = c.label().get(Lang.EN);
      switch (state) {
        case WEAK -> notes.add(Text.of(
            "'" + nl + "' staat er alleen vrijblijvend (kan, eventueel, zo mogelijk): " + first(hits, Qualifier.WEAK),
            "'" + en + "' is only stated as optional (may, possibly): " + first(hits, Qualifier.WEAK)));
        case DENIED -> {
          if (!c.partialOnly()) {
            notes.add(Text.of(
                "'" + nl + "' wordt uitdrukkelijk ontkend: " + first(hits, Qualifier.NEGATED),
                "'" + en + "' is explicitly denied: " + first(hits, Qualifier.NEGATED)));
          }
        }
        case CONTRADICTED -> notes.add(Text.of(
            "'" + nl + "' staat er én wordt ontkend; een persoon moet beoordelen wat geldt: "
                + first(hits, Qualifier.STRONG) + " tegenover " + first(hits, Qualifier.NEGATED),
            "'" + en + "' is both stated and denied; a person must judge which holds: "
                + first(hits, Qualifier.STRONG) + " against " + first(hits, Qualifier.NEGATED)));
        default -> { }
      }
    }
    findings.sort(Comparator.comparingInt(f -> f.evidence().start()));
    if (contradicted) {
      return new CheckResult(Outcome.REVIEW, 0.0, findings, found, missing, notes);
    }
    if (required > 0 && requiredStated == required) {
      return new CheckResult(Outcome.PASS, 1.0, findings, found, List.of(), notes);
    }
    if (passMin > 0 && requiredStated >= passMin) {
      return new CheckResult(Outcome.PASS, 1.0, findings, found, missing, notes);
    }
    if (passMin > 0 && requiredStated + requiredWeak >= passMin) {
      return new CheckResult(Outcome.REVIEW, 0.0, findings, found, missing, notes);
    }
    if (required > 0 && requiredStated + requiredWeak == required) {
      return new CheckResult(Outcome.REVIEW, 0.0, findings, found, missing, notes);
    }
    int min = Math.max(1, partialMin);
    if (concepts.size() > 1 && foundAny >= min && partialRequiresMet) {
      double credit = Math.min(context.partialCap(), (double) foundAny / Math.max(1, required));
      return new CheckResult(Outcome.PARTIAL, credit, findings, found, missing, notes);
    }
    return new CheckResult(Outcome.FAIL, 0.0, findings, found, missing, notes);
  }

  /** The quotes a concept contributes: its statements, its hedges, its denials, or one of each when they clash. */
  private static void quote(Concept c, State state, List<Evidence> hits, List<Finding> findings,
      Set<Evidence> deniedBy) {
    int kept = 0;
    for (Evidence e : hits) {
      boolean keep = switch (state) {
        case STATED -> statedBy(c, e, deniedBy);
        case WEAK -> e.qualifier() == Qualifier.WEAK;
        case DENIED -> e.qualifier() == Qualifier.NEGATED && !c.partialOnly();
        case CONTRADICTED -> false;
        case ABSENT -> false;
      };
      if (keep && kept < QUOTES_PER_CONCEPT) {
        findings.add(new Finding(c.id(), c.label(), e));
        kept++;
      }
    }
    if (state == State.CONTRADICTED) {
      for (Qualifier q : List.of(Qualifier.STRONG, Qualifier.NEGATED)) {
        for (Evidence e : hits) {
          if (q == Qualifier.STRONG ? statedBy(c, e, deniedBy) : e.qualifier() == q) {
            findings.add(new Finding(c.id(), c.label(), e));
            break;
          }
        }
      }
    }
  }

  private static String first(List<Evidence> hits, Qualifier q) {
    for (Evidence e : hits) {
      if (e.qualifier() == q) {
        String quote = e.quote().length() > 160 ? e.quote().substring(0, 159).strip() + "…" : e.quote();
        return "«" + quote + "»";
      }
    }
    return "";
  }

  /**
   * The passages of a concept within {@code region}: the first statements outside denying
   * sentences (a wording stops after its first {@link #QUOTES_PER_CONCEPT}), and every match in
   * a sentence that denies something, so that a denial after two statements is still seen.
   */
  private List<Evidence> hits(DocumentIndex index, Concept c, BitSet region, BitSet subjects,
      Set<Evidence> deniedBy, Set<Evidence> deviating, Set<Evidence> looseOnly) {
    // several wordings may find the same sentence: keep one passage per start offset
    TreeMap<Long, Evidence> byStart = new TreeMap<>();
    // outdated framing counts wherever it stands, a heading included ("Stap 5: hulp of melden");
    // with a subject the whole document is searched and the subject decides (see subject())
    List<Pattern> sections = subjects == null ? scope.sections() : List.of();
    Scope where = new Scope(sections, c.window() > 0 ? c.window() : scope.window(), c.partialOnly() || scope.headings(),
        scope.leadInOnly());
    BitSet denying = index.denyingSentences();
    BitSet plain = new BitSet();
    plain.set(0, index.sentenceCount());
    plain.andNot(denying);
    if (region != null) {
      plain.and(region);
      denying.and(region);
    }
    for (Pattern p : c.deniedBy()) {
      for (Evidence e : index.find(p, where, region, Integer.MAX_VALUE, e -> true)) {
        Evidence denial = new Evidence(e.quote(), e.block(), e.page(), e.headingPath(), e.line(), e.start(),
            e.end(), Qualifier.NEGATED, true, false);
        deniedBy.add(denial);
        keepStrongest(byStart, denial);
      }
    }
    for (Pattern p : c.patterns()) {
      // one statement already makes the concept stated, so stopping after a wording's second
      // leaves the outcome as it is (the first two statements overall are among those found)
      // only statements the subject check keeps count towards the limit: a contact line in the
      // site menu ("Spreekuur") and a phone in another role's row must not use it up
      for (Evidence e : index.find(p, where, plain, QUOTES_PER_CONCEPT,
          e -> statedBy(c, e, deniedBy) && aboutSubject(index, e, subjects))) {
        keepStrongest(byStart, e);
      }
      if (!denying.isEmpty()) {
        for (Evidence e : index.find(p, where, denying, Integer.MAX_VALUE, e -> true)) {
          keepStrongest(byStart, e);
        }
      }
    }
    for (Pattern p : c.loose()) {
      for (Evidence e : index.find(p, where, plain, QUOTES_PER_CONCEPT,
          e -> statedBy(c, e, deniedBy) && aboutSubject(index, e, subjects))) {
        if (byStart.putIfAbsent(((long) e.start() << 2) | e.qualifier().ordinal(), e) == null) {
          looseOnly.add(e);
        }
      }
    }
    // only for a norm-like concept (one with denied_by wordings of its own exceptions): "wij werken
    // anders" after the reported norm to always report does not deny that the afwegingsvragen are asked
    if (!c.partialOnly() && !c.deniedBy().isEmpty()) {
      deviations(index, c, region, byStart, deniedBy, deviating);
    }
    return withoutWiderCopies(List.copyOf(byStart.values()));
  }

  /**
   * "Volgens de landelijke regels moet je altijd melden ... Wegwijzer doet dat een beetje anders.":
   * a reported norm followed by the organisation saying it does otherwise is its own deviation,
   * a firm denial of what the norm states. The deviation may come one sentence later in the same
   * paragraph ("Bij acute onveiligheid doen wij dat ook. Bij structurele onveiligheid wijken wij
   * hiervan af: ...").
   */
  private static void deviations(DocumentIndex index, Concept c, BitSet region, TreeMap<Long, Evidence> byStart,
      Set<Evidence> deniedBy, Set<Evidence> deviating) {
    for (Evidence e : List.copyOf(byStart.values())) {
      if (!statedBy(c, e, deniedBy) || !Attribution.reported(e.quote())) {
        continue;
      }
      int after = index.sentenceAt(e.end() - 1);
      if (after < 0) {
        continue;
      }
      for (int next = after + 1; next <= after + 2 && next < index.sentenceCount(); next++) {
        nl.meldcheck.match.Sentence s = index.sentences().get(next);
        if (region != null && !region.get(next)
            || next == after + 2 && s.block() != index.sentences().get(after).block()) {
          break;
        }
        if (Attribution.deviates(index.text(s))) {
          Evidence d = index.evidence(s);
          Evidence denial = new Evidence(d.quote(), d.block(), d.page(), d.headingPath(), d.line(), d.start(),
              d.end(), Qualifier.NEGATED, true, false);
          deniedBy.add(denial);
          deviating.add(denial);
          keepStrongest(byStart, denial);
          break;
        }
      }
    }
  }

  /**
   * A wording that may span two sentences also finds the pair around a sentence that says it on
   * its own: the report quotes the shorter passage once, not both.
   */
  private static List<Evidence> withoutWiderCopies(List<Evidence> hits) {
    List<Evidence> out = new ArrayList<>(hits.size());
    for (Evidence e : hits) {
      boolean wider = false;
      for (Evidence o : hits) {
        if (o != e && o.block() == e.block() && o.qualifier() == e.qualifier() && o.heading() == e.heading()
            && o.start() >= e.start() && o.end() <= e.end() && o.end() - o.start() < e.end() - e.start()) {
          wider = true;
          break;
        }
      }
      if (!wider) {
        out.add(e);
      }
    }
    return out.size() == hits.size() ? hits : List.copyOf(out);
  }

  /**
   * The sentences that may give evidence when a subject is needed: those under one of the
   * scope's section headings, and those with a subject wording in them or in the three sentences
   * before. Null when no subject is needed.
   */
  private BitSet subjectSentences(DocumentIndex index) {
    List<Pattern> near = subject;
    if (subject.isEmpty()) {
      if (alsoWhere.isEmpty() || !index.sectionFound(scope)) {
        return null;
      }
      near = alsoWhere;
    }
    BitSet with = new BitSet();
    for (Pattern p : near) {
      with.or(index.sentencesMatching(p));
      // the role under the document's own name for it ("Meldcodecoach (onze aandachtsfunctionaris)")
      String word = p.source().replace("*", "");
      if (near == subject && word.matches("[a-z]{6,}")) {
        with.or(index.sentencesNamingAliasOf(word));
      }
    }
    BitSet out = new BitSet();
    List<nl.meldcheck.match.Sentence> sentences = index.sentences();
    for (int i = with.nextSetBit(0); i >= 0; i = with.nextSetBit(i + 1)) {
      out.set(i, Math.min(index.sentenceCount(), i + 4));
      // the rest of the subject's own paragraph is about it too
      for (int j = i + 1; j < sentences.size() && sentences.get(j).block() == sentences.get(i).block(); j++) {
        out.set(j);
      }
    }
    if (index.sectionFound(scope)) {
      out.or(index.sentencesIn(scope));
    }
    return out;
  }

  /** The passages that start in one of {@code allowed} (all when it is null). */
  private static boolean aboutSubject(DocumentIndex index, Evidence e, BitSet allowed) {
    if (allowed == null) {
      return true;
    }
    int s = index.sentenceAt(e.start());
    return s >= 0 && allowed.get(s);
  }

  private static List<Evidence> withSubject(DocumentIndex index, List<Evidence> hits, BitSet allowed) {
    if (allowed == null) {
      return hits;
    }
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : hits) {
      if (aboutSubject(index, e, allowed)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * One passage per start offset and qualifier: a sentence that states one thing and denies
   * another ("de kindcheck valt buiten deze code; vragen over kinderen horen bij het wijkteam")
   * keeps both readings, so its denial is not lost behind its statement.
   */
  private static void keepStrongest(TreeMap<Long, Evidence> byStart, Evidence e) {
    byStart.putIfAbsent(((long) e.start() << 2) | e.qualifier().ordinal(), e);
  }

  private static boolean overlapsAny(Evidence e, List<Evidence> others) {
    for (Evidence o : others) {
      if (e.start() < o.end() && o.start() < e.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean statedBy(Concept c, Evidence e, Set<Evidence> deniedBy) {
    return e.qualifier() == Qualifier.STRONG || c.allowWeak() && e.qualifier() == Qualifier.WEAK
        || c.anyPolarity() && e.qualifier() == Qualifier.NEGATED && !deniedBy.contains(e);
  }

  /**
   * What the passages of a concept add up to. A heading only names a subject ("Kindcheck" over
   * "een kindcheck voeren wij niet uit"), so it never outweighs a denial; and only a denial of
   * the organisation's own practice ({@link Evidence#firm}) contradicts a plain statement
   * elsewhere: "in de Verwijsindex staat niet wat er aan de hand is" denies nothing the
   * organisation does.
   */
  private static State state(Concept c, List<Evidence> hits, Set<Evidence> deniedBy, Set<Evidence> deviating,
      Set<Evidence> looseOnly) {
    boolean stated = false;
    List<Evidence> statements = new ArrayList<>();
    boolean statedInHeading = false;
    boolean weak = false;
    boolean denied = false;
    boolean deniedFirmly = false;
    List<Evidence> firmDenials = new ArrayList<>();
    for (Evidence e : hits) {
      if (!statedBy(c, e, deniedBy) && e.qualifier() == Qualifier.NEGATED && e.firm()) {
        firmDenials.add(e);
      }
    }
    for (Evidence e : hits) {
      if (statedBy(c, e, deniedBy)) {
        if (e.heading()) {
          statedInHeading = true;
        } else if (!overlapsAny(e, firmDenials)) {
          // a statement inside the very passage that denies is part of the denial
          stated = true;
          statements.add(e);
        }
      } else if (e.qualifier() == Qualifier.WEAK) {
        weak = true;
      } else {
        denied = true;
        deniedFirmly |= e.firm();
      }
    }
    if (c.partialOnly()) {
      // rejecting an outdated idea ("niet: hulp óf melden") is no denial of the current one
      return stated || statedInHeading ? State.STATED : weak ? State.WEAK : State.ABSENT;
    }
    if (stated && deniedFirmly && statements.stream().allMatch(looseOnly::contains)) {
      // the organisation says it has none; a looser wording elsewhere ("overleg met de
      // coördinator") does not say otherwise
      return State.DENIED;
    }
    if (hits.stream().anyMatch(deviating::contains)) {
      // the organisation reports the norm and says it deviates from it: what it states elsewhere
      // ("bij acute onveiligheid wordt altijd gemeld") is the part it keeps, not a contradiction
      return State.DENIED;
    }
    if (stated && deniedFirmly
        && statements.stream().allMatch(e -> Attribution.reported(e.quote()) || Attribution.asks(e.quote()))) {
      // only a reported norm ("het landelijke kader gaat ervan uit dat ...") or a question
      // against the organisation's own firm denial: the organisation deviates, or answers the
      // question with no; it does not contradict itself
      return State.DENIED;
    }
    if (stated) {
      return deniedFirmly ? State.CONTRADICTED : State.STATED;
    }
    if (denied) {
      return State.DENIED;
    }
    return statedInHeading ? State.STATED : weak ? State.WEAK : State.ABSENT;
  }
}
