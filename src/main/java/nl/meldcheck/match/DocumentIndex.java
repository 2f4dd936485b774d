package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import nl.meldcheck.document.Block;
import nl.meldcheck.document.BlockKind;
import nl.meldcheck.document.Document;

/**
 * A document tokenised once for all checks: sentences with stems, clauses and modality, and the
 * offsets to quote from. Thread-safe: the index is fixed after construction and its lookup caches
 * are concurrent maps, so criteria can be judged in parallel.
 */
public final class DocumentIndex {
  /** Longest quote, in characters; longer passages are cut around the match. */
  static final int MAX_QUOTE = 400;

  private final Document document;
  private final List<Sentence> sentences = new ArrayList<>();
  private final int[] blockOffset;
  private final Map<Scope, BitSet> scopeCache = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * The distinct folded words, sorted; a word's number is its position here, so the words with a
   * prefix are a range of numbers, found by binary search.
   */
  private final String[] vocabulary;
  /** Per word number: the sentences it occurs in (patterns look up candidates instead of scanning). */
  private final BitSet[] sentencesOf;
  /** Per stem: the numbers of the words with that stem. */
  private final Map<String, BitSet> wordsByStem = new java.util.HashMap<>();
  /** Sentences with a clause that denies (see {@link SentenceSplitter}). */
  private final BitSet denying = new BitSet();
  /** Per sentence ordinal: the number of each of its words. */
  private final int[][] wordNumbers;
  /**
   * Per pattern word, by {@link Pattern.Word#id}: the numbers of the words of this document it
   * matches. A word compiled after this index was built has no slot and is computed each time.
   */
  private final AtomicReferenceArray<BitSet> wordCache = new AtomicReferenceArray<>(Pattern.Word.count());
  /** Per pattern word, by id: the sentences with a word it matches. */
  private final AtomicReferenceArray<BitSet> sentenceCache = new AtomicReferenceArray<>(Pattern.Word.count());

  private DocumentIndex(Document document) {
    this.document = document;
    List<Block> blocks = document.blocks();
    blockOffset = new int[blocks.size()];
    int offset = 0;
    Stemmer.Local stems = new Stemmer.Local();
    for (int b = 0; b < blocks.size(); b++) {
      blockOffset[b] = offset;
      String text = blocks.get(b).text();
      offset += text.length() + 1; // blocks are joined with one newline in the document text
      sentences.addAll(SentenceSplitter.split(b, text, Tokenizer.tokenize(text, stems), sentences.size(), stems));
    }
    // the tokens carry the number of their folded form in order of first appearance; the index
    // numbers the words in sorted order, so that a prefix is a range
    List<Stemmer.Local.Folded> distinct = stems.words();
    Integer[] order = new Integer[distinct.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> distinct.get(x).folded().compareTo(distinct.get(y).folded()));
    vocabulary = new String[order.length];
    int[] sortedNumber = new int[order.length];
    sentencesOf = new BitSet[order.length];
    for (int i = 0; i < order.length; i++) {
      Stemmer.Local.Folded f = distinct.get(order[i]);
      vocabulary[i] = f.folded();
      sortedNumber[order[i]] = i;
      sentencesOf[i] = new BitSet();
      wordsByStem.computeIfAbsent(f.stem(), k -> new BitSet()).set(i);
    }
    wordNumbers = new int[sentences.size()][];
    for (Sentence s : sentences) {
      for (boolean negated : s.negatedWord()) {
        if (negated) {
          denying.set(s.ordinal());
          break;
        }
      }
      List<Token> tokens = s.tokens();
      int[] ids = new int[tokens.size()];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = sortedNumber[tokens.get(k).number()];
        sentencesOf[ids[k]].set(s.ordinal());
      }
      wordNumbers[s.ordinal()] = ids;
    }
  }

  /**
   * The numbers of the document's words that match {@code w}: the same words as
   * {@link Pattern.Word#matches(Token)} accepts, as every token's stem is the stem of its folded
   * form.
   */
  private BitSet wordsMatching(Pattern.Word w) {
    return cached(wordCache, w, this::computeWordsMatching);
  }

  /**
   * The value for {@code w} in {@code cache}, computed when absent. Two threads may both compute
   * it; they get equal sets and the first one stays.
   */
  private static BitSet cached(
      AtomicReferenceArray<BitSet> cache, Pattern.Word w, java.util.function.Function<Pattern.Word, BitSet> compute) {
    if (w.id() >= cache.length()) {
      return compute.apply(w);
    }
    BitSet b = cache.get(w.id());
    if (b == null) {
      b = compute.apply(w);
      if (!cache.compareAndSet(w.id(), null, b)) {
        b = cache.get(w.id());
      }
    }
    return b;
  }

  private BitSet computeWordsMatching(Pattern.Word word) {
    BitSet out = new BitSet(vocabulary.length);
    if (word.literal()) {
      int i = java.util.Arrays.binarySearch(vocabulary, word.text());
      if (i >= 0) {
        out.set(i);
      }
      BitSet st = word.exact() ? null : wordsByStem.get(word.stem());
      if (st != null) {
        out.or(st);
      }
      return out;
    }
    if (word.prefix() && !word.suffix()) {
      // "signal*": the words from "signal" up to the last word starting with it, in sorted order
      int i = java.util.Arrays.binarySearch(vocabulary, word.text());
      int from = i < 0 ? -i - 1 : i;
      for (i = from; i < vocabulary.length && vocabulary[i].startsWith(word.text()); i++) {
        out.set(i);
      }
      return out;
    }
    for (int i = 0; i < vocabulary.length; i++) {
      if (word.matches(vocabulary[i], "")) {
        out.set(i);
      }
    }
    return out;
  }

  /** Sentences containing a word that matches {@code w}. */
  private BitSet sentencesWith(Pattern.Word w) {
    return cached(sentenceCache, w, word -> {
      BitSet out = new BitSet();
      BitSet words = wordsMatching(word);
      for (int i = words.nextSetBit(0); i >= 0; i = words.nextSetBit(i + 1)) {
        out.or(sentencesOf[i]);
      }
      return out;
    });
  }

  /**
   * A pattern's words as sets of this document's word numbers, so that matching a sentence tests
   * bits instead of comparing strings (profiled: string lookups were half of judging). Each set is
   * looked up when a sentence first needs it: most words of a pattern are never reached. One per
   * {@link #find} call, so never shared between threads.
   */
  private final class Bound {
    private final Pattern pattern;
    private final BitSet[] words;
    /** Per part: the numbers a match can begin with; {@link #ANYWHERE} when it can begin anywhere. */
    private final BitSet[] heads;

    Bound(Pattern pattern) {
      this.pattern = pattern;
      this.words = new BitSet[pattern.words().size()];
      this.heads = new BitSet[pattern.partCount()];
    }

    boolean word(int slot, int number) {
      BitSet w = words[slot];
      if (w == null) {
        w = words[slot] = wordsMatching(pattern.words().get(slot));
      }
      return w.get(number);
    }

    boolean head(int part, int number) {
      BitSet h = heads[part];
      if (h == null) {
        List<Pattern.Word> first = pattern.heads(part);
        if (first == null) {
          h = ANYWHERE;
        } else {
          h = new BitSet();
          for (Pattern.Word w : first) {
            h.or(wordsMatching(w));
          }
        }
        heads[part] = h;
      }
      return h == ANYWHERE || h.get(number);
    }
  }

  /** Marks a part that can begin at any word (a gap first); never read as a set. */
  private static final BitSet ANYWHERE = new BitSet();

  /** Part {@code p} of {@code pattern} in sentence {@code s}, matched by word numbers (tests). */
  int[] find(Pattern pattern, int p, Sentence s) {
    return pattern.find(p, tokens(new Bound(pattern), s), 0);
  }

  /** Sentence {@code s} as the matcher sees it through {@code b}. */
  private Pattern.Tokens tokens(Bound b, Sentence s) {
    int[] ids = wordNumbers[s.ordinal()];
    return new Pattern.Tokens() {
      @Override
      public int size() {
        return ids.length;
      }

      @Override
      public boolean word(int slot, int t) {
        return b.word(slot, ids[t]);
      }

      @Override
      public boolean head(int p, int t) {
        return b.head(p, ids[t]);
      }
    };
  }

  /** True when every part has a candidate sentence among {@code i .. i + window - 1}. */
  private static boolean everyPartNear(List<BitSet> perPart, int i, int window) {
    for (BitSet c : perPart) {
      if (c != null) {
        int next = c.nextSetBit(i);
        if (next < 0 || next >= i + window) {
          return false;
        }
      }
    }
    return true;
  }

  /** Candidate sentences for part {@code p}: a superset of those where it can match; null = all. */
  private BitSet candidates(Pattern pattern, int p) {
    List<List<Pattern.Word>> required = pattern.requiredAnchors(p);
    if (required.isEmpty()) {
      return null;
    }
    // every required word or group must occur: intersect their sentences (profiled: a pattern
    // that opens with a long list of roles tried nearly every sentence of a document)
    BitSet out = null;
    for (List<Pattern.Word> group : required) {
      BitSet any = new BitSet();
      for (Pattern.Word w : group) {
        any.or(sentencesWith(w));
      }
      if (out == null) {
        out = any;
      } else {
        out.and(any);
      }
      if (out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  public static DocumentIndex of(Document document) {
    return new DocumentIndex(document);
  }

  public Document document() {
    return document;
  }

  public List<Sentence> sentences() {
    return List.copyOf(sentences);
  }

  /** The sentences with a clause that denies something, as ordinals (a copy). */
  public BitSet denyingSentences() {
    return (BitSet) denying.clone();
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** Number of words in the document. */
  public int wordCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }

  /** Every passage matching {@code pattern} within {@code scope}, in document order. */
  public List<Evidence> find(Pattern pattern, Scope scope) {
    return find(pattern, scope, Integer.MAX_VALUE, e -> true);
  }

  /**
   * The passages matching {@code pattern} within {@code scope}, in document order, up to and
   * including the {@code enough}-th that {@code counts} accepts: always a prefix of
   * {@link #find(Pattern, Scope)}. A check that quotes a concept's first two statements need not
   * find its hundredth (profiled: a 1,000-page meldcode took 0.45 s to judge, most of it finding
   * and quoting passages nobody reads).
   */
  public List<Evidence> find(Pattern pattern, Scope scope, int enough, java.util.function.Predicate<Evidence> counts) {
    return find(pattern, scope, null, enough, counts);
  }

  /**
   * As {@link #find(Pattern, Scope, int, java.util.function.Predicate)}, within the sentences of
   * {@code region} only (null: all): a window never reaches over a sentence outside it.
   */
  public List<Evidence> find(Pattern pattern, Scope scope, BitSet region, int enough,
      java.util.function.Predicate<Evidence> counts) {
    BitSet allowed = allowedBlocks(scope);
    Bound bound = new Bound(pattern);
    boolean[] ownsNegation = new boolean[pattern.partCount()];
    for (int p = 0; p < ownsNegation.length; p++) {
      ownsNegation[p] = pattern.ownsNegation(p);
    }
    int counted = 0;
    Map<Long, Evidence> found = new LinkedHashMap<>();
    // a window must start at a sentence where some part can match (see touchesFirst below)
    BitSet starts = new BitSet();
    List<BitSet> perPart = new ArrayList<>();
    for (int p = 0; p < pattern.partCount(); p++) {
      BitSet c = candidates(pattern, p);
      perPart.add(c);
      if (c == null) {
        starts.set(0, sentences.size());
      } else {
        starts.or(c);
      }
    }
    if (scope.window() == 1) {
      for (BitSet c : perPart) {
        if (c != null) {
          starts.and(c);
        }
      }
    }
    for (int i = starts.nextSetBit(0); i >= 0 && i < sentences.size(); i = starts.nextSetBit(i + 1)) {
      Sentence first = sentences.get(i);
      if (!allowed.get(first.block()) || region != null && !region.get(i)) {
        continue;
      }
      if (!everyPartNear(perPart, i, scope.window())) {
        continue; // some part has no candidate sentence within reach of this window
      }
      List<Sentence> window = window(i, scope, allowed, region);
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      Qualifier worst = Qualifier.STRONG;
      boolean firm = false;
      boolean all = true;
      boolean touchesFirst = false;
      // a bare heading names a step but does not describe it: it may give the subject of a
      // match, never the whole match
      boolean inBody = scope.headings();
      for (int p = 0; p < pattern.partCount() && all; p++) {
        boolean partFound = false;
        for (int w = 0; w < window.size() && !partFound; w++) {
          Sentence s = window.get(w);
          BitSet cand = perPart.get(p);
          if (cand != null && !cand.get(s.ordinal())) {
            continue;
          }
          Pattern.Tokens toks = tokens(bound, s);
          int[] m = pattern.find(p, toks, 0);
          if (m != null) {
            partFound = true;
            touchesFirst |= w == 0;
            inBody |= !isBareHeading(s);
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
            Qualifier q = ownsNegation[p] ? s.qualifierIgnoringNegation(m[0], m[1]) : s.qualifier(m[0], m[1]);
            // the first match may stand in a denied clause while a later one in the same sentence
            // states it ("dan wachten we niet op de stappen: de school belt meteen 112"): a denial
            // needs every match of the sentence denied (a hedge stays a hedge)
            for (int[] more = m; q == Qualifier.NEGATED && more != null; ) {
              more = pattern.find(p, toks, more[0] + 1);
              if (more != null) {
                Qualifier q2 = ownsNegation[p] ? s.qualifierIgnoringNegation(more[0], more[1])
                    : s.qualifier(more[0], more[1]);
                if (q2.ordinal() < q.ordinal()) {
                  q = q2;
                }
              }
            }
            firm |= q == Qualifier.NEGATED && s.firm(m[0], m[1]);
            if (q.ordinal() > worst.ordinal()) {
              worst = q;
            }
          }
        }
        all = partFound;
      }
      if (all && touchesFirst && inBody) {
        Sentence a = window.get(lo);
        Sentence b = window.get(hi);
        long key = ((long) a.ordinal() << 32) | b.ordinal();
        Evidence e = evidence(a, b, worst, firm, isHeadingOnly(window, lo, hi));
        // each window start gives at most one passage, and starts go up: the order is the document's
        if (found.putIfAbsent(key, e) == null && counts.test(e) && ++counted >= enough) {
          break;
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The sentences in which every part of {@code pattern} occurs (a window of one sentence, bare
   * headings included), as a set of ordinals.
   */
  public BitSet sentencesMatching(Pattern pattern) {
    Bound bound = new Bound(pattern);
    BitSet out = new BitSet(sentences.size());
    out.set(0, sentences.size());
    for (int p = 0; p < pattern.partCount(); p++) {
      BitSet c = candidates(pattern, p);
      if (c != null) {
        out.and(c);
      }
    }
    for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
      Pattern.Tokens t = tokens(bound, sentences.get(i));
      for (int p = 0; p < pattern.partCount(); p++) {
        if (pattern.find(p, t, 0) == null) {
          out.clear(i);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The sentences that name a role the document defines as {@code word} under a name of its own:
   * "Meldcodecoach (onze aandachtsfunctionaris)", "aandachtsfunctionaris (bij ons: de
   * veiligheidscoach)", or a definition list entry "veiligheidsadviseur: de medewerker die de taken
   * van aandachtsfunctionaris vervult". A code that calls its aandachtsfunctionaris a meldcodecoach
   * then says how to reach "de meldcodecoach", not the aandachtsfunctionaris.
   */
  public BitSet sentencesNamingAliasOf(String word) {
    // criteria with a subject ask for the same words; the index is shared by all of them
    return (BitSet) aliasCache.computeIfAbsent(word, this::computeSentencesNamingAliasOf).clone();
  }

  private final java.util.concurrent.ConcurrentHashMap<String, BitSet> aliasCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile String[] foldedTexts;

  /** Each sentence's text folded to lower-case ASCII, made once on first use. */
  private String[] foldedTexts() {
    String[] f = foldedTexts;
    if (f == null) {
      f = new String[sentences.size()];
      for (Sentence s : sentences) {
        f[s.ordinal()] = Fold.fold(text(s)).toLowerCase(java.util.Locale.ROOT);
      }
      foldedTexts = f;
    }
    return f;
  }

  private BitSet computeSentencesNamingAliasOf(String word) {
    String[] folded = foldedTexts();
    String w = java.util.regex.Pattern.quote(Fold.fold(word));
    List<java.util.regex.Pattern> defs = List.of(
        java.util.regex.Pattern.compile("([a-z][a-z-]{3,})\\*{0,2} \\((?:onze |de |bij ons |)" + w),
        java.util.regex.Pattern.compile(w + "[a-z]* \\((?:bij ons:? |hier:? |)(?:de |het |onze )?([a-z][a-z-]{3,})"),
        java.util.regex.Pattern.compile("^(?:[a-z0-9][.)] )?([a-z][a-z-]{3,}): [^.]{0,250}\\b" + w));
    java.util.Set<String> aliases = new java.util.TreeSet<>();
    String plainWord = Fold.fold(word);
    for (Sentence s : sentences) {
      String f = folded[s.ordinal()];
      if (!f.contains(plainWord)) {
        continue;
      }
      for (java.util.regex.Pattern d : defs) {
        java.util.regex.Matcher m = d.matcher(f);
        while (m.find()) {
          String a = m.group(1);
          if (!NOT_AN_ALIAS.contains(a) && !a.startsWith(Fold.fold(word))) {
            aliases.add(a);
          }
        }
      }
    }
    BitSet out = new BitSet(sentences.size());
    if (aliases.isEmpty()) {
      return out;
    }
    java.util.regex.Pattern any = java.util.regex.Pattern.compile("\\b(" + String.join("|",
        aliases.stream().map(java.util.regex.Pattern::quote).toList()) + ")");
    for (Sentence s : sentences) {
      if (any.matcher(folded[s.ordinal()]).find()) {
        out.set(s.ordinal());
      }
    }
    return out;
  }

  /** Words a definition pattern may catch that name no role. */
  private static final java.util.Set<String> NOT_AN_ALIAS = java.util.Set.of("rol", "functie", "taken", "taak",
      "medewerker", "medewerkers", "naam", "contact", "zie", "bijvoorbeeld", "zoals", "namelijk", "meestal",
      "wie", "wat", "hoe", "waar", "wanneer", "rollen", "contactpersoon", "bereikbaar", "bereikbaarheid", "telefoon",
      "mail", "e-mail", "stap", "stappen", "noot", "let", "wij", "jij", "hij", "zij", "deze", "dit", "die", "dat");

  /** True when every part of {@code pattern} occurs in {@code text} (a heading, a title). */
  public static boolean matchesText(Pattern pattern, String text) {
    return matchesAllParts(pattern, Tokenizer.tokenize(text));
  }

  /** The original text of a sentence. */
  public String text(Sentence s) {
    return document.blocks().get(s.block()).text().substring(s.start(), s.end());
  }

  /** A sentence as evidence. */
  public Evidence evidence(Sentence s) {
    return evidence(s, s, Qualifier.STRONG, false, false);
  }

  /** True when every part of {@code pattern} occurs in the sentence. */
  public static boolean matches(Pattern pattern, Sentence s) {
    return matchesAllParts(pattern, s.tokens());
  }

  /** Headings that match {@code pattern}, as evidence. */
  public List<Evidence> headings(Pattern pattern) {
    List<Evidence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Block block = document.blocks().get(s.block());
      if (block.kind() == BlockKind.HEADING && matchesAllParts(pattern, s.tokens())) {
        out.add(evidence(s, s, Qualifier.STRONG, false, true));
      }
    }
    return out;
  }

  /**
   * A heading that only names a section: short, and with no text of its own under it (the next
   * block is another heading). A heading over body text is the subject of that text and counts.
   */
  private boolean isBareHeading(Sentence s) {
    List<Block> blocks = document.blocks();
    if (blocks.get(s.block()).kind() != BlockKind.HEADING || s.tokens().size() > Scope.SHORT_HEADING_WORDS) {
      return false;
    }
    int next = s.block() + 1;
    return next >= blocks.size() || blocks.get(next).kind() == BlockKind.HEADING;
  }

  static boolean matchesAllParts(Pattern pattern, List<Token> tokens) {
    for (int p = 0; p < pattern.partCount(); p++) {
      if (pattern.find(p, tokens, 0) == null) {
        return false;
      }
    }
    return true;
  }

  private List<Sentence> window(int i, Scope scope, BitSet allowed, BitSet region) {
    int size = scope.window();
    Sentence first = sentences.get(i);
    List<String> section = document.blocks().get(first.block()).headingPath();
    List<Sentence> w = new ArrayList<>(size);
    w.add(first);
    for (int j = i + 1; j < sentences.size() && w.size() < size; j++) {
      Sentence s = sentences.get(j);
      if (!allowed.get(s.block()) || region != null && !region.get(j)
          || !document.blocks().get(s.block()).headingPath().equals(section)
          || scope.leadInOnly() && !isLeadIn(w.get(w.size() - 1), s)) {
        break;
      }
      w.add(s);
    }
    return w;
  }

  /**
   * True when sentence {@code s} leads into {@code next}: it ends with ':' or '?', it is a heading,
   * or it ends without a full stop and {@code next} is a list item ("We melden altijd bij Veilig
   * Thuis" over "- als er sprake is van acute onveiligheid").
   */
  private boolean isLeadIn(Sentence s, Sentence next) {
    Block b = document.blocks().get(s.block());
    if (b.kind() == BlockKind.HEADING) {
      return true;
    }
    String t = b.text();
    int end = s.end() - 1;
    while (end >= s.start() && Character.isWhitespace(t.charAt(end))) {
      end--;
    }
    if (end < s.start()) {
      return false;
    }
    char last = t.charAt(end);
    return last == ':' || last == '?'
        || last != '.' && last != '!' && document.blocks().get(next.block()).kind() == BlockKind.LIST_ITEM
        || isAnswer(s) && isAnswer(next) || answersBack(next);
  }

  /**
   * "... of er sprake is van acute of structurele onveiligheid. Is dat zo, dan wordt altijd
   * gemeld.": a sentence that opens by referring to the condition before it finishes that one.
   */
  private static boolean answersBack(Sentence next) {
    List<Token> t = next.tokens();
    if (t.size() < 2) {
      return false;
    }
    String a = t.get(0).folded();
    String b = t.get(1).folded();
    String c = t.size() > 2 ? t.get(2).folded() : "";
    return a.equals("zo") && (b.equals("ja") || b.equals("nee"))
        || a.equals("is") && b.equals("dat") && c.equals("zo")
        || a.equals("in") && b.equals("dat") && c.equals("geval")
        || (a.equals("als") || a.equals("wanneer") || a.equals("indien")) && b.equals("dat")
            && (c.equals("zo") || c.equals("het"));
  }

  /** "Antwoord nee: naar afweging 3." / "Ja: melden": the answers to a question read as one unit with it. */
  private static boolean isAnswer(Sentence s) {
    List<Token> t = s.tokens();
    for (int k = 0; k < t.size() && k < 3; k++) {
      String f = t.get(k).folded();
      if (f.equals("ja") || f.equals("nee") || f.equals("antwoord")) {
        return true;
      }
    }
    return false;
  }

  private BitSet allowedBlocks(Scope scope) {
    return scopeCache.computeIfAbsent(scope, this::computeAllowed);
  }

  /**
   * True when {@code scope} names sections and the document has one of them; false when it names
   * none or the document has none (then the whole document is searched).
   */
  public boolean sectionFound(Scope scope) {
    if (scope.sections().isEmpty()) {
      return false;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Block b : document.blocks()) {
      for (String heading : b.headingPath()) {
        if (seen.add(heading)) {
          List<Token> toks = Tokenizer.tokenize(heading);
          for (Pattern p : scope.sections()) {
            if (matchesAllParts(p, toks)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The sentences under the scope's section headings (all sentences when none is found). */
  public BitSet sentencesIn(Scope scope) {
    BitSet blocks = allowedBlocks(scope);
    BitSet out = new BitSet(sentences.size());
    for (Sentence s : sentences) {
      if (blocks.get(s.block())) {
        out.set(s.ordinal());
      }
    }
    return out;
  }

  /** The ordinal of the sentence that holds document offset {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      int start = blockOffset[s.block()] + s.start();
      int end = blockOffset[s.block()] + s.end();
      if (offset < start) {
        hi = mid - 1;
      } else if (offset >= end) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private BitSet computeAllowed(Scope scope) {
    List<Block> blocks = document.blocks();
    BitSet all = new BitSet(blocks.size());
    all.set(0, blocks.size());
    if (scope.sections().isEmpty()) {
      return all;
    }
    Map<String, Boolean> headingMatches = new LinkedHashMap<>();
    BitSet allowed = new BitSet(blocks.size());
    for (Block b : blocks) {
      for (String heading : b.headingPath()) {
        boolean m = headingMatches.computeIfAbsent(heading, h -> {
          List<Token> toks = Tokenizer.tokenize(h);
          for (Pattern p : scope.sections()) {
            if (matchesAllParts(p, toks)) {
              return true;
            }
          }
          return false;
        });
        if (m) {
          allowed.set(b.index());
          break;
        }
      }
    }
    return allowed.isEmpty() ? all : allowed;
  }

  /** True when the passage {@code lo..hi} of the window is one heading. */
  private boolean isHeadingOnly(List<Sentence> window, int lo, int hi) {
    return lo == hi && document.blocks().get(window.get(lo).block()).kind() == BlockKind.HEADING;
  }

  private Evidence evidence(Sentence a, Sentence b, Qualifier q, boolean firm, boolean heading) {
    Block first = document.blocks().get(a.block());
    String quote;
    if (a.block() == b.block()) {
      quote = first.text().substring(a.start(), b.end());
    } else {
      StringBuilder sb = new StringBuilder(first.text().substring(a.start()));
      for (int k = a.block() + 1; k < b.block(); k++) {
        sb.append('\n').append(document.blocks().get(k).text());
      }
      sb.append('\n').append(document.blocks().get(b.block()).text(), 0, b.end());
      quote = sb.toString();
    }
    quote = Fold.display(quote);
    if (quote.length() > MAX_QUOTE) {
      quote = quote.substring(0, MAX_QUOTE - 1).strip() + "…";
    }
    int line = 0;
    if (first.line() > 0) {
      line = first.line();
      String t = first.text();
      for (int k = 0; k < a.start() && k < t.length(); k++) {
        if (t.charAt(k) == '\n') {
          line++;
        }
      }
    }
    int start = blockOffset[a.block()] + a.start();
    int end = blockOffset[b.block()] + b.end();
    return new Evidence(quote, a.block(), first.page(), first.headingPath(), line, start, end, q, firm, heading);
  }
}
