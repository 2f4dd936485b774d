package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

/**
 * Escapers for text from the model (document quotes, headings, checklist texts) on its way into
 * HTML, Markdown and spreadsheet cells. Every one first applies {@link SafeText#clean}, so control
 * characters, escapes and bidi overrides are gone before the destination's own rules apply.
 */
final class Markup {
  private Markup() {}

  /** Text for HTML element content and quoted attribute values. */
  static String html(String text) {
    String cleaned = clean(text);
    int i = 0;
    while (i < cleaned.length() && !special(cleaned.charAt(i))) {
      i++;
    }
    if (i == cleaned.length()) {
      return cleaned; // most report strings: nothing to escape, no copy
    }
    StringBuilder out = new StringBuilder(cleaned.length() + 16).append(cleaned, 0, i);
    for (; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      String e = entity(c);
      if (e == null) {
        out.append(c);
      } else {
        out.append(e);
      }
    }
    return out.toString();
  }

  /**
   * True for the characters {@link #entity} replaces. Every one of them is at most '>', so a letter
   * costs one comparison (profiled: the switch per character was 5 % of writing a batch's reports).
   */
  private static boolean special(char c) {
    return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }

  /**
   * Text for Markdown (GitHub/GitLab flavoured), safe in paragraphs, list items and table cells:
   * inline markup characters are backslash-escaped ({@code |} included, so a quote cannot split a
   * table cell), block markers ({@code # + - =}, "1.") only at the start where they act, {@code < > &} become entities so no HTML tag survives, and a
   * word joiner breaks {@code ://} and {@code www.} so bare URLs are not autolinked.
   */
  static String markdown(String text) {
    String cleaned = clean(text);
    StringBuilder out = new StringBuilder(cleaned.length() + 16);
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '!', '|', '~' ->
            out.append('\\').append(c);
        default -> out.append(i == 0 && "#+-=".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
      }
    }
    // "1." or "1)" at the start would open a numbered list
    if (out.length() > 1 && Character.isDigit(out.charAt(0))) {
      int end = 0;
      while (end < out.length() && Character.isDigit(out.charAt(end))) {
        end++;
      }
      if (end < out.length() && (out.charAt(end) == '.' || out.charAt(end) == ')')) {
        out.insert(end, '\\');
      }
    }
    return out.toString().replace("://", ":\u2060//").replace("www.", "www\u2060.");
  }

  /**
   * Text for a spreadsheet cell (CSV or XLSX): a value that a spreadsheet would read as a formula
   * (starting with {@code = + - @}, or tab/CR which some strip first) gets a leading apostrophe,
   * the OWASP advice against CSV injection. Numbers are written as numbers and never pass here.
   */
  static String cell(String text) {
    String cleaned = clean(text);
    if (!cleaned.isEmpty() && "=+-@\t\r".indexOf(cleaned.charAt(0)) >= 0) {
      return "'" + cleaned;
    }
    return cleaned;
  }
}
