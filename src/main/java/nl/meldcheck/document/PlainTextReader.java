package nl.meldcheck.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TXT and Markdown directly (no Tika), so every block keeps the 1-based line of its first
 * line for the evidence. Paragraphs are separated by blank lines; list items start with "- ",
 * "* ", "+ ", "• ", "1. ", "1) " or "a) " and continue on the following non-blank lines.
 * Markdown adds '#' headings, setext underlines ("===" level 1, "---" level 2) and pipe tables,
 * which become one block per row like the tables of other formats ({@link TableBuffer}).
 */
final class PlainTextReader {
  private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*");
  private static final Pattern LIST = Pattern.compile("[ \t]*(?:[-*+\u2022]|\\d{1,3}[.)]|[a-z]\\))[ \t]+\\S.*");
  private static final Pattern SETEXT_1 = Pattern.compile(" {0,3}=+[ \t]*");
  private static final Pattern SETEXT_2 = Pattern.compile(" {0,3}-+[ \t]*");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("[ \t]*\\|?[ \t]*:?-+:?[ \t]*(\\|[ \t]*:?-+:?[ \t]*)*\\|?[ \t]*");
  /** A line of ten or more rule characters: "----------", "==========", "**********". */
  private static final Pattern RULE = Pattern.compile("[ \t]*([-=_*~#])\\1{9,}[ \t]*");
  private static final Pattern MD_HINT = Pattern.compile("(?m)^(#{1,6} \\S|```)");

  private PlainTextReader() {}

  /** Decodes UTF-8 (with or without BOM), UTF-16 with BOM, else windows-1252. */
  static String decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Content heuristic for text without a .md name: ATX headings or code fences at line start. */
  static boolean looksLikeMarkdown(String text) {
    return MD_HINT.matcher(text).find();
  }

  static List<Block> read(String text, boolean markdown) {
    return new PlainTextReader.Run(withoutPageFurniture(text.split("\r\n|\n|\r", -1)), markdown).run();
  }

  /** "Pagina 2 van 3", "Page 2 of 3", "blz. 4", "- 4 -", "2/3": a page number on a line of its own. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[ \t\f]*(?:(?:pagina|page|blz\\.?|blad)[ \t]+\\d{1,4}(?:[ \t]*(?:van|of|/)[ \t]*\\d{1,4})?"
          + "|-[ \t]*\\d{1,4}[ \t]*-|\\d{1,4}[ \t]*/[ \t]*\\d{1,4})[ \t]*",
      Pattern.CASE_INSENSITIVE);

  /**
   * A text printed from an intranet or exported from a word processor carries its pages along:
   * form feeds, "Pagina 2 van 3" and a running header at every break, often in the middle of a
   * sentence. Those lines become null (skipped without ending the paragraph), the form feed is
   * dropped, and a sentence broken by the page goes on. The array keeps its length so that line
   * numbers stay the file's own.
   */
  static String[] withoutPageFurniture(String[] lines) {
    List<Integer> breaks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].indexOf('\f') >= 0 || PAGE_NUMBER.matcher(lines[i]).matches()) {
        breaks.add(i);
      }
    }
    if (breaks.isEmpty()) {
      return lines;
    }
    String[] out = lines.clone();
    // a worded line next to two or more breaks is a running header or footer
    java.util.Map<String, Integer> nearBreaks = new java.util.HashMap<>();
    for (int b : breaks) {
      for (int i : neighbours(lines, b)) {
        nearBreaks.merge(key(lines[i]), 1, Integer::sum);
      }
    }
    for (int b : breaks) {
      for (int i : neighbours(lines, b)) {
        if (nearBreaks.get(key(lines[i])) >= 2) {
          out[i] = null;
        }
      }
      if (PAGE_NUMBER.matcher(lines[b]).matches()) {
        out[b] = null;
      } else if (out[b] != null) {
        out[b] = out[b].replace("\f", "");
      }
    }
    // a sentence cut by the page break goes on after it: skip the blank lines in between
    for (int b : breaks) {
      int before = b - 1;
      while (before >= 0 && (out[before] == null || out[before].isBlank())) {
        before--;
      }
      int after = b;
      while (after < out.length && (out[after] == null || out[after].isBlank())) {
        after++;
      }
      if (before >= 0 && after < out.length && before < b && continues(out[before], out[after])) {
        for (int i = before + 1; i < after; i++) {
          out[i] = null;
        }
      }
    }
    return out;
  }

  /** The nearest non-blank line on either side of a page break (the break line itself included when worded). */
  private static List<Integer> neighbours(String[] lines, int b) {
    List<Integer> found = new ArrayList<>();
    if (!PAGE_NUMBER.matcher(lines[b]).matches() && !lines[b].replace("\f", "").isBlank()) {
      found.add(b);
    }
    int i = b - 1;
    while (i >= 0 && lines[i].isBlank()) {
      i--;
    }
    if (i >= 0 && !PAGE_NUMBER.matcher(lines[i]).matches()) {
      found.add(i);
    }
    int j = b + 1;
    while (j < lines.length && lines[j].isBlank()) {
      j++;
    }
    if (j < lines.length && !PAGE_NUMBER.matcher(lines[j]).matches() && !found.contains(j)) {
      found.add(j);
    }
    return found;
  }

  private static String key(String line) {
    return line.replace("\f", "").strip();
  }

  private static boolean continues(String before, String after) {
    String a = before.stripTrailing();
    String b = after.stripLeading();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    char last = a.charAt(a.length() - 1);
    return ".!?:;".indexOf(last) < 0 && Character.isLowerCase(b.charAt(0));
  }

  /** One pass over the lines; holds the pending paragraph or list item. */
  private static final class Run {
    private final String[] lines;
    private final boolean markdown;
    private final BlockBuilder out = new BlockBuilder();
    private final List<String> para = new ArrayList<>();
    private int paraLine;
    private boolean paraIsItem;
    private TableBuffer table; // the pipe table being read, until its first non-table line
    private int tableRows;

    Run(String[] lines, boolean markdown) {
      this.lines = lines;
      this.markdown = markdown;
    }

    List<Block> run() {
      boolean inFence = false;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line == null) {
          continue; // page furniture, see withoutPageFurniture
        }
        int lineNo = i + 1;
        if (table != null && !(markdown && !inFence && line.stripLeading().startsWith("|"))) {
          endTable();
        }
        if (markdown && line.stripLeading().startsWith("```")) {
          inFence = !inFence;
          emit(i);
          continue; // the fence line itself is markup; its content reads as paragraphs
        }
        if (line.isBlank()) {
          emit(i);
          continue;
        }
        if (!inFence && boxedTitle(i)) {
          // "-----" / "WIE ZIJN ONZE GEDRAGSWETENSCHAPPERS?" / "-----": a title between two rules
          emit(i);
          out.add(BlockKind.HEADING, TextClean.clean(lines[i + 1].strip()), 1, 0, lineNo + 1);
          i += 2;
          continue;
        }
        if (markdown && !inFence && markdownLine(line, lineNo, i)) {
          continue;
        }
        if (!inFence && LIST.matcher(line).matches()) {
          emit(i);
          paraIsItem = true;
        }
        if (para.isEmpty()) {
          paraLine = lineNo;
        }
        para.add(line);
      }
      emit(lines.length);
      endTable();
      return out.blocks();
    }

    /** True when line {@code i} is a rule, the next a short title and the one after a rule again. */
    private boolean boxedTitle(int i) {
      if (i + 2 >= lines.length || lines[i + 1] == null || lines[i + 2] == null
          || !RULE.matcher(lines[i]).matches() || !RULE.matcher(lines[i + 2]).matches()) {
        return false;
      }
      String title = lines[i + 1].strip();
      return !title.isEmpty() && title.length() <= 100 && !RULE.matcher(title).matches();
    }

    /** Handles ATX and setext headings and table rows; false when the line is ordinary text. */
    private boolean markdownLine(String line, int lineNo, int i) {
      Matcher atx = ATX.matcher(line);
      if (atx.matches()) {
        emit(i);
        String title = atx.group(2) == null ? "" : TextClean.clean(atx.group(2));
        out.add(BlockKind.HEADING, title, atx.group(1).length(), 0, lineNo);
        return true;
      }
      if (para.size() == 1 && !paraIsItem
          && (SETEXT_1.matcher(line).matches() || SETEXT_2.matcher(line).matches())) {
        int level = line.contains("=") ? 1 : 2;
        out.add(BlockKind.HEADING, TextClean.clean(para.get(0)), level, 0, paraLine);
        para.clear();
        return true;
      }
      if (line.stripLeading().startsWith("|")) {
        emit(i);
        if (table == null) {
          table = new TableBuffer();
          tableRows = 0;
        }
        if (TABLE_SEPARATOR.matcher(line).matches()) {
          if (tableRows == 1) {
            table.separatorAfterFirstRow(); // GFM: the row above the separator is the header
          }
        } else {
          table.startRow(false, 0, lineNo);
          for (String cell : splitRow(line)) {
            table.startCell(false, 1);
            String text = TextClean.clean(cell);
            if (!text.isEmpty()) {
              table.add(new RawBlock(BlockKind.TABLE_CELL, text, 0, 0, lineNo));
            }
          }
          table.endRow();
          tableRows++;
        }
        return true;
      }
      return false;
    }

    /** A table ends at the first line that is not a table row: its rows become blocks. */
    private void endTable() {
      if (table == null) {
        return;
      }
      List<RawBlock> rows = new ArrayList<>();
      table.emit(rows);
      for (RawBlock r : rows) {
        out.add(r.kind(), r.text(), r.level(), r.page(), r.line());
      }
      table = null;
    }

    /**
     * Emits the pending paragraph or list item; {@code next} is the index of the line after it.
     * A one-line list item standing alone between blank lines ("1. Inleiding") is offered as a
     * paragraph so the numbered-heading rule can see it.
     */
    private void emit(int next) {
      if (para.isEmpty()) {
        paraIsItem = false;
        return;
      }
      if (!markdown && !paraIsItem && para.size() >= 2 && isTitleLine(para.get(0), para.get(1))) {
        // text copied off a web page or an intranet: a short line without punctuation over the
        // text it names ("Kindcheck" / "Onze praktijk ...") is that text's heading
        out.add(BlockKind.HEADING, TextClean.clean(para.get(0)), 2, 0, paraLine);
        para.remove(0);
        paraLine++;
      }
      String text = TextClean.clean(String.join("\n", para));
      BlockKind kind = paraIsItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
      if (paraIsItem && para.size() == 1 && HeadingRules.numberedLevel(text) != 0) {
        boolean blankBefore = paraLine == 1 || lines[paraLine - 2].isBlank();
        boolean blankAfter = next >= lines.length || lines[next].isBlank();
        if (blankBefore && blankAfter) {
          kind = BlockKind.PARAGRAPH;
        }
      }
      out.add(kind, text, 0, 0, paraLine);
      para.clear();
      paraIsItem = false;
    }
  }

  /** Words a line may have to be taken for a heading over the text below it. */
  static final int TITLE_WORDS = 6;

  /**
   * True when {@code line} reads as a heading of the line after it: at most {@value #TITLE_WORDS}
   * words, starting with a capital, ending without punctuation, and the next line starting with a
   * capital (a hard-wrapped sentence goes on in lower case, and its lines are longer).
   */
  static boolean isTitleLine(String line, String next) {
    String t = line.strip();
    String n = next.strip();
    if (t.isEmpty() || n.isEmpty() || !Character.isUpperCase(t.charAt(0)) || !Character.isUpperCase(n.charAt(0))) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (".,;:!?-–(".indexOf(last) >= 0 || HeadingRules.startsWithBullet(t)) {
      return false;
    }
    return t.split("\\s+").length <= TITLE_WORDS;
  }

  private static List<String> splitRow(String line) {
    String s = line.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|") && !s.endsWith("\\|")) {
      s = s.substring(0, s.length() - 1);
    }
    // empty cells are kept so that the cells below a header stay in their columns
    return List.of(s.split("(?<!\\\\)\\|", -1));
  }
}
