package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a block into sentences and sentences into clauses, and marks which words a clause
 * explicitly denies and whether the sentence is hedged.
 *
 * <p>A denial is a negation ("geen", "niet", "nooit", "vacant", "valt buiten", "ontbreekt") that
 * states what the organisation does not do, so it counts per clause ("handel nooit alleen, maar
 * overleg" keeps "overleg" affirmed) and only where the clause states a fact. A negation that is
 * part of a condition or a rule with a condition is no denial: the clause opens with or contains a
 * subordinator ("als er geen vermoeden is", "u voert geen gesprek als de veiligheid in gevaar
 * komt"), follows a conditional clause ("als de ouders meewerken, melden wij niet"), is the
 * condition of a "dan" clause ("lukt dat niet, dan meldt u") or of an arrow in a decision tree
 * ("geen vermoeden → afsluiten"), or stands in a question (the afwegingsvragen are questions).
 * Nor are restrictions ("niet alleen", "niet zomaar", "niet langer dan"), double negations ("nooit
 * zonder overleg"), choices ("wel of niet", "al dan niet") and compounds ("niet-pluisgevoel").
 * "Niet altijd" and "niet per se" hedge instead of deny.
 *
 * <p>Weak modality ("kan", "eventueel", "zo mogelijk", "in principe") counts per sentence, except
 * in questions ("kan ik effectieve hulp bieden?").
 */
final class SentenceSplitter {
  private static final Set<String> NEGATIONS =
      Set.of("geen", "niet", "nooit", "niets", "nimmer", "niemand", "nergens", "vacant", "onbezet", "ontbreekt",
          "ontbreken", "buiten");
  private static final Set<String> CONDITIONALS =
      Set.of("als", "indien", "wanneer", "tenzij", "mits", "zolang", "zodra", "of", "wie", "waar");
  private static final Set<String> WEAK =
      Set.of("kan", "kunt", "kun", "kunnen", "eventueel", "eventuele", "desgewenst", "zou", "zouden", "overwegen",
          "overweegt", "wellicht", "misschien", "facultatief");
  private static final Set<String> WEAK_BEFORE_MOGELIJK = Set.of("zo", "indien", "waar", "zomogelijk");
  private static final Set<String> CLAUSE_WORDS = Set.of("maar", "tenzij", "behalve", "echter");
  /** Words that may stand before the conditional that opens a clause: "ook als", "zelfs wanneer". */
  private static final Set<String> BEFORE_CONDITIONAL = Set.of("ook", "zelfs", "en", "dus", "alleen", "vooral");
  /** Subordinators that make a clause a condition wherever they stand in it ("als" needs a subject after it). */
  private static final Set<String> SUBORDINATORS = Set.of("indien", "wanneer", "tenzij", "mits", "zolang", "zodra", "voordat",
      "totdat", "nadat");
  /** Words after "als" that show it introduces a condition, not a role ("als aandachtsfunctionaris"). */
  private static final Set<String> SUBJECT_AFTER_ALS = Set.of("de", "het", "een", "er", "u", "je", "jij", "hij", "zij",
      "ze", "we", "wij", "ik", "dit", "dat", "daar", "iemand", "niemand", "ouders", "uit", "blijkt", "sprake");
  /** Words after "niet" that make it a restriction, not a denial. */
  private static final Set<String> RESTRICTING_AFTER_NIET = Set.of("alleen", "uitsluitend", "zomaar", "enkel", "slechts",
      "langer", "later", "eerder", "meer", "minder", "vanzelf", "lichtvaardig", "direct", "meteen", "pas",
      "zelfstandig", "eigenhandig");
  /** Words after "geen" that make it a restriction: "geen aparte aandachtsfunctionaris" (another role has the tasks). */
  private static final Set<String> RESTRICTING_AFTER_GEEN = Set.of("aparte", "apart", "afzonderlijke", "eigen",
      "speciale", "vaste", "extra", "nieuwe");
  /** Words after "niet" that make it a hedge ("niet altijd", "niet per se"). */
  private static final Set<String> HEDGING_AFTER_NIET = Set.of("altijd", "per", "perse", "noodzakelijk",
      "noodzakelijkerwijs", "steeds", "elke", "iedere", "in");
  /** Verbs before "buiten" that make it "outside the scope of" ("valt buiten deze code"). */
  private static final Set<String> BEFORE_BUITEN = Set.of("valt", "vallen", "viel", "vielen", "blijft", "blijven",
      "houden", "gelaten", "laten");

  /** {@link #kind} bits. */
  static final int NEGATION = 1;
  static final int CONDITIONAL = 2;
  static final int WEAK_WORD = 4;
  static final int CLAUSE_WORD = 8;
  static final int BEFORE_CONDITIONAL_WORD = 16;
  static final int BEFORE_MOGELIJK = 32;
  static final int SUBORDINATOR = 64;
  static final int INDIRECT_QUESTION_WORD = 128;
  static final int MODAL = 256;
  /** "in" (principe) and "bij" (voorkeur): the first word of a two-word hedge. */
  static final int BEFORE_HEDGE_NOUN = 512;

  private SentenceSplitter() {}

  /**
   * The roles a folded word can play here, as bits: computed once per distinct word of a
   * document ({@link Stemmer.Local}) instead of five set lookups per word (profiled: a sixth of
   * building a document's index).
   */
  static int kind(String folded) {
    return (NEGATIONS.contains(folded) ? NEGATION : 0)
        | (CONDITIONALS.contains(folded) ? CONDITIONAL : 0)
        | (WEAK.contains(folded) ? WEAK_WORD : 0)
        | (CLAUSE_WORDS.contains(folded) ? CLAUSE_WORD : 0)
        | (BEFORE_CONDITIONAL.contains(folded) ? BEFORE_CONDITIONAL_WORD : 0)
        | (WEAK_BEFORE_MOGELIJK.contains(folded) ? BEFORE_MOGELIJK : 0)
        | (SUBORDINATORS.contains(folded) ? SUBORDINATOR : 0)
        | (INDIRECT_QUESTION.contains(folded) ? INDIRECT_QUESTION_WORD : 0)
        | (MODALS.contains(folded) ? MODAL : 0)
        | (folded.equals("in") || folded.equals("bij") ? BEFORE_HEDGE_NOUN : 0);
  }

  /** The sentences of a block; {@code stems} is the Local that read its tokens, and knows their {@link #kind}. */
  static List<Sentence> split(int blockIndex, String text, List<Token> tokens, int firstOrdinal, Stemmer.Local stems) {
    List<Sentence> out = new ArrayList<>();
    int ti = 0;
    int sentStart = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      int end = -1;
      if (i == n) {
        end = n;
      } else {
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
          end = afterClosers(text, i + 1);
        } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
          end = i;
        }
      }
      if (end > sentStart) {
        List<Token> words = new ArrayList<>();
        while (ti < tokens.size() && tokens.get(ti).start() < end) {
          words.add(tokens.get(ti++));
        }
        if (!words.isEmpty()) {
          out.add(build(firstOrdinal + out.size(), blockIndex, text, sentStart, end, words, stems));
        }
        sentStart = end;
      }
    }
    return out;
  }

  /**
   * "een adviesvraag en geen melding", "met de ouders en niet met het kind": the negation after
   * "en" denies only what follows it, so the coordination starts a clause of its own ("wel of
   * niet melden" is one choice, not a coordination).
   */
  private static boolean coordinatedDenial(List<Token> words, int[] kinds, int w) {
    if (w + 1 >= words.size()) {
      return false;
    }
    String f = words.get(w).folded();
    return f.equals("en") && (kinds[w + 1] & NEGATION) != 0;
  }

  /**
   * Past the quotes, brackets and emphasis marks that close a sentence with it: "Kan ik hulp
   * bieden?**" and '... melden."' end at the mark, not inside the next sentence.
   */
  private static int afterClosers(String text, int j) {
    while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  private static final String CLOSERS = "*_\"'\u2019\u201D\u00BB)]";

  private static boolean endsSentence(String text, int i) {
    int j = afterClosers(text, i + 1);
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    // "... organiseren? d. Werkt de cliënt mee?": a lettered list item starts after the mark
    boolean letterItem = Character.isLowerCase(next) && j + 2 < text.length() && (text.charAt(j + 1) == '.'
        || text.charAt(j + 1) == ')') && Character.isWhitespace(text.charAt(j + 2));
    return letterItem || Character.isUpperCase(next) || Character.isDigit(next) || "•-–*(\"'‘“".indexOf(next) >= 0;
  }

  private static Sentence build(
      int ordinal, int block, String text, int start, int end, List<Token> words, Stemmer.Local stems) {
    int n = words.size();
    int[] kinds = new int[n];
    for (int w = 0; w < n; w++) {
      kinds[w] = stems.kind(words.get(w).number());
    }
    int last = end - 1;
    while (last >= start && (Character.isWhitespace(text.charAt(last)) || CLOSERS.indexOf(text.charAt(last)) >= 0)) {
      last--;
    }
    boolean question = last >= start && text.charAt(last) == '?';
    // clauses: split at punctuation inside the sentence, at arrows and at contrastive words
    List<int[]> clauses = new ArrayList<>();
    int clauseStart = 0;
    for (int w = 1; w <= n; w++) {
      if (w == n || clauseBreak(text, words.get(w - 1).end(), words.get(w).start()) != NO_BREAK
          || (kinds[w] & CLAUSE_WORD) != 0 || coordinatedQuestion(text, words, w)
          || coordinatedDenial(words, kinds, w)) {
        clauses.add(new int[] {clauseStart, w});
        clauseStart = w;
      }
    }
    boolean[] negated = new boolean[n];
    boolean[] weak = new boolean[n];
    boolean[] firmWord = new boolean[n];
    for (int c = 0; c < clauses.size(); c++) {
      int from = clauses.get(c)[0];
      int to = clauses.get(c)[1];
      int[] doubled = {-1, -1};
      int polarity = polarity(text, words, kinds, from, to, doubled);
      boolean asking = from > 0 && asksUntil(words, from);
      if (!question && (polarity == HEDGE || hedges(words, kinds, from, to, asking))) {
        for (int k = from; k < to; k++) {
          weak[k] = true;
        }
      }
      if (polarity == DOUBLE && !question) {
        negated[doubled[0]] = true;
        negated[doubled[1]] = true;
        continue;
      }
      if (polarity != DENIAL || question || conditional(words, kinds, from, to)
          || words.get(from).folded().equals("dan") && c > 0) {
        // "Is een kind in gevaar, dan wachten we niet": the consequence of a condition
        continue;
      }
      // the clause before opens a condition ("als de ouders meewerken, melden wij niet"), or the
      // clause after is its consequence ("lukt dat niet, dan meldt u") or a branch of a decision
      // tree ("geen vermoeden → afsluiten")
      if (c > 0 && opensCondition(words, kinds, clauses.get(c - 1)[0], clauses.get(c - 1)[1])) {
        continue;
      }
      // "Bij een vermoeden van eergerelateerd geweld, waaronder huwelijksdwang, gaan wij niet ...":
      // the verb-first main clause follows a fronted situation, a few clauses back
      if (inverted(words, from, to) && c > 0 && situational(words, clauses.get(0)[0], clauses.get(0)[1])) {
        continue;
      }
      if (c + 1 < clauses.size()) {
        int next = clauses.get(c + 1)[0];
        if (thenWithin(words, next, clauses.get(c + 1)[1])
            || (kinds[next] & (CONDITIONAL | SUBORDINATOR)) != 0 && !words.get(next).folded().equals("of")
            || clauseBreak(text, words.get(next - 1).end(), words.get(next).start()) == ARROW
            || consequenceAfterCoordinated(words, clauses, c)) {
          continue;
        }
      }
      // "Een kindcheck, waarbij ..., voeren wij niet uit": a clause that opens with its verb and
      // then its subject denies the part fronted before it as well; "Bij signalen van
      // eergerelateerd geweld ga je niet met de familie in gesprek" does not deny its opening
      // circumstance, only what follows the verb
      int deniedFrom = inverted(words, from, to) ? fronted(words, kinds, clauses, c) : afterCircumstance(words, from, to);
      for (int k = deniedFrom; k < to; k++) {
        negated[k] = true;
      }
      if (firmDenial(words, kinds, from, to)) {
        // firm near its negation only: "het overleg met mijn collega ... raakt mijn
        // beroepsgeheim niet" does not deny the consultation far before the "niet"; a fronted
        // object and a word that only denies ("vacant", "nog niet ingevuld") are firm throughout
        boolean throughout = deniedFrom < from || denyOnly(words, kinds, from, to);
        for (int k = deniedFrom; k < to; k++) {
          firmWord[k] = throughout || nearNegation(words, kinds, from, to, k);
        }
      }
      // "Verwijsindex / De school is niet aangesloten op de Verwijsindex": a run-in label that the
      // denial names again is what it denies
      if (c == 1 && clauses.get(0)[1] - clauses.get(0)[0] <= 3) {
        boolean named = false;
        boolean firm = false;
        for (int k = from; k < to; k++) {
          firm |= firmWord[k];
          for (int l = clauses.get(0)[0]; l < clauses.get(0)[1]; l++) {
            named |= negated[k] && words.get(k).folded().equals(words.get(l).folded()) && words.get(k).folded().length() > 3;
          }
        }
        if (named) {
          for (int l = clauses.get(0)[0]; l < clauses.get(0)[1]; l++) {
            negated[l] = true;
            firmWord[l] = firm;
          }
        }
      }
      // "Over de Verwijsindex: die gebruiken wij niet": the short clause before a resumptive
      // pronoun names what the clause denies
      if (c > 0 && RESUMPTIVE.contains(words.get(from).folded())
          && clauses.get(c - 1)[1] - clauses.get(c - 1)[0] <= 5) {
        boolean firm = false;
        for (int k = from; k < to; k++) {
          firm |= firmWord[k];
        }
        for (int k = clauses.get(c - 1)[0]; k < from; k++) {
          negated[k] = true;
          firmWord[k] = firm;
        }
      }
    }
    for (int c = 0; c < clauses.size(); c++) {
      int from = clauses.get(c)[0];
      int to = clauses.get(c)[1];
      if (placeholder(text, words, from, to)) {
        // "Eindverantwoordelijk voor het besluit: [PM – nog in te vullen]": the placeholder and
        // the label before it name what is not there yet
        int labelFrom = c > 0 ? clauses.get(c - 1)[0] : from;
        for (int k = labelFrom; k < to; k++) {
          negated[k] = true;
          firmWord[k] = true;
        }
      }
    }
    return new Sentence(ordinal, block, start, end, List.copyOf(words), negated, weak, firmWord);
  }

  /** Pronouns that take up a fronted topic: "Over de kindcheck: die doen wij niet." */
  private static final Set<String> RESUMPTIVE = Set.of("die", "dat", "deze", "dit");

  private static final Set<String> HAVE = Set.of("is", "zijn", "hebben", "heeft", "hebt", "heb", "bestaat", "bestaan");

  /** Words a match may be from the negation of its clause and still be what the clause denies. */
  static final int NEAR = 4;

  private static boolean nearNegation(List<Token> words, int[] kinds, int from, int to, int k) {
    // "Een kindcheck voeren wij in principe niet uit": the hedge "in principe" adds no distance
    int reach = NEAR;
    for (int j = Math.max(from, k - NEAR - 2); j + 1 < Math.min(to, k + NEAR + 3); j++) {
      if (words.get(j).folded().equals("in") && words.get(j + 1).folded().equals("principe")) {
        reach += 2;
      }
    }
    for (int j = Math.max(from, k - reach); j < Math.min(to, k + reach + 1); j++) {
      if ((kinds[j] & NEGATION) != 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the clause denies with a word that does nothing else: "vacant", "ontbreekt", "valt buiten", "nog niet". */
  private static boolean denyOnly(List<Token> words, int[] kinds, int from, int to) {
    // "Een aandachtsfunctionaris is er niet", "... hebben wij niet": the clause denies that it exists
    boolean have = false;
    for (int k = from; k < to; k++) {
      have |= HAVE.contains(words.get(k).folded());
    }
    if (have && to - from >= 2 && ((kinds[to - 1] & NEGATION) != 0 || (kinds[to - 2] & NEGATION) != 0)) {
      return true;
    }
    for (int k = from; k < to; k++) {
      String f = words.get(k).folded();
      if (f.equals("vacant") || f.equals("onbezet") || f.equals("ontbreekt") || f.equals("ontbreken")
          || f.equals("buiten") || f.equals("niet") && k > from && words.get(k - 1).folded().equals("nog")
          || notApplicable(words, from, k)) {
        return true;
      }
    }
    return false;
  }

  /** "Een kindcheck is bij ons niet van toepassing": the organisation declares it does not apply. */
  private static boolean notApplicable(List<Token> words, int from, int k) {
    return k >= from + 2 && words.get(k).folded().equals("toepassing") && words.get(k - 1).folded().equals("van")
        && words.get(k - 2).folded().equals("niet");
  }

  /** An unfilled placeholder: "PM", "n.t.b.", "nog in te vullen", "nader te bepalen", "[naam]", "...". */
  private static boolean placeholder(String text, List<Token> words, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = words.get(k).folded();
      int at = words.get(k).start();
      if (f.equals("pm") && at > 0 && text.charAt(at - 1) == '['
          || f.equals("ntb") || f.equals("xxx")
          || (f.equals("naam") || f.equals("functie") || f.equals("datum")) && at > 0 && text.charAt(at - 1) == '['
          || k + 2 < to && (f.equals("in") || f.equals("te")) && words.get(k + 1).folded().equals("te")
              && (words.get(k + 2).folded().equals("vullen") || words.get(k + 2).folded().equals("bepalen"))
          || (f.equals("nader") || f.equals("nog")) && k + 2 < to && words.get(k + 1).folded().equals("te")
              && words.get(k + 2).folded().equals("bepalen")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("wij", "we", "ik", "u", "je", "jij", "zij", "ze", "hij");
  /** Words that cannot be the finite verb opening an inverted clause. */
  private static final Set<String> NOT_A_VERB = Set.of("dan", "en", "maar", "of", "want", "dus", "ook", "daarom",
      "toch", "wel", "niet", "nooit", "geen", "er", "het", "de", "een", "dat", "die", "dit", "deze", "als", "zo",
      "hier", "daar", "nu", "soms", "vaak", "altijd", "bij", "met", "in", "op", "voor", "na", "om");

  private static final Set<String> CIRCUMSTANCE = Set.of("bij", "tijdens", "na", "rond", "in", "voor", "vanwege");

  /**
   * Where the denied part of a clause starts: after an opening circumstance ("bij signalen van
   * ...", "tijdens de intake") up to the verb before its subject pronoun; else the clause start.
   */
  private static int afterCircumstance(List<Token> words, int from, int to) {
    if (!CIRCUMSTANCE.contains(words.get(from).folded())) {
      return from;
    }
    for (int k = from + 2; k < to; k++) {
      if (SUBJECT_PRONOUNS.contains(words.get(k).folded())) {
        return k - 1;
      }
    }
    return from;
  }

  /** True when the clause opens with a finite verb followed by its subject: "voeren wij niet uit". */
  private static boolean inverted(List<Token> words, int from, int to) {
    return from > 0 && from + 1 < to && !NOT_A_VERB.contains(words.get(from).folded())
        && !SUBJECT_PRONOUNS.contains(words.get(from).folded())
        && SUBJECT_PRONOUNS.contains(words.get(from + 1).folded());
  }

  /** Where the part fronted before clause {@code c} starts: after the last clause that is a condition. */
  private static int fronted(List<Token> words, int[] kinds, List<int[]> clauses, int c) {
    int start = clauses.get(c)[0];
    for (int d = c - 1; d >= 0; d--) {
      if (opensCondition(words, kinds, clauses.get(d)[0], clauses.get(d)[1])) {
        break;
      }
      start = clauses.get(d)[0];
    }
    return start;
  }

  /** True when the clause hedges: "kan", "eventueel", "zo mogelijk", "in principe", "bij voorkeur". */
  /**
   * True when an earlier clause opened an indirect question that runs on over commas ("de
   * beroepskracht gaat na of De Kompasroos, zelf of samen met anderen, passende hulp kan bieden").
   */
  private static boolean asksUntil(List<Token> words, int to) {
    for (int k = 1; k < to; k++) {
      String f = words.get(k).folded();
      if (f.equals("of") && ASKING_VERBS.contains(words.get(k - 1).folded())
          || f.equals("welke") || f.equals("hoe")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ASKING_VERBS = Set.of("na", "vast", "beslist", "beslissen", "besluit", "bekijkt",
      "bekijken", "kijkt", "kijken", "bepaalt", "bepalen", "weegt", "wegen", "afweegt", "beoordeelt", "beoordelen",
      "nagaan", "checkt", "vraagt", "vragen", "onderzoekt", "onderzoeken", "volgt", "volgen", "bekeken");

  private static boolean hedges(List<Token> words, int[] kinds, int from, int to, boolean asking) {
    boolean indirectQuestion = asking;
    for (int w = from; w < to; w++) {
      // "beslist of wij hulp kunnen bieden", "bekijk welke hulp je kunt inzetten": the modal of an
      // indirect question asks, it does not hedge
      indirectQuestion |= (kinds[w] & INDIRECT_QUESTION_WORD) != 0;
      if (indirectQuestion && (kinds[w] & MODAL) != 0) {
        continue;
      }
      if ((kinds[w] & WEAK_WORD) != 0 && !((kinds[w] & MODAL) != 0 && happens(words, w + 1, to))) {
        return true;
      }
      if (w > from && (kinds[w - 1] & (BEFORE_MOGELIJK | BEFORE_HEDGE_NOUN)) != 0) {
        String f = words.get(w).folded();
        String before = words.get(w - 1).folded();
        if (f.equals("mogelijk") && (kinds[w - 1] & BEFORE_MOGELIJK) != 0
            || f.equals("principe") && before.equals("in")
            || f.equals("voorkeur") && before.equals("bij")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Eergerelateerd geweld kan ook bij ons voorkomen", "een gesprek kan de situatie gevaarlijker
   * maken": a "kan" of what may happen, not of what someone may choose to do.
   */
  private static boolean happens(List<Token> words, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = words.get(k).folded();
      if (HAPPENING.contains(f) || f.equals("maken") && k > from && COMPARATIVES.contains(words.get(k - 1).folded())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HAPPENING = Set.of("voorkomen", "gebeuren", "optreden", "ontstaan", "spelen");
  private static final Set<String> COMPARATIVES = Set.of("gevaarlijker", "erger", "onveiliger", "moeilijker");

  /**
   * True when a denying clause states the organisation's own practice: it speaks of "wij", "ons",
   * "ik", states a fact in the passive ("wordt niet vastgelegd") or the existential ("er is geen"),
   * or uses a word that only denies ("vacant", "ontbreekt", "valt buiten", "nog niet").
   */
  private static boolean firmDenial(List<Token> words, int[] kinds, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = words.get(k).folded();
      if (FIRM.contains(f) || f.equals("niet") && k > from && words.get(k - 1).folded().equals("nog")
          || notApplicable(words, from, k)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> INDIRECT_QUESTION = Set.of("of", "welke", "welk", "hoe", "wat", "wie");
  private static final Set<String> MODALS = Set.of("kan", "kunt", "kun", "kunnen");

  /** Words that make a denial the organisation's own (see {@link #firmDenial}). */
  private static final Set<String> FIRM = Set.of("wij", "we", "ik", "ons", "onze", "mij", "mijn", "er", "wordt",
      "worden", "werd", "werden", "vacant", "onbezet", "ontbreekt", "ontbreken", "buiten", "doen", "hebben",
      "gebruiken", "hanteren", "gebruik", "maakt", "maken", "heeft", "kent", "kennen", "voert", "voeren",
      "aangesloten", "registreert", "registreren", "jij");

  private static final int NO_BREAK = 0;
  private static final int BREAK = 1;
  private static final int ARROW = 2;

  /**
   * Whether the text between two words ends a clause: punctuation, an arrow, or a line break that
   * is not the hard wrap of a running sentence (a wrapped line goes on in lower case).
   */
  private static int clauseBreak(String text, int from, int to) {
    int result = NO_BREAK;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u2192' || c == '\u21D2' || c == '>' && i > from && text.charAt(i - 1) == '-') {
        return ARROW;
      }
      if ((c == '(' || c == ')') && shortAside(text, i)) {
        // "is (nog) niet benoemd": a one- or two-word aside runs on in its clause
        continue;
      }
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2013' || c == '|'
          || c == '\n' && !(to < text.length() && Character.isLowerCase(text.charAt(to)))
              && !JOINING.contains(wordBefore(text, from))) {
        result = BREAK;
      }
    }
    return result;
  }

  /** Whether the bracket at {@code at} opens or closes an aside of at most two words ("(nog)", "(ook) niet"). */
  private static boolean shortAside(String text, int at) {
    int open = at;
    int close = at;
    if (text.charAt(at) == '(') {
      close = text.indexOf(')', at);
    } else {
      open = text.lastIndexOf('(', at);
    }
    if (open < 0 || close < 0 || close - open > 30) {
      return false;
    }
    String inside = text.substring(open + 1, close).strip();
    return !inside.isEmpty() && inside.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-')
        && inside.split(" +").length <= 2;
  }

  /**
   * Words a line cannot end a clause on: "... niet aangesloten op de\nVerwijsindex" is one clause
   * although the wrapped line goes on with a capital.
   */
  private static final Set<String> JOINING = Set.of("de", "het", "een", "op", "bij", "met", "van", "aan", "naar",
      "in", "voor", "door", "over", "en", "of", "dat", "die", "te");

  private static String wordBefore(String text, int end) {
    int b = end;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static final int NONE = 0;
  private static final int DENIAL = 1;
  private static final int HEDGE = 2;
  private static final int DOUBLE = 3;

  /** Whether the clause denies (a negation that is no restriction, choice or compound), hedges, or neither. */
  private static int polarity(String text, List<Token> words, int[] kinds, int from, int to, int[] doubled) {
    int result = NONE;
    for (int k = from; k < to; k++) {
      if ((kinds[k] & NEGATION) == 0) {
        continue;
      }
      String f = words.get(k).folded();
      String next = k + 1 < to ? words.get(k + 1).folded() : "";
      if (f.equals("niet") || f.equals("geen")) {
        // "niet-pluisgevoel", "niet-westers": a compound, not a negation
        int e = words.get(k).end();
        if (e < text.length() && text.charAt(e) == '-') {
          continue;
        }
      }
      // "ook geen eigen overzicht" adds a denial to one before it; it restricts nothing
      if (f.equals("geen") && RESTRICTING_AFTER_GEEN.contains(next)
          && !(k > from && words.get(k - 1).folded().equals("ook"))) {
        continue;
      }
      // "u gaat in deze fase nog niet met de ouders in gesprek": the order of the steps, no denial
      if (!f.equals("nooit") && anyBefore(words, from, k, PHASES)) {
        continue;
      }
      // "gedrag dat niet past bij de leeftijd": a negation inside a relative clause describes,
      // it does not deny what the organisation does
      // ... unless the pronoun takes up a fronted topic and the verb and subject follow it
      // ("Over de Verwijsindex: die gebruiken wij niet")
      if (relativeBefore(words, from, k)
          && !(from > 0 && RELATIVES.contains(words.get(from).folded()) && inverted(words, from + 1, to))) {
        continue;
      }
      // "het besluit om niet te melden", "besluit u niet te melden": the content of a decision
      if (f.equals("niet") && next.equals("te") && (k > from && DECIDING.contains(words.get(k - 1).folded())
          || k > from + 1 && DECIDING.contains(words.get(k - 2).folded()))) {
        continue;
      }
      // "een melding sluit hulp niet uit", "staat hulp niet in de weg": a negated exclusion affirms
      if (f.equals("niet") && (anyBefore(words, from, k, EXCLUDING_VERBS) && anyAfter(words, k, to, "uit")
          || next.equals("in") && k + 3 < to && words.get(k + 3).folded().equals("weg"))) {
        continue;
      }
      // "zij voeren nooit alleen een gesprek": a restriction, as "niet alleen"
      if (f.equals("nooit") && RESTRICTING_AFTER_NIET.contains(next)) {
        continue;
      }
      if (f.equals("niet")) {
        if (RESTRICTING_AFTER_NIET.contains(next)
            || k >= from + 2 && (follows(words, k, "wel", "of") || follows(words, k, "al", "dan"))
            || k > from && (words.get(k - 1).folded().equals("of") || words.get(k - 1).folded().equals("zo")
                || words.get(k - 1).folded().equals("indien") || words.get(k - 1).folded().equals("waarom"))) {
          continue;
        }
        if (HEDGING_AFTER_NIET.contains(next)
            && (!next.equals("in") || k + 2 < to && words.get(k + 2).folded().equals("alle"))
            && (!next.equals("per") || k + 2 < to && words.get(k + 2).folded().equals("se"))) {
          result = HEDGE;
          continue;
        }
      }
      if (f.equals("buiten") && !anyBefore(words, from, k, BEFORE_BUITEN)) {
        continue;
      }
      if (f.equals("niemand") || f.equals("geen") || f.equals("nooit") || f.equals("niet")) {
        // "nooit zonder overleg", "geen melding zonder overleg": a double negation affirms
        int zonder = -1;
        for (int j = k + 1; j < to && zonder < 0; j++) {
          String w = words.get(j).folded();
          zonder = w.equals("zonder") || w.equals("buiten") && j + 1 < to && words.get(j + 1).folded().equals("medeweten")
              ? j : -1;
        }
        if (zonder >= 0) {
          // ... but it denies the "zonder" itself: "nooit zonder toestemming" denies the meldrecht
          doubled[0] = k;
          doubled[1] = zonder;
          result = result == NONE ? DOUBLE : result;
          continue;
        }
      }
      return DENIAL;
    }
    return result;
  }

  /** True when the clause is a condition: it opens with one, or a subordinator stands in it. */
  private static boolean conditional(List<Token> words, int[] kinds, int from, int to) {
    if (opensCondition(words, kinds, from, to)) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if ((kinds[k] & SUBORDINATOR) != 0 || isConditionalAls(words, k, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Situations that make "bij ..." a condition: "Bij een vermoeden van eergerelateerd geweld gaan
   * wij niet eerst met de familie in gesprek" restricts the conversation to other cases, it does
   * not deny it; "Bij ons voeren wij geen kindcheck uit" stays a denial.
   */
  private static final List<String> SITUATIONS = List.of("vermoed", "signal", "twijfel", "gevaar", "letsel",
      "onveilig", "zorgen", "geweld", "mishandel", "verminking", "besnijdenis", "huwelijksdwang", "achterlating",
      "eergerelateerd", "acuut", "acute", "crisis", "calamiteit", "spoed", "nood", "dreig");

  private static boolean situational(List<Token> words, int from, int to) {
    String first = words.get(from).folded();
    if (!first.equals("bij") && !first.equals("ingeval")) {
      return false;
    }
    for (int k = from + 1; k < Math.min(to, from + 5); k++) {
      String f = words.get(k).folded();
      if (SUBJECT_PRONOUNS.contains(f)) {
        return false;
      }
      for (String sit : SITUATIONS) {
        if (f.startsWith(sit)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the clause opens with a conditional word ("als", "indien", "ook als", "zelfs wanneer"). */
  private static boolean opensCondition(List<Token> words, int[] kinds, int from, int to) {
    if (from >= to) {
      return false;
    }
    if ((kinds[from] & (CONDITIONAL | SUBORDINATOR)) != 0 || situational(words, from, to)) {
      return true;
    }
    return from + 1 < to && (kinds[from] & BEFORE_CONDITIONAL_WORD) != 0 && (kinds[from + 1] & CONDITIONAL) != 0;
  }

  /**
   * "als" opens a condition ("als daardoor de veiligheid in gevaar komt"), unless it names a role
   * or a manner: "als aandachtsfunctionaris", "als de aandachtsfunctionaris", "als volgt".
   */
  private static boolean isConditionalAls(List<Token> words, int k, int to) {
    if (!words.get(k).folded().equals("als") || k + 1 >= to) {
      return false;
    }
    String next = words.get(k + 1).folded();
    if (SUBJECT_AFTER_ALS.contains(next) && !next.equals("de") && !next.equals("het") && !next.equals("een")) {
      return true;
    }
    if (next.equals("de") || next.equals("het") || next.equals("een")) {
      // "als de veiligheid in gevaar komt" opens a condition, "als de aandachtsfunctionaris" names a role
      return !namesRoleOrManner(k + 2 < to ? words.get(k + 2).folded() : next);
    }
    // a bare noun after "als" is what someone acts as ("wij gaan als vereniging niet ..."); an
    // adverb opens a condition ("als daardoor de veiligheid in gevaar komt"), and so does a
    // subordinate clause that ends in its verb ("als passende hulp niet mogelijk is")
    if (CONDITION_ADVERBS.contains(next) || next.startsWith("daar") || next.startsWith("hier")) {
      return true;
    }
    if (namesRoleOrManner(next)) {
      return false;
    }
    for (int j = k + 3; j < to; j++) {
      if (VERB_LAST.contains(words.get(j).folded())) {
        // the verb closes the clause, or a second condition follows it ("... is of niet wordt aanvaard")
        String after = j + 1 < to ? words.get(j + 1).folded() : "";
        return j >= to - 3 || after.equals("of") || after.equals("en");
      }
    }
    return false;
  }

  /** "als aandachtsfunctionaris", "als volgt", "als team": "als" means "as", not "if". */
  private static boolean namesRoleOrManner(String word) {
    return NOT_CONDITIONAL_AFTER_ALS.contains(word) || ROLE_SUFFIXES.stream().anyMatch(word::endsWith);
  }

  /** Finite verbs that close a subordinate clause: "als passende hulp niet mogelijk is". */
  private static final Set<String> VERB_LAST = Set.of("is", "zijn", "wordt", "worden", "lukt", "lukken", "blijkt",
      "blijken", "komt", "komen", "werkt", "werken", "verandert", "heeft", "hebben");

  /** Words after "als" that open a condition without a subject first. */
  private static final Set<String> CONDITION_ADVERBS = Set.of("nodig", "mogelijk", "zich", "achteraf", "later",
      "tijdens", "in", "bij", "na", "op", "toch", "ook", "echter", "eenmaal", "iets", "niets", "alles", "nog", "al",
      "men", "mensen", "kinderen", "medewerkers", "leerlingen", "cliënten", "clienten", "deelnemers", "bewoners");

  /** Words after "als" that make it "as", not "if". */
  private static final Set<String> NOT_CONDITIONAL_AFTER_ALS = Set.of("volgt", "zodanig", "eerste", "tweede",
      "laatste", "enige", "geheel", "team", "organisatie", "school", "praktijk", "ouder", "professional",
      "contactpersoon", "vertrouwenspersoon", "aanspreekpunt", "vraagbaak", "deskundige", "gevolg", "onderdeel");
  /** Endings of role nouns: "als aandachtsfunctionaris", "als leerkracht", "als praktijkhouder". */
  private static final List<String> ROLE_SUFFIXES = List.of("functionaris", "coordinator", "kracht", "medewerker",
      "leider", "manager", "houder", "begeleider", "arts", "therapeut", "kundige", "loog", "directeur", "docent",
      "mentor", "werker", "verlener", "verpleegkundige");

  /** "... en of wij hulp kunnen bieden": a second indirect question starts a clause (not "en/of"). */
  private static boolean coordinatedQuestion(String text, List<Token> words, int w) {
    return w >= 2 && words.get(w).folded().equals("of") && words.get(w - 1).folded().equals("en")
        && text.indexOf('/', words.get(w - 1).end()) != words.get(w - 1).end();
  }

  /**
   * "Wordt een kind niet blijvend veilig, of keert de onveiligheid terug, dan melden wij": a
   * condition, joined by "of" or "en" to a second one, before its consequence.
   */
  private static boolean consequenceAfterCoordinated(List<Token> words, List<int[]> clauses, int c) {
    for (int d = c + 1; d < clauses.size(); d++) {
      String first = words.get(clauses.get(d)[0]).folded();
      if (first.equals("of") || first.equals("en")) {
        continue;
      }
      return d > c + 1 && thenWithin(words, clauses.get(d)[0], clauses.get(d)[1]);
    }
    return false;
  }

  /** "dan" among the first words of a clause: the consequence of a condition ("..., noteer dan waarom"). */
  private static boolean thenWithin(List<Token> words, int from, int to) {
    for (int k = from; k < to && k < from + 3; k++) {
      if (words.get(k).folded().equals("dan")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PHASES = Set.of("fase", "stadium", "stap", "eerst");
  private static final Set<String> RELATIVES = Set.of("dat", "die", "waarin", "waarbij", "waardoor", "waarop",
      "wat", "welke", "waarom", "of");
  private static final Set<String> EXCLUDING_VERBS = Set.of("sluit", "sluiten", "sloot");
  /** Words before "niet te" that make it the content of a decision: "om niet te melden", "besluit niet te melden". */
  private static final Set<String> DECIDING = Set.of("om", "besluit", "besluiten", "beslist", "beslissen", "kiest",
      "kiezen", "besloten", "gekozen");

  private static boolean anyAfter(List<Token> words, int k, int to, String word) {
    for (int j = k + 1; j < to; j++) {
      if (words.get(j).folded().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relative pronoun, or an "of" that opens an indirect question or a choice, before position
   * k: "gedrag dat niet past", "ga na of er geen hulp is", "wel of geen melding". An "of" between
   * an age or amount and a comparative is "or" ("cliënten van 65 jaar of ouder hebben geen
   * minderjarige kinderen" denies).
   */
  private static boolean relativeBefore(List<Token> words, int from, int k) {
    for (int j = from; j < k; j++) {
      String f = words.get(j).folded();
      String after = j + 1 < k ? words.get(j + 1).folded() : "";
      // "slaan die stap nooit over": a demonstrative before a noun, not a relative pronoun
      boolean demonstrative = (f.equals("die") || f.equals("dat")) && DEMONSTRATED.contains(after);
      if (RELATIVES.contains(f) && !demonstrative && !(f.equals("of") && OR_COMPARATIVES.contains(after))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DEMONSTRATED = Set.of("stap", "fase", "rol", "taak", "gesprek", "melding",
      "code", "meldcode", "regel", "afspraak", "vraag", "check", "kindcheck", "verwijsindex", "training", "scholing",
      "functie", "functionaris", "aandachtsfunctionaris", "protocol", "werkwijze", "instructie", "norm", "uitzondering");

  private static final Set<String> OR_COMPARATIVES = Set.of("ouder", "jonger", "meer", "minder", "later", "eerder",
      "langer", "korter", "hoger", "lager");

  private static boolean anyBefore(List<Token> words, int from, int k, Set<String> set) {
    for (int j = from; j < k; j++) {
      if (set.contains(words.get(j).folded())) {
        return true;
      }
    }
    return false;
  }

  private static boolean follows(List<Token> words, int k, String first, String second) {
    return words.get(k - 2).folded().equals(first) && words.get(k - 1).folded().equals(second);
  }
}
