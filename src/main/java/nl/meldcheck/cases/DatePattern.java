package nl.meldcheck.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict numeric date pattern such as {@code dd-MM-yyyy}, {@code d-M-yyyy} or {@code
 * yyyy-MM-dd}: {@code d}/{@code dd}, {@code M}/{@code MM}, {@code yyyy} and separator characters.
 * Hand-written rather than {@code DateTimeFormatter} because a million-row export parses millions
 * of cells and a fallback through exceptions is slow; strict so 31-02-2025 is no date.
 */
public final class DatePattern {
  private enum Part { DAY, MONTH, YEAR }

  private final String pattern;
  private final List<Object> tokens; // Part with its width in digits (Integer after it), or Character

  private DatePattern(String pattern, List<Object> tokens) {
    this.pattern = pattern;
    this.tokens = tokens;
  }

  /** The pattern, or an {@link IllegalArgumentException} with a Dutch reason. */
  public static DatePattern of(String pattern) {
    List<Object> tokens = new ArrayList<>();
    boolean d = false;
    boolean m = false;
    boolean y = false;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int j = i;
      while (j < pattern.length() && pattern.charAt(j) == c) {
        j++;
      }
      int n = j - i;
      switch (c) {
        case 'd' -> {
          if (n > 2 || d) {
            throw new IllegalArgumentException("'" + pattern + "': dag als d of dd, één keer");
          }
          d = true;
          tokens.add(Part.DAY);
          tokens.add(n);
        }
        case 'M' -> {
          if (n > 2 || m) {
            throw new IllegalArgumentException("'" + pattern + "': maand als M of MM, één keer");
          }
          m = true;
          tokens.add(Part.MONTH);
          tokens.add(n);
        }
        case 'y', 'u' -> {
          if (n != 4 || y) {
            throw new IllegalArgumentException("'" + pattern + "': jaar als yyyy, één keer");
          }
          y = true;
          tokens.add(Part.YEAR);
          tokens.add(4);
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            throw new IllegalArgumentException("'" + pattern + "': alleen d, dd, M, MM, yyyy en"
                + " scheidingstekens zijn toegestaan, niet '" + c + "'");
          }
          for (int k = 0; k < n; k++) {
            tokens.add(c);
          }
        }
      }
      i = j;
    }
    if (!d || !m || !y) {
      throw new IllegalArgumentException("'" + pattern + "': een datumpatroon heeft dag, maand"
          + " en jaar nodig");
    }
    return new DatePattern(pattern, List.copyOf(tokens));
  }

  public String pattern() {
    return pattern;
  }

  /** The date, or null when {@code s} does not match or names no real day. */
  public LocalDate parse(String s) {
    int day = 0;
    int month = 0;
    int year = 0;
    int pos = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Object tok = tokens.get(t);
      if (tok instanceof Character ch) {
        if (pos >= s.length() || s.charAt(pos) != ch) {
          return null;
        }
        pos++;
        continue;
      }
      int width = (Integer) tokens.get(++t);
      int start = pos;
      int max = width == 1 ? 2 : width; // d and M take one or two digits
      int v = 0;
      while (pos < s.length() && pos - start < max && isDigit(s.charAt(pos))) {
        v = v * 10 + s.charAt(pos) - '0';
        pos++;
      }
      int len = pos - start;
      if (len == 0 || width > 1 && len != width) {
        return null;
      }
      switch ((Part) tok) {
        case DAY -> day = v;
        case MONTH -> month = v;
        case YEAR -> year = v;
      }
    }
    if (pos != s.length() || month < 1 || month > 12 || day < 1 || year < 1000) {
      return null;
    }
    if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public String toString() {
    return pattern;
  }
}
