package nl.meldcheck.match;

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
    if (cached != null) {
      return cached;
    }
    DutchStemmer s = STEMMER.get();
    s.setCurrent(folded);
    s.stem();
    String stem = s.getCurrent();
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(folded, stem);
    }
    return stem;
  }
}
