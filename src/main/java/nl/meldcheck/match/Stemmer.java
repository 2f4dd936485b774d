package nl.meldcheck.match;

import java.util.HashMap;
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
   */
  static final class Local {
    private final Map<String, String> seen = new HashMap<>();
    /** A word as written to its folded form and stem: most words of a document repeat. */
    private final Map<String, Folded> written = new HashMap<>();
    private DutchStemmer stemmer;

    /** The folded form and stem of a word as written in the document. */
    record Folded(String folded, String stem) {}

    Folded fold(String word) {
      Folded f = written.get(word);
      if (f == null) {
        String folded = Fold.fold(word);
        f = new Folded(folded, stem(folded));
        written.put(word, f);
      }
      return f;
    }

    String stem(String folded) {
      String s = seen.get(folded);
      if (s == null) {
        s = CACHE.get(folded);
        if (s == null) {
          if (stemmer == null) {
            stemmer = new DutchStemmer();
          }
          s = compute(folded, stemmer);
        }
        seen.put(folded, s);
      }
      return s;
    }
  }
}
