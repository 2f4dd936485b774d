package nl.meldcheck.match;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds dates written in a document ("12 maart 2021", "12-03-2021", "2021-03-12", "maart
 * 2021", and a bare year next to a cue such as "versie 2021"). A date is <em>cued</em> when its
 * sentence, or the block just before it (a label cell such as "Vastgesteld op"), matches a cue:
 * those are the document's own dates rather than dates it writes about.
 */
public final class DateFinder {
  /**
   * A date found.
   *
   * @param date the date (first of the month or year when only those are given)
   * @param cued whether a cue word stands next to it
   * @param evidence where
   */
  public record Found(LocalDate date, boolean cued, Evidence evidence) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
      Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
      Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final String MONTH_RE =
      "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
          + "|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
  private static final java.util.regex.Pattern ISO =
      java.util.regex.Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final java.util.regex.Pattern DAY_MONTH_YEAR =
      java.util.regex.Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + MONTH_RE + "\\s+(\\d{4})(?!\\d)");
  private static final java.util.regex.Pattern MONTH_YEAR =
      java.util.regex.Pattern.compile("(?<![\\d\\p{L}])" + MONTH_RE + "\\s+(\\d{4})(?!\\d)");
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<![\\d\\p{L}-])((?:19|20)\\d{2})(?![\\d-])");

  private DateFinder() {}

  /** All dates in the document, in document order. */
  public static List<Found> find(DocumentIndex index, List<Pattern> cues) {
    List<Found> out = new ArrayList<>();
    List<Sentence> sentences = index.sentences();
    int prevCuedBlock = -2;
    for (Sentence s : sentences) {
      boolean cued = isCued(s, cues);
      boolean blockBeforeCued = prevCuedBlock == s.block() - 1 && !cued;
      String text = index.text(s).toLowerCase(Locale.ROOT);
      List<LocalDate> dates = new ArrayList<>();
      boolean specific = scan(text, dates);
      if (!specific && (cued || blockBeforeCued)) {
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
          dates.add(LocalDate.of(Integer.parseInt(y.group(1)), 1, 1));
        }
      }
      for (LocalDate d : dates) {
        out.add(new Found(d, cued || blockBeforeCued, index.evidence(s)));
      }
      if (cued) {
        prevCuedBlock = s.block();
      }
    }
    return out;
  }

  private static boolean isCued(Sentence s, List<Pattern> cues) {
    for (Pattern p : cues) {
      if (DocumentIndex.matches(p, s)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the specific dates in {@code text}; returns whether any was found. */
  private static boolean scan(String text, List<LocalDate> out) {
    int before = out.size();
    List<int[]> taken = new ArrayList<>();
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      add(out, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      add(out, taken, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, taken, m, Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, taken, m, Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), 1);
    }
    return out.size() > before;
  }

  private static void add(List<LocalDate> out, List<int[]> taken, Matcher m, int y, int mo, int d) {
    for (int[] t : taken) {
      if (m.start() < t[1] && t[0] < m.end()) {
        return;
      }
    }
    try {
      if (y >= 1990 && y <= 2100) {
        out.add(LocalDate.of(y, mo, d));
        taken.add(new int[] {m.start(), m.end()});
      }
    } catch (DateTimeException e) {
      // "31-02-2021" is no date; leave it
    }
  }
}
