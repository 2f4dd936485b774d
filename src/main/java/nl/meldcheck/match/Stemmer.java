package nl.meldcheck.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch Snowball stemming (via Lucene's generated stemmer), cached. Plurals and many derivations
 * meet (maatregelen/maatregel, signalen/signaal); verb participles do not, so patterns use
 * wildcards for those.
 */
public final class Stemmer {
  private static final ThreadLocal<DutchStemmer> STEMMER = ThreadLocal.withInitial(DutchStemmer::new);
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 200_000;

  private Stemmer() {}

  /** Stem of a folded word. */
  public static String stem(String folded) {
    String cached = CACHE.get(folded);
    return cached != null ? cached : compute(folded, STEMMER.get());
  }

  private static String compute(String folded, DutchStemmer s) {
    s.setCurrent(folded);
    s.stem();
    String stem = s.getCurrent();
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(folded, stem);
    }
    return stem;
  }

  /**
   * Stems for one document, on one thread: a word it repeats is looked up in a plain map, and a
   * word the shared cache lacks is stemmed without a thread-local lookup (profiled in a batch:
   * once the shared cache is full, every new word cost one, and the parser threads carry many).
   * Each distinct folded word also gets a number (in order of first appearance) and its
   * {@link SentenceSplitter#kind}, so the index and the splitter look nothing up per word.
   */
  static final class Local {
    /**
     * Words as written and their folded words, an open-addressing table looked up by a range of
     * the text: most words of a document repeat, and a repeat costs no substring (profiled: the
     * substring and map lookup per word were a tenth of building an index). Small at first:
     * headings and pattern words get a Local of their own.
     */
    private String[] writtenKeys = new String[64];
    private Folded[] writtenValues = new Folded[64];
    private int writtenCount;
    /** The folded words by folded form. */
    private final Map<String, Folded> byFolded = new HashMap<>();
    private final List<Folded> numbered = new ArrayList<>();
    private DutchStemmer stemmer;

    /**
     * A distinct folded word of the document.
     *
     * @param number its position among the document's distinct folded words, in order of first appearance
     * @param kind its {@link SentenceSplitter#kind} bits
     */
    record Folded(String folded, String stem, int number, int kind) {}

    /** The folded word of a word as written in the document. */
    Folded fold(String word) {
      return fold(word, 0, word.length());
    }

    /** The folded word of the word written at {@code text[start, end)}. */
    Folded fold(String text, int start, int end) {
      // String.hashCode of the range, so grow() can rehash the keys with hashCode()
      int h = 0;
      for (int k = start; k < end; k++) {
        h = 31 * h + text.charAt(k);
      }
      int len = end - start;
      int mask = writtenKeys.length - 1;
      int i = (h ^ (h >>> 16)) & mask;
      while (true) {
        String k = writtenKeys[i];
        if (k == null) {
          break;
        }
        if (k.length() == len && k.regionMatches(0, text, start, len)) {
          return writtenValues[i];
        }
        i = (i + 1) & mask;
      }
      String word = start == 0 && end == text.length() ? text : text.substring(start, end);
      Folded f = foldNew(word);
      writtenKeys[i] = word;
      writtenValues[i] = f;
      if (++writtenCount * 2 > writtenKeys.length) {
        grow();
      }
      return f;
    }

    private Folded foldNew(String word) {
      String folded = Fold.fold(word);
      Folded f = byFolded.get(folded);
      if (f == null) {
        String s = CACHE.get(folded);
        if (s == null) {
          if (stemmer == null) {
            stemmer = new DutchStemmer();
          }
          s = compute(folded, stemmer);
        }
        f = new Folded(folded, s, numbered.size(), SentenceSplitter.kind(folded));
        byFolded.put(folded, f);
        numbered.add(f);
      }
      return f;
    }

    /** Doubles the table (kept at most half full, so a probe ends soon at an empty slot). */
    private void grow() {
      String[] keys = writtenKeys;
      Folded[] values = writtenValues;
      writtenKeys = new String[keys.length * 2];
      writtenValues = new Folded[keys.length * 2];
      int mask = writtenKeys.length - 1;
      for (int j = 0; j < keys.length; j++) {
        if (keys[j] != null) {
          int h = keys[j].hashCode();
          int i = (h ^ (h >>> 16)) & mask;
          while (writtenKeys[i] != null) {
            i = (i + 1) & mask;
          }
          writtenKeys[i] = keys[j];
          writtenValues[i] = values[j];
        }
      }
    }

    /** The distinct folded words so far, by number. */
    List<Folded> words() {
      return numbered;
    }

    /** The {@link SentenceSplitter#kind} of word number {@code number}. */
    int kind(int number) {
      return numbered.get(number).kind();
    }
  }
}
