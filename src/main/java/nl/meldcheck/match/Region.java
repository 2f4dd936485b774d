package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldcheck.document.Block;
import nl.meldcheck.document.BlockKind;
import nl.meldcheck.document.Document;

/**
 * The part of a document that may give evidence for a meldcode criterion: every sentence except
 * those about another topic (a bullying protocol's steps, a data-breach procedure, 112 for an
 * accident), and, in a long document that only embeds a meldcode (half a page in a school plan),
 * only the meldcode part. Also what the document is about, so that a meldcode is recognised by
 * its subject rather than by how many of its steps the patterns find.
 *
 * <p>A sentence is about another topic when it uses that topic's words, or stands in a section
 * whose heading does, and uses none of the meldcode's own words ({@link Topics#about}). A long
 * document (at least {@value #EMBED_MIN_WORDS} words) whose title does not call it a meldcode
 * embeds one when the sections about the meldcode's subject hold at most
 * {@value #EMBED_MAX_SHARE} of its words; then only those sections count.
 */
public final class Region {
  /** Documents shorter than this are never split into a meldcode part and the rest. */
  static final int EMBED_MIN_WORDS = 2000;
  /** The meldcode part of a longer document is at most this share of its words. */
  static final double EMBED_MAX_SHARE = 0.4;
  /** Sentences per window when looking for the densest stretch of sentences about the meldcode. */
  static final int CLUSTER_WINDOW = 40;
  /** A section with this many sentences about the meldcode, or this share of its sentences, belongs to it whole. */
  static final int SECTION_MIN_ABOUT = 3;
  static final double SECTION_MIN_SHARE = 0.3;
  /** Blocks at the start (before the first chapter) and end that speak for the whole document. */
  static final int FRONT_BLOCKS = 15;
  static final int BACK_BLOCKS = 3;
  /** Blocks of a cover page: the title, the organisation, adoption and version. */
  static final int COVER_BLOCKS = 5;

  private final BitSet allowed;
  private final int sentenceCount;
  private final int aboutCount;
  private final int densest;
  private final boolean titled;
  private final boolean embedded;
  private final List<String> parts;
  private final Map<String, Integer> excludedByTopic;
  private final BitSet about;

  private Region(BitSet allowed, int sentenceCount, int aboutCount, int densest, boolean titled, boolean embedded,
      List<String> parts, Map<String, Integer> excludedByTopic, BitSet about) {
    this.allowed = allowed;
    this.about = about;
    this.sentenceCount = sentenceCount;
    this.aboutCount = aboutCount;
    this.densest = densest;
    this.titled = titled;
    this.embedded = embedded;
    this.parts = List.copyOf(parts);
    this.excludedByTopic = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(excludedByTopic));
  }

  /** Every sentence counts. */
  public static Region all(DocumentIndex index) {
    int n = index.sentenceCount();
    BitSet all = new BitSet(n);
    all.set(0, n);
    return new Region(all, n, 0, 0, false, false, List.of(), Map.of(), new BitSet());
  }

  public static Region of(DocumentIndex index, Topics topics) {
    if (topics.isEmpty()) {
      return all(index);
    }
    Document doc = index.document();
    List<Block> blocks = doc.blocks();
    List<Sentence> sentences = index.sentences();
    int n = sentences.size();
    BitSet about = new BitSet(n);
    for (Pattern p : topics.about()) {
      about.or(index.sentencesMatching(p));
    }
    BitSet other = new BitSet(n);
    BitSet strict = new BitSet(n);
    Map<String, BitSet> byTopic = new LinkedHashMap<>();
    for (Topics.Other o : topics.others()) {
      BitSet b = new BitSet(n);
      for (Pattern p : o.patterns()) {
        b.or(index.sentencesMatching(p));
      }
      byTopic.put(o.id(), b);
      (o.strict() ? strict : other).or(b);
    }
    // sections: a heading about another topic puts its whole section on that topic, unless a
    // heading above or below it in the path is about the meldcode ("Pesten en kindermishandeling")
    // a document whose title is about another topic ("Pestprotocol") is on that topic throughout,
    // except where a heading or sentence is about the meldcode
    String docTopic = titleTopic(doc, topics);
    Map<String, Boolean> aboutHeading = new HashMap<>();
    Map<String, String> otherHeading = new HashMap<>();
    String[] sectionTopic = new String[blocks.size()];
    boolean[] underAbout = new boolean[blocks.size()];
    for (Block b : blocks) {
      String topic = docTopic;
      boolean a = false;
      for (String h : b.headingPath()) {
        if (!aboutHeading.containsKey(h)) {
          List<Token> tokens = Tokenizer.tokenize(h);
          aboutHeading.put(h, matchesAny(topics.about(), tokens));
          otherHeading.put(h, otherTopicOf(topics, tokens));
        }
        a |= aboutHeading.get(h);
        String t = otherHeading.get(h);
        if ((topic == null || topic.equals(docTopic)) && !t.isEmpty()) {
          topic = t;
        }
      }
      underAbout[b.index()] = a;
      sectionTopic[b.index()] = a ? null : topic;
    }
    boolean meldcodeChapter = false;
    for (boolean u : underAbout) {
      meldcodeChapter |= u;
    }
    BitSet allowed = new BitSet(n);
    Map<String, Integer> excluded = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      boolean isAbout = about.get(i);
      String topic = null;
      if (strict.get(i) || other.get(i) && !isAbout) {
        topic = topicOf(byTopic, i);
      } else if (!isAbout && sectionTopic[s.block()] != null
          && !(meldcodeChapter && s.block() < COVER_BLOCKS && sectionTopic[s.block()].equals(docTopic))) {
        // the cover of a "Schoolveiligheidsplan" with a meldcode chapter (its adoption, version,
        // owner) speaks for every chapter, that one included: only a sentence's own words put it on
        // another topic there
        topic = sectionTopic[s.block()];
      }
      if (topic == null) {
        allowed.set(i);
      } else {
        excluded.merge(topic, 1, Integer::sum);
        about.clear(i);
      }
    }
    int densest = densest(about, n);
    boolean titled = titled(doc, topics);
    int words = 0;
    for (Sentence s : sentences) {
      words += s.tokens().size();
    }
    List<String> parts = new ArrayList<>();
    boolean embedded = false;
    if (!titled && words >= EMBED_MIN_WORDS && !about.isEmpty()) {
      BitSet part = meldcodePart(blocks, sentences, about, underAbout, parts);
      int partWords = 0;
      for (int i = part.nextSetBit(0); i >= 0; i = part.nextSetBit(i + 1)) {
        partWords += sentences.get(i).tokens().size();
      }
      if (partWords <= EMBED_MAX_SHARE * words) {
        embedded = true;
        // the front and back matter speak for the whole document even when its title is about
        // another topic ("Schoolveiligheidsplan", version and adoption on its cover): only a
        // sentence's own words can put it on another topic there
        BitSet matter = frontAndBack(blocks, sentences);
        for (int i = matter.nextSetBit(0); i >= 0; i = matter.nextSetBit(i + 1)) {
          if (!strict.get(i) && !(other.get(i) && !about.get(i))) {
            allowed.set(i);
          }
        }
        allowed.and(part);
      } else {
        parts.clear();
      }
    }
    return new Region(allowed, n, about.cardinality(), densest, titled, embedded, parts, excluded, about);
  }

  /**
   * The sentences of the meldcode part: whole sections under a heading about the meldcode or
   * with enough sentences about it; elsewhere a sentence about it with its neighbours.
   */
  private static BitSet meldcodePart(List<Block> blocks, List<Sentence> sentences, BitSet about, boolean[] underAbout,
      List<String> parts) {
    int n = sentences.size();
    BitSet part = new BitSet(n);
    // the front and back matter speak for the whole document, the meldcode in it included: its
    // title, its adoption and version, its colophon
    part.or(frontAndBack(blocks, sentences));
    int i = 0;
    while (i < n) {
      List<String> path = blocks.get(sentences.get(i).block()).headingPath();
      int j = i;
      int aboutHere = 0;
      while (j < n && blocks.get(sentences.get(j).block()).headingPath().equals(path)) {
        aboutHere += about.get(j) ? 1 : 0;
        j++;
      }
      boolean whole = underAbout[sentences.get(i).block()]
          || aboutHere >= SECTION_MIN_ABOUT
          || aboutHere > 0 && aboutHere >= SECTION_MIN_SHARE * (j - i);
      if (whole) {
        part.set(i, j);
      } else {
        for (int k = about.nextSetBit(i); k >= 0 && k < j; k = about.nextSetBit(k + 1)) {
          part.set(Math.max(i, k - 1), Math.min(j, k + 2));
        }
      }
      if (aboutHere > 0 || whole) {
        String name = path.isEmpty() ? "" : path.get(path.size() - 1);
        if (!name.isEmpty() && !parts.contains(name)) {
          parts.add(name);
        }
      }
      i = j;
    }
    return part;
  }

  /** The sentences before the document's first chapter (at most {@value #FRONT_BLOCKS} blocks) and in its last blocks. */
  private static BitSet frontAndBack(List<Block> blocks, List<Sentence> sentences) {
    int secondHeading = -1;
    int headings = 0;
    for (Block b : blocks) {
      if (b.kind() == BlockKind.HEADING && ++headings == 2) {
        secondHeading = b.index();
        break;
      }
    }
    int front = Math.min(FRONT_BLOCKS, secondHeading < 0 ? FRONT_BLOCKS : secondHeading);
    int lastBlock = blocks.size() - 1;
    BitSet out = new BitSet(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      int b = sentences.get(s).block();
      if (b < front || b > lastBlock - BACK_BLOCKS || isColophon(blocks.get(b))) {
        out.set(s);
      }
    }
    return out;
  }

  /** Headings and opening words of the document's own particulars, wherever they stand. */
  private static final List<String> COLOPHON = List.of("colofon", "versiebeheer", "documentgegevens",
      "over dit document", "vaststelling", "documentbeheer");

  /** A colophon block: under such a heading, or opening with such a word ("Colofon / Kwaliteitshandboek ..."). */
  private static boolean isColophon(Block b) {
    for (String h : b.headingPath()) {
      String f = Fold.fold(h.strip());
      for (String c : COLOPHON) {
        if (f.startsWith(c)) {
          return true;
        }
      }
    }
    String t = Fold.fold(b.text().length() > 40 ? b.text().substring(0, 40) : b.text()).strip();
    for (String c : COLOPHON) {
      if (t.startsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private static int densest(BitSet about, int n) {
    int best = 0;
    for (int i = about.nextSetBit(0); i >= 0; i = about.nextSetBit(i + 1)) {
      int count = about.get(i, Math.min(n, i + CLUSTER_WINDOW)).cardinality();
      best = Math.max(best, count);
    }
    return best;
  }

  /** True when the document's title, or its first heading or line, calls it a meldcode. */
  private static boolean titled(Document doc, Topics topics) {
    for (String c : titleCandidates(doc)) {
      List<Token> tokens = Tokenizer.tokenize(c);
      if (matchesAny(topics.titles(), tokens) && !forOtherSubject(topics, tokens)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title that names another subject ("Meldcode ongewenste omgangsvormen", "Meldcode
   * dierenmishandeling") is that subject's code: it counts for the meldcode only when it also names
   * violence or abuse at home in words other than "meldcode", and never when the other subject is
   * a strict one.
   */
  private static boolean forOtherSubject(Topics topics, List<Token> tokens) {
    boolean other = false;
    for (Topics.Other o : topics.others()) {
      if (matchesAny(o.patterns(), tokens)) {
        if (o.strict()) {
          return true;
        }
        other = true;
      }
    }
    if (!other) {
      return false;
    }
    // in its own words: "huiselijk geweld", "kindermishandeling"; not a loose pairing meant for
    // sentences ("geweld" and "ouderen" in "Meldprotocol geweld in de zorgrelatie ... voor ouderen")
    for (Pattern p : topics.about()) {
      if (!p.source().startsWith("meldcode") && !p.source().contains("&&") && DocumentIndex.matchesAllParts(p, tokens)) {
        return false;
      }
    }
    return true;
  }

  /** The other topic the title is about, when it is not also about the meldcode; null otherwise. */
  private static String titleTopic(Document doc, Topics topics) {
    String topic = null;
    for (String c : titleCandidates(doc)) {
      List<Token> tokens = Tokenizer.tokenize(c);
      if ((matchesAny(topics.titles(), tokens) || matchesAny(topics.about(), tokens))
          && !forOtherSubject(topics, tokens)) {
        return null;
      }
      String t = otherTopicOf(topics, tokens);
      if (topic == null && !t.isEmpty()) {
        topic = t;
      }
    }
    return topic;
  }

  /** The metadata title and the first heading (or the first two lines when there is none yet). */
  private static List<String> titleCandidates(Document doc) {
    List<String> candidates = new ArrayList<>();
    String meta = doc.metadata().get("title");
    if (meta != null && !meta.isBlank()) {
      candidates.add(meta);
    }
    List<Block> blocks = doc.blocks();
    for (int b = 0; b < blocks.size() && b < 6; b++) {
      Block block = blocks.get(b);
      if (block.kind() == BlockKind.HEADING || b < 2) {
        String t = block.text();
        candidates.add(t.length() > 200 ? t.substring(0, 200) : t);
      }
      if (block.kind() == BlockKind.HEADING) {
        break;
      }
    }
    return candidates;
  }

  private static boolean matchesAny(List<Pattern> patterns, String text) {
    return matchesAny(patterns, Tokenizer.tokenize(text));
  }

  /** The text tokenised once for all patterns (a heading is tested against a hundred of them). */
  private static boolean matchesAny(List<Pattern> patterns, List<Token> tokens) {
    for (Pattern p : patterns) {
      if (DocumentIndex.matchesAllParts(p, tokens)) {
        return true;
      }
    }
    return false;
  }

  private static String otherTopicOf(Topics topics, String heading) {
    return otherTopicOf(topics, Tokenizer.tokenize(heading));
  }

  private static String otherTopicOf(Topics topics, List<Token> tokens) {
    for (Topics.Other o : topics.others()) {
      if (matchesAny(o.patterns(), tokens)) {
        return o.id();
      }
    }
    return "";
  }

  private static String topicOf(Map<String, BitSet> byTopic, int sentence) {
    for (Map.Entry<String, BitSet> e : byTopic.entrySet()) {
      if (e.getValue().get(sentence)) {
        return e.getKey();
      }
    }
    return "";
  }

  /**
   * Only the sentences about the meldcode's subject and those within {@code reach} of one: what a
   * document that is no meldcode says on the subject. Its adoption, training and evaluation are
   * those of the plan it is, not of a meldcode.
   */
  public Region nearAbout(int reach) {
    BitSet near = new BitSet(sentenceCount);
    for (int i = about.nextSetBit(0); i >= 0; i = about.nextSetBit(i + 1)) {
      near.set(Math.max(0, i - reach), Math.min(sentenceCount, i + reach + 1));
    }
    near.and(allowed);
    return new Region(near, sentenceCount, aboutCount, densest, titled, embedded, parts, excludedByTopic, about);
  }

  /** The sentences that may give evidence, as ordinals (do not modify). */
  public BitSet sentences() {
    return allowed;
  }

  /** Sentences about the meldcode's subject, other-topic sentences not counted. */
  public int aboutCount() {
    return aboutCount;
  }

  /** The share of the document's sentences that are about the meldcode's subject. */
  public double aboutShare() {
    return sentenceCount == 0 ? 0 : (double) aboutCount / sentenceCount;
  }

  /** Most sentences about the meldcode within {@value #CLUSTER_WINDOW} consecutive sentences. */
  public int densest() {
    return densest;
  }

  /** True when the title or first heading calls the document a meldcode. */
  public boolean titled() {
    return titled;
  }

  /** True when the meldcode is only a part of the document, and only that part counts. */
  public boolean embedded() {
    return embedded;
  }

  /** The headings of the meldcode part when {@link #embedded}. */
  public List<String> parts() {
    return parts;
  }

  /** Sentences left out per other topic. */
  public Map<String, Integer> excludedByTopic() {
    return excludedByTopic;
  }
}
