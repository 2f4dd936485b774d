package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A compiled phrase pattern over folded, stemmed Dutch words.
 *
 * <p>Syntax (documented for checklist authors in the README):
 *
 * <ul>
 *   <li>{@code veilig thuis} — words in sequence; each word matches on its stem, so "signalen"
 *       also finds "signaal", and case and diacritics never matter;
 *   <li>{@code overleg*} — prefix; {@code *geweld} — suffix (compounds); {@code *melding*} —
 *       infix; {@code =amk} — the exact word, no stemming;
 *   <li>{@code (vragen|inwinnen)} — alternatives; {@code (een)} or {@code (de|het|)} — optional;
 *   <li>{@code ...} — up to five words of any kind in between;
 *   <li>{@code gesprek && ouder*} — both parts in the same window (sentence by default), in any
 *       order.
 * </ul>
 */
public final class Pattern {
  /** Most words a {@code ...} gap skips. */
  public static final int GAP = 5;

  private final String source;
  private final List<List<Node>> parts;
  /** Every word of the pattern, by its slot (a word's position in the source). */
  private final List<Word> words;

  private Pattern(String source, List<List<Node>> parts, List<Word> words) {
    this.source = source;
    this.parts = parts;
    this.words = words;
    List<Heads> f = new ArrayList<>();
    List<List<Word>> fw = new ArrayList<>();
    for (List<Node> part : parts) {
      List<Word> first = firsts(part, 0);
      fw.add(first == null ? null : List.copyOf(first));
      f.add(first == null ? null : new Heads(first));
    }
    this.firsts = f;
    this.firstWords = java.util.Collections.unmodifiableList(fw);
    List<List<Word>> an = new ArrayList<>();
    for (List<Node> part : parts) {
      List<Word> a = anchors(part);
      an.add(a == null ? null : List.copyOf(a));
    }
    this.anchorWords = java.util.Collections.unmodifiableList(an);
    List<List<List<Word>>> req = new ArrayList<>();
    for (List<Node> part : parts) {
      req.add(requiredAnchors(part));
    }
    this.requiredAnchors = List.copyOf(req);
    this.partNodes = nodes(parts);
    this.ownsNegation = new boolean[parts.size()];
    for (int p = 0; p < parts.size(); p++) {
      ownsNegation[p] = spellsNegation(parts.get(p));
    }
  }

  /** The parts as arrays, for the matcher. */
  private final Node[][] partNodes;

  /** Per part: {@link #anchors(int)}, computed once (profiled: walking the nodes per search was 1.5 % of judging). */
  private final List<List<Word>> anchorWords;

  /** Per part: the words a match can begin with, or null when it can begin anywhere. */
  private final List<List<Word>> firstWords;

  /** Per part: the words a match can begin with, or null when it can begin anywhere (a gap first). */
  private final List<Heads> firsts;

  /**
   * The first words of a part as hash sets (literal words by folded form and stem) plus the few
   * prefix/suffix words, so testing a token costs two lookups however many alternatives there are.
   */
  private static final class Heads {
    private final java.util.Set<String> folded = new java.util.HashSet<>();
    private final java.util.Set<String> stems = new java.util.HashSet<>();
    private final List<Word> others = new ArrayList<>();

    Heads(List<Word> words) {
      for (Word w : words) {
        if (w.exact()) {
          folded.add(w.text());
        } else if (w.literal()) {
          folded.add(w.text());
          if (w.stem() != null) {
            stems.add(w.stem());
          }
        } else {
          others.add(w);
        }
      }
    }

    boolean test(Token t) {
      if (folded.contains(t.folded()) || stems.contains(t.stem())) {
        return true;
      }
      for (int i = 0; i < others.size(); i++) {
        if (others.get(i).matches(t)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The words a match of {@code seq} from node {@code i} can begin with, or null when unknown or
   * empty-able (a gap, or everything optional): then every position must be tried.
   */
  private static List<Word> firsts(List<Node> seq, int i) {
    if (i >= seq.size()) {
      return null;
    }
    Node n = seq.get(i);
    if (n instanceof Slot w) {
      return List.of(w.word());
    }
    if (n instanceof Group g) {
      List<Word> all = new ArrayList<>();
      for (List<Node> alt : g.alternatives) {
        List<Word> a = firsts(alt, 0);
        if (a == null) {
          return null;
        }
        all.addAll(a);
      }
      if (g.optional) {
        List<Word> rest = firsts(seq, i + 1);
        if (rest == null) {
          return null;
        }
        all.addAll(rest);
      }
      return all;
    }
    return null;
  }

  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }

  /** Negation words ({@link SentenceSplitter}'s) that a pattern may spell out itself. */
  private static final java.util.Set<String> NEGATION_WORDS =
      java.util.Set.of("geen", "niet", "nooit", "niets", "niemand", "nergens", "vacant", "onbezet", "ontbreekt",
          "ontbreken");

  /**
   * True when part {@code part} of the pattern spells out a negation itself ("toestemming ...
   * niet nodig"): then its match means what the pattern says, and the negation in the text is no
   * denial of it.
   */
  public boolean ownsNegation(int part) {
    return ownsNegation[part];
  }

  /** Per part: {@link #ownsNegation(int)}, computed once. */
  private boolean[] ownsNegation;

  private static boolean spellsNegation(List<Node> seq) {
    for (Node n : seq) {
      if (n instanceof Slot slot && NEGATION_WORDS.contains(slot.word().text())) {
        return true;
      }
      if (n instanceof Group g) {
        for (List<Node> alt : g.alternatives()) {
          if (spellsNegation(alt)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Number of {@code &&} parts. */
  int partCount() {
    return parts.size();
  }

  /** The words of the pattern by slot: {@link Tokens#word} gets the slot of the word it tests. */
  List<Word> words() {
    return words;
  }

  /** The words a match of part {@code p} can begin with, or null when it can begin anywhere. */
  List<Word> heads(int p) {
    return firstWords.get(p);
  }

  /**
   * The words of a sentence as a matcher sees them. The index tests words by number against sets
   * computed once per document ({@link DocumentIndex}); {@link #of(Pattern, List)} compares the
   * strings, for text outside an index (section headings, single sentences).
   */
  interface Tokens {
    int size();

    /** True when token {@code t} matches the word in slot {@code slot}. */
    boolean word(int slot, int t);

    /** False when a match of part {@code p} cannot begin at token {@code t}. */
    boolean head(int p, int t);

    static Tokens of(Pattern pattern, List<Token> tokens) {
      return new Tokens() {
        @Override
        public int size() {
          return tokens.size();
        }

        @Override
        public boolean word(int slot, int t) {
          return pattern.words.get(slot).matches(tokens.get(t));
        }

        @Override
        public boolean head(int p, int t) {
          Heads h = pattern.firsts.get(p);
          return h == null || h.test(tokens.get(t));
        }
      };
    }
  }

  /**
   * Finds part {@code p} in {@code tokens} from {@code from} on.
   *
   * @return {start, end} token indexes (end exclusive) of the first match, or null
   */
  int[] find(int p, List<Token> tokens, int from) {
    return find(p, Tokens.of(this, tokens), from);
  }

  /** As {@link #find(int, List, int)}, over a view of the tokens. */
  int[] find(int p, Tokens tokens, int from) {
    Node[] seq = partNodes[p];
    int[] end = new int[1];
    IntPredicate found = e -> {
      end[0] = e;
      return e > 0;
    };
    for (int t = from; t < tokens.size(); t++) {
      // test the words a match can start with before setting up the backtracking match: most
      // positions of a sentence fail there (profiled: the backtracking was ~10 % of a batch)
      if (!tokens.head(p, t)) {
        continue;
      }
      if (match(seq, 0, tokens, t, found)) {
        if (end[0] > t) {
          return new int[] {t, end[0]};
        }
      }
    }
    return null;
  }

  private static boolean match(Node[] seq, int i, Tokens toks, int t, IntPredicate k) {
    if (i == seq.length) {
      return k.test(t);
    }
    Node node = seq[i];
    if (node instanceof Slot w) {
      return t < toks.size() && toks.word(w.index(), t) && match(seq, i + 1, toks, t + 1, k);
    }
    if (node instanceof Gap) {
      for (int g = 0; g <= GAP && t + g <= toks.size(); g++) {
        if (match(seq, i + 1, toks, t + g, k)) {
          return true;
        }
      }
      return false;
    }
    Group grp = (Group) node;
    if (grp.singleWords) {
      // "(taken|rollen)": every alternative is one word, so all continue at t + 1 and one test
      // of the token decides; no continuation per alternative (profiled: those were most of the
      // garbage of judging)
      if (t < toks.size()) {
        for (Node[] alt : grp.alts) {
          if (alt.length > 0 && toks.word(((Slot) alt[0]).index(), t)) {
            if (match(seq, i + 1, toks, t + 1, k)) {
              return true;
            }
            break;
          }
        }
      }
      return grp.optional && match(seq, i + 1, toks, t, k);
    }
    for (Node[] alt : grp.alts) {
      if (alt.length > 0 && match(alt, 0, toks, t, t2 -> match(seq, i + 1, toks, t2, k))) {
        return true;
      }
    }
    return grp.optional && match(seq, i + 1, toks, t, k);
  }

  /**
   * Words of which every match of part {@code p} contains at least one, or null when the part has
   * no such word (then every sentence is a candidate). Used to look up candidate sentences in an
   * index instead of trying the pattern at every word of the document.
   */
  /**
   * Per required word or group of part {@code p}: the words one of which every match contains
   * (a word, or the first words of a required group's alternatives). A sentence without a word of
   * each can hold no match, so the index intersects their sentences. Empty when none is known.
   */
  List<List<Word>> requiredAnchors(int p) {
    return requiredAnchors.get(p);
  }

  private final List<List<List<Word>>> requiredAnchors;

  private static List<List<Word>> requiredAnchors(List<Node> seq) {
    List<List<Word>> out = new ArrayList<>();
    for (Node n : seq) {
      if (n instanceof Slot w) {
        out.add(List.of(w.word()));
      } else if (n instanceof Group g && !g.optional) {
        List<Word> all = new ArrayList<>();
        boolean known = true;
        for (List<Node> alt : g.alternatives) {
          List<Word> a = anchors(alt);
          if (a == null) {
            known = false;
            break;
          }
          all.addAll(a);
        }
        if (known) {
          out.add(List.copyOf(all));
        }
      }
    }
    return List.copyOf(out);
  }

  List<Word> anchors(int p) {
    return anchorWords.get(p);
  }

  private static List<Word> anchors(List<Node> seq) {
    for (Node n : seq) {
      if (n instanceof Slot w) {
        return List.of(w.word());
      }
      if (n instanceof Group g && !g.optional) {
        List<Word> all = new ArrayList<>();
        for (List<Node> alt : g.alternatives) {
          List<Word> a = anchors(alt);
          if (a == null) {
            return null;
          }
          all.addAll(a);
        }
        return all;
      }
    }
    return null;
  }

  // ---- compilation ----

  /** Compiles a pattern; every syntax error names its column. */
  public static Pattern compile(String source) throws PatternException {
    if (source == null || source.isBlank()) {
      throw new PatternException("empty pattern", 1);
    }
    List<List<Node>> parts = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    int start = 0;
    while (true) {
      int amp = source.indexOf("&&", start);
      String part = amp < 0 ? source.substring(start) : source.substring(start, amp);
      Parser parser = new Parser(part, start, words);
      List<Node> seq = parser.parseSeq();
      if (parser.pos < part.length()) {
        throw new PatternException("unexpected '" + part.charAt(parser.pos) + "'", start + parser.pos + 1);
      }
      if (!requiresWord(seq)) {
        throw new PatternException(
            part.isBlank() ? "empty part around '&&'" : "pattern part can match without any word",
            start + 1);
      }
      parts.add(seq);
      if (amp < 0) {
        break;
      }
      start = amp + 2;
    }
    return new Pattern(source, List.copyOf(parts), List.copyOf(words));
  }

  private static boolean requiresWord(List<Node> seq) {
    for (Node n : seq) {
      if (n instanceof Slot) {
        return true;
      }
      if (n instanceof Group g && !g.optional) {
        boolean all = true;
        for (List<Node> alt : g.alternatives) {
          all &= requiresWord(alt);
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  private interface Node {}

  private record Gap() implements Node {}

  /**
   * Alternatives, optionally empty; {@code alts} holds the same nodes as arrays, which the
   * matcher walks (a List.of is one of two classes, and the mix made C2 recompile the matcher).
   */
  private record Group(List<List<Node>> alternatives, boolean optional, boolean singleWords, Node[][] alts)
      implements Node {
    Group(List<List<Node>> alternatives, boolean optional) {
      this(alternatives, optional, alternatives.stream().allMatch(a -> a.isEmpty()
          || a.size() == 1 && a.get(0) instanceof Slot), nodes(alternatives));
    }
  }

  private static Node[][] nodes(List<List<Node>> seqs) {
    Node[][] out = new Node[seqs.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = seqs.get(i).toArray(new Node[0]);
    }
    return out;
  }

  /** A word in the pattern, with its slot in {@link #words()}. */
  private record Slot(int index, Word word) implements Node {}

  /**
   * A word of a pattern. Equal words of all patterns are one instance with one {@code id}, dense
   * from 0, so that a document index caches what a word matches in an array slot instead of a
   * map keyed by the word (profiled: hashing and comparing words was a tenth of judging).
   */
  record Word(String text, boolean exact, boolean prefix, boolean suffix, String stem, int id) {
    private record Key(String text, boolean exact, boolean prefix, boolean suffix, String stem) {}

    private static final java.util.concurrent.ConcurrentHashMap<Key, Word> ALL =
        new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger COUNT =
        new java.util.concurrent.atomic.AtomicInteger();

    static Word of(String text, boolean exact, boolean prefix, boolean suffix, String stem) {
      return ALL.computeIfAbsent(new Key(text, exact, prefix, suffix, stem),
          k -> new Word(text, exact, prefix, suffix, stem, COUNT.getAndIncrement()));
    }

    /** The number of distinct words compiled so far: every {@link #id} is below it. */
    static int count() {
      return COUNT.get();
    }

    boolean matches(Token t) {
      return matches(t.folded(), t.stem());
    }

    boolean matches(String folded, String tokenStem) {
      if (exact) {
        return folded.equals(text);
      }
      if (prefix && suffix) {
        return folded.contains(text);
      }
      if (prefix) {
        return folded.startsWith(text);
      }
      if (suffix) {
        return folded.endsWith(text);
      }
      return folded.equals(text) || tokenStem.equals(stem);
    }

    /** True when only an exact or stem lookup can match (no scan of the vocabulary needed). */
    boolean literal() {
      return !prefix && !suffix;
    }
  }

  private static final class Parser {
    private final String s;
    private final int offset;
    private final List<Word> words;
    int pos;

    Parser(String s, int offset, List<Word> words) {
      this.s = s;
      this.offset = offset;
      this.words = words;
    }

    List<Node> parseSeq() throws PatternException {
      List<Node> seq = new ArrayList<>();
      while (true) {
        skipSpaces();
        if (pos >= s.length()) {
          return seq;
        }
        char c = s.charAt(pos);
        if (c == ')' || c == '|') {
          return seq;
        }
        if (c == '(') {
          int open = pos;
          pos++;
          List<List<Node>> alts = new ArrayList<>();
          boolean optional = false;
          while (true) {
            List<Node> alt = parseSeq();
            if (alt.isEmpty()) {
              optional = true;
            }
            alts.add(alt);
            if (pos >= s.length()) {
              throw new PatternException("unclosed '('", offset + open + 1);
            }
            char d = s.charAt(pos++);
            if (d == ')') {
              break;
            }
          }
          if (alts.size() == 1) {
            optional = true;
          }
          seq.add(new Group(List.copyOf(alts), optional));
        } else if (s.startsWith("...", pos)) {
          pos += 3;
          seq.add(new Gap());
        } else {
          seq.addAll(parseWord());
        }
      }
    }

    private List<Node> parseWord() throws PatternException {
      int begin = pos;
      boolean exact = false;
      boolean suffix = false;
      if (s.charAt(pos) == '=') {
        exact = true;
        pos++;
      }
      if (pos < s.length() && s.charAt(pos) == '*') {
        suffix = true;
        pos++;
      }
      int wordStart = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (Tokenizer.isWordChar(c) || c == '-' || c == '/' || c == '\'' || c == '.' && pos + 1 < s.length()
            && Tokenizer.isWordChar(s.charAt(pos + 1))) {
          pos++;
        } else {
          break;
        }
      }
      String raw = s.substring(wordStart, pos);
      boolean prefix = false;
      if (pos < s.length() && s.charAt(pos) == '*') {
        prefix = true;
        pos++;
      }
      if (raw.isEmpty()) {
        char bad = begin < s.length() ? s.charAt(begin) : ' ';
        throw new PatternException(
            "expected a word at '" + (pos < s.length() ? s.charAt(pos) : bad) + "'", offset + begin + 1);
      }
      if (exact && (prefix || suffix)) {
        throw new PatternException("'=' cannot be combined with '*'", offset + begin + 1);
      }
      // "0800-2000" or "ouders/verzorgers" are several words in the text as well
      List<Token> toks = Tokenizer.tokenize(raw);
      if (toks.isEmpty()) {
        throw new PatternException("expected a word", offset + begin + 1);
      }
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < toks.size(); i++) {
        Token w = toks.get(i);
        boolean pre = prefix && i == toks.size() - 1;
        boolean suf = suffix && i == 0;
        Word word = Word.of(w.folded(), exact, pre, suf, w.stem());
        out.add(new Slot(words.size(), word));
        words.add(word);
      }
      return out;
    }

    private void skipSpaces() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
