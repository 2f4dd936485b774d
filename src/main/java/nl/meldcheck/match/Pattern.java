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

  private Pattern(String source, List<List<Node>> parts) {
    this.source = source;
    this.parts = parts;
    List<Heads> f = new ArrayList<>();
    for (List<Node> part : parts) {
      List<Word> words = firsts(part, 0);
      f.add(words == null ? null : new Heads(words));
    }
    this.firsts = f;
  }

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
    if (n instanceof Word w) {
      return List.of(w);
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

  /** Number of {@code &&} parts. */
  int partCount() {
    return parts.size();
  }

  /**
   * Finds part {@code p} in {@code tokens} from {@code from} on.
   *
   * @return {start, end} token indexes (end exclusive) of the first match, or null
   */
  int[] find(int p, List<Token> tokens, int from) {
    List<Node> seq = parts.get(p);
    int[] end = new int[1];
    // test the words a match can start with before setting up the backtracking match: most
    // positions of a sentence fail there (profiled: the backtracking was ~10 % of a batch)
    Heads heads = firsts.get(p);
    for (int t = from; t < tokens.size(); t++) {
      if (heads != null && !heads.test(tokens.get(t))) {
        continue;
      }
      if (match(seq, 0, tokens, t, e -> {
            end[0] = e;
            return e > 0;
          })) {
        if (end[0] > t) {
          return new int[] {t, end[0]};
        }
      }
    }
    return null;
  }

  private static boolean match(List<Node> seq, int i, List<Token> toks, int t, IntPredicate k) {
    if (i == seq.size()) {
      return k.test(t);
    }
    Node node = seq.get(i);
    if (node instanceof Word w) {
      return t < toks.size() && w.matches(toks.get(t)) && match(seq, i + 1, toks, t + 1, k);
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
    for (List<Node> alt : grp.alternatives) {
      if (!alt.isEmpty() && match(alt, 0, toks, t, t2 -> match(seq, i + 1, toks, t2, k))) {
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
  List<Word> anchors(int p) {
    return anchors(parts.get(p));
  }

  private static List<Word> anchors(List<Node> seq) {
    for (Node n : seq) {
      if (n instanceof Word w) {
        return List.of(w);
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
    int start = 0;
    while (true) {
      int amp = source.indexOf("&&", start);
      String part = amp < 0 ? source.substring(start) : source.substring(start, amp);
      Parser parser = new Parser(part, start);
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
    return new Pattern(source, List.copyOf(parts));
  }

  private static boolean requiresWord(List<Node> seq) {
    for (Node n : seq) {
      if (n instanceof Word) {
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

  private record Group(List<List<Node>> alternatives, boolean optional) implements Node {}

  record Word(String text, boolean exact, boolean prefix, boolean suffix, String stem) implements Node {
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
    int pos;

    Parser(String s, int offset) {
      this.s = s;
      this.offset = offset;
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
      List<Token> words = Tokenizer.tokenize(raw);
      if (words.isEmpty()) {
        throw new PatternException("expected a word", offset + begin + 1);
      }
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        Token w = words.get(i);
        boolean pre = prefix && i == words.size() - 1;
        boolean suf = suffix && i == 0;
        out.add(new Word(w.folded(), exact, pre, suf, w.stem()));
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
