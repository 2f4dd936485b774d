package nl.meldcheck.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises headings that are only visible from their wording: "Stap 3: Bespreek..." and
 * section numbers such as "2." or "2.1 Doel". Meldcodes are often written without heading styles
 * (and PDFs never carry them), so these paragraphs are what makes "Stap 2" scoping possible.
 *
 * <p>A candidate is at most {@value #MAX_LENGTH} characters, one line, and does not end like a
 * sentence ('.', '!', '?', ';' or ','). A section number gives the level from its depth ("2." = 1,
 * "2.1" = 2, "2.1.3" = 3); a "Stap N" heading returns {@link #STEP}: its level is decided by the
 * {@link BlockBuilder} relative to the enclosing heading.
 */
final class HeadingRules {
  static final int MAX_LENGTH = 90;
  /** Marker level for "Stap N" headings. */
  static final int STEP = -1;

  private static final Pattern STEP_HEADING =
      Pattern.compile("(?iu)stap\\s+(?:\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)"
          + "(?:\\s*[:.\\-\u2013\u2014)]\\s*|\\s+|$)\\S?.*");
  private static final Pattern SECTION_NUMBER =
      Pattern.compile("(\\d{1,2})((?:\\.\\d{1,2}){0,4})(\\.?)\\s+(\\p{Lu}|\\p{Lt}).*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CLASS_HEADING =
      Pattern.compile("(?:heading|kop)_?([1-6])(?:_.*)?");
  private static final Pattern CLASS_LIST = Pattern.compile("(?:list|lijst).*");

  private HeadingRules() {}

  /** The heading level of a paragraph from its wording, {@link #STEP}, or 0 when not a heading. */
  /** A full stop ending a sentence inside the line ("zelf. Jeugdhulp…"), not a number ("2.1 ") or abbreviation. */
  private static final java.util.regex.Pattern INNER_SENTENCE_END =
      java.util.regex.Pattern.compile("\\p{Ll}{2,}[.!?] +\\p{Lu}");

  private static final Pattern CHAPTER_WITHOUT_DOT = Pattern.compile("(\\d{1,2}) +\\p{Lu}[^.!?;:,]*");

  /**
   * "6 Meldcode huiselijk geweld en kindermishandeling" over "6.1 Uitgangspunten": a number
   * without a dot is a chapter title when its first section follows on the next line (on its own
   * it may be a sentence: "3 medewerkers volgen de training").
   */
  static boolean chapterBeforeSection(String first, String rest) {
    if (first.length() > MAX_LENGTH) {
      return false;
    }
    Matcher m = CHAPTER_WITHOUT_DOT.matcher(first.strip());
    return m.matches() && rest.stripLeading().startsWith(m.group(1) + ".1 ");
  }

  static int numberedLevel(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH || text.indexOf('\n') >= 0) {
      return 0;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ';' || last == ',') {
      return 0;
    }
    if (INNER_SENTENCE_END.matcher(text).find()) {
      return 0; // "3. Gesprek Bespreek de zorgen met de ouders. Jeugdhulpverlener": a table row, not a title
    }
    char first = text.charAt(0);
    if (first == 'S' || first == 's') {
      return STEP_HEADING.matcher(text).matches() ? STEP : 0;
    }
    if (first < '0' || first > '9') {
      return 0;
    }
    Matcher m = SECTION_NUMBER.matcher(text);
    if (!m.matches()) {
      return 0;
    }
    String deeper = m.group(2);
    if (deeper.isEmpty() && m.group(3).isEmpty()) {
      return 0; // "3 Medewerkers ..." is a sentence with a number, "3. ..." or "3.1 ..." a heading
    }
    int depth = 1;
    for (int i = 0; i < deeper.length(); i++) {
      if (deeper.charAt(i) == '.') {
        depth++;
      }
    }
    return Math.min(depth, 6);
  }

  /** Heading level from a Tika paragraph class such as "kop_2" or "heading_1", else 0. */
  static int classLevel(String cssClass) {
    if (cssClass == null || cssClass.isEmpty()) {
      return 0;
    }
    Matcher m = CLASS_HEADING.matcher(cssClass.toLowerCase(Locale.ROOT));
    return m.matches() ? m.group(1).charAt(0) - '0' : 0;
  }

  /** Whether a Tika paragraph class names a list style ("list_paragraph", "lijstalinea"...). */
  static boolean isListClass(String cssClass) {
    return cssClass != null && CLASS_LIST.matcher(cssClass.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * Whether a Tika paragraph class is a page header or footer style: Word stores these built-in
   * styles as "header" and "footer" whatever the language of its user interface.
   */
  static boolean isRunningClass(String cssClass) {
    if (cssClass == null) {
      return false;
    }
    String c = cssClass.toLowerCase(Locale.ROOT);
    return c.equals("header") || c.equals("footer") || c.equals("koptekst") || c.equals("voettekst");
  }

  /** Whether a Tika paragraph class is a table-heading style (LibreOffice's "Table Heading"). */
  static boolean isTableHeadingClass(String cssClass) {
    if (cssClass == null) {
      return false;
    }
    String c = cssClass.toLowerCase(Locale.ROOT);
    return c.equals("table_heading") || c.startsWith("tabelkop");
  }

  /** Whether a paragraph starts with a bullet character followed by a space (PDF, RTF lists). */
  static boolean startsWithBullet(String text) {
    if (text.length() < 2 || !Character.isWhitespace(text.charAt(1))) {
      return false;
    }
    switch (text.charAt(0)) {
      case '\u2022': case '\u00B7': case '\u25E6': case '\u25AA': case '\u25CF': case '\uF0B7':
      case '\u2013': case '-': case '*': case '\u2043': case '\u25A0':
        return true;
      default:
        return false;
    }
  }

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "de", "het", "een", "van", "en", "of", "met", "aan", "bij", "voor", "in", "op", "te", "door",
      "naar", "om", "over", "tot", "zo", "nodig", "na", "als", "die", "dat");

  /** True when a heading line plainly stops mid-phrase (ends on a function word, comma or dash). */
  static boolean continuesOnNextLine(String line) {
    String t = line.strip();
    if (t.endsWith(",") || t.endsWith("–") || t.endsWith("-")) {
      return true;
    }
    int sp = t.lastIndexOf(' ');
    String last = (sp < 0 ? t : t.substring(sp + 1)).toLowerCase(java.util.Locale.ROOT);
    return FUNCTION_WORDS.contains(last);
  }

  /** True when a line can be the end of a wrapped heading: short, no sentence punctuation. */
  static boolean couldEndHeading(String line) {
    String t = line.strip();
    return !t.isEmpty() && t.length() <= 60 && !t.matches(".*[.!?;:]$");
  }
}
