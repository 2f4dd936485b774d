package nl.meldcheck.document;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a text is Dutch from function words, which every language uses densely and
 * which survive OCR and extraction noise. Words shared by two of the four languages (de, en, in,
 * is, die, was...) are dropped from all lists, so only distinctive words count. At most the first
 * {@value #MAX_WORDS} words are looked at; that is plenty and keeps huge documents cheap.
 *
 * <p>A text is Dutch when it has fewer than {@value #MIN_WORDS} words (too little to judge: do
 * not reject a short document for its language), when no other language has
 * {@value #MIN_OTHER_HITS} hits (a bare list of steps and phone numbers), or when its Dutch hits
 * are at least {@value #MARGIN} times those of the strongest other language (English, German,
 * French).
 */
public final class DutchDetector {
  static final int MIN_WORDS = 30;
  static final int MAX_WORDS = 20_000;
  static final double MARGIN = 1.5;
  /** Fewer function words of any other language than this, and the text is not refused as foreign. */
  static final int MIN_OTHER_HITS = 3;

  private static final int NL = 0;
  private static final int EN = 1;
  private static final int DE = 2;
  private static final int FR = 3;

  private static final Map<String, Integer> WORDS = build(List.of(
      // Dutch
      "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij of door"
          + " naar dan uit wordt worden deze heeft hebben kan zal moet ons onze hun u uw hij zij"
          + " wat wie waar hoe geen nog wel maar tot na dit dus omdat indien tussen zonder tegen"
          + " waarbij waarin welke elke alle meer andere wanneer was we over je",
      // English
      "the of and to a in is that for it with as was on are be by this at from or an have not"
          + " which but they their has been will can would should all there we our you your he"
          + " she his her its who when what if than so any may must shall into about these those"
          + " such each other more also only over die",
      // German
      "der die das und ist nicht ein eine zu den von mit sich auf für im dem des auch es an"
          + " werden aus er sie nach bei wird einer um am sind noch wie einem über einen so zum"
          + " war haben nur oder aber vor zur bis mehr durch man dann soll wenn wir ihr kann als"
          + " in was",
      // French
      "le la les et est un une des du en dans que qui pour pas sur au avec ce il elle sont par"
          + " plus ne se ou mais nous vous leur aux cette été être ont son sa ses de te je"));

  private DutchDetector() {}

  private static Map<String, Integer> build(List<String> lists) {
    Map<String, Integer> map = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int lang = 0; lang < lists.size(); lang++) {
      for (String w : lists.get(lang).split(" ")) {
        Integer before = seen.putIfAbsent(w, lang);
        if (before == null) {
          map.put(w, lang);
        } else if (before != lang) {
          map.put(w, -1); // shared: counts for nobody
        }
      }
    }
    map.values().removeIf(v -> v < 0);
    return Map.copyOf(map);
  }

  /** Dutch hits as a share of all function-word hits, 0.0 when there are none. */
  public static double dutchShare(String text) {
    int[] hits = count(text);
    int all = hits[NL] + hits[EN] + hits[DE] + hits[FR];
    return all == 0 ? 0.0 : (double) hits[NL] / all;
  }

  /** Whether the text reads as Dutch; short texts count as Dutch. */
  public static boolean isDutch(String text) {
    int[] hits = count(text);
    if (hits[4] < MIN_WORDS) {
      return true;
    }
    int other = Math.max(hits[EN], Math.max(hits[DE], hits[FR]));
    if (other < MIN_OTHER_HITS) {
      // nothing speaks for another language: a bare list of steps and contacts has few function
      // words of any language, and it is Dutch
      return true;
    }
    return hits[NL] > 0 && hits[NL] >= MARGIN * other;
  }

  /** Hits per language in slots 0..3, word count in slot 4. */
  private static int[] count(String text) {
    int[] hits = new int[5];
    int n = text.length();
    int i = 0;
    while (i < n && hits[4] < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (i > start) {
        hits[4]++;
        if (i - start <= 8) {
          Integer lang = WORDS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
          if (lang != null) {
            hits[lang]++;
          }
        }
      }
    }
    return hits;
  }
}
