package nl.meldcheck.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Undoes what pages do to the text of a paged document (PDF) before its blocks are built.
 *
 * <ul>
 *   <li><b>Running headers and footers</b> ("Meldcode Stichting X — versie 2024", "pagina 3 van
 *       12") are dropped: a line whose text, with digits normalised, is the first line of the first
 *       block or the last line of the last block of at least {@value #RUNNING_PAGES} pages (of more than half the pages when the document
 *       has fewer than six, and never of a single page) is page furniture, not content; a bare
 *       number only when it follows the page number (see {@link #edgeKey}). Repeated
 *       in every section they would otherwise be read as body text and quoted as evidence. Lines,
 *       not whole blocks, because PDF extraction often glues a header to the first paragraph of
 *       the page when the gap between them is small. Taking a line off exposes the next one at
 *       that edge, so the check repeats (a header of two lines goes in two rounds); a block left
 *       without lines is dropped.
 *   <li><b>Paragraphs broken by a page or column break</b> are joined again: a paragraph that
 *       does not end with sentence punctuation, followed on the same or the next page by one that
 *       starts in lower case, is one paragraph. Otherwise a sentence split over two pages could
 *       never be matched as a whole.
 * </ul>
 *
 * <p>Kept blocks keep their page; a joined paragraph keeps the page it starts on. One copy of
 * each running line that says something (not a bare page number) is added at the end of the
 * document with the page it first appeared on: a running footer is often the only place of a
 * document's adoption date and version.
 */
final class PageCleanup {
  static final int RUNNING_PAGES = 3;
  /** Rounds of taking running text off the page edges; no real header is more than three blocks. */
  private static final int ROUNDS = 3;

  private PageCleanup() {}

  static List<RawBlock> apply(List<RawBlock> blocks, int pages) {
    return joinBrokenParagraphs(dropRunningText(blocks, pages));
  }

  static List<RawBlock> dropRunningText(List<RawBlock> blocks, int pages) {
    if (pages < 2) {
      return blocks;
    }
    int needed = Math.max(2, Math.min(RUNNING_PAGES, pages / 2 + 1));
    // one copy of each running line is kept at the end, like a colophon: a footer often holds
    // the only adoption date and version of the document ("vastgesteld door de directie op ...")
    Map<String, RawBlock> kept = new LinkedHashMap<>();
    Lines[] lines = new Lines[blocks.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = new Lines(blocks.get(i).text().split("\n", -1));
    }
    for (int round = 0; round < ROUNDS; round++) {
      Map<Integer, int[]> edges = edges(blocks, lines);
      Map<String, Set<Integer>> pagesOf = new HashMap<>();
      for (Map.Entry<Integer, int[]> e : edges.entrySet()) {
        int[] edge = e.getValue();
        int page = e.getKey();
        pagesOf.computeIfAbsent(edgeKey(lines[edge[0]].first(), page), k -> new HashSet<>()).add(page);
        pagesOf.computeIfAbsent(edgeKey(lines[edge[1]].last(), page), k -> new HashSet<>()).add(page);
      }
      boolean any = false;
      for (Map.Entry<Integer, int[]> e : edges.entrySet()) {
        int page = e.getKey();
        Lines top = lines[e.getValue()[0]];
        Lines bottom = lines[e.getValue()[1]];
        boolean dropTop = pagesOf.get(edgeKey(top.first(), page)).size() >= needed;
        boolean dropBottom = pagesOf.get(edgeKey(bottom.last(), page)).size() >= needed;
        if (dropTop) {
          kept.putIfAbsent(edgeKey(top.first(), page), new RawBlock(BlockKind.PARAGRAPH, top.first(), 0, page, 0));
          top.from++;
        }
        if (dropBottom && !bottom.isEmpty()) {
          kept.putIfAbsent(edgeKey(bottom.last(), page), new RawBlock(BlockKind.PARAGRAPH, bottom.last(), 0, page, 0));
          bottom.to--;
        }
        any |= dropTop || dropBottom;
      }
      if (!any) {
        break;
      }
    }
    List<RawBlock> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock b = blocks.get(i);
      if (lines[i].isEmpty()) {
        continue;
      }
      String text = lines[i].text();
      out.add(text.equals(b.text()) ? b : new RawBlock(b.kind(), text, b.level(), b.page(), b.line()));
    }
    for (RawBlock r : kept.values()) {
      if (hasWords(r.text())) {
        out.add(r);
      }
    }
    return out;
  }

  /** True when a running line says something: two words of letters (not "12" or "pagina 3 van 12" alone). */
  private static boolean hasWords(String line) {
    int words = 0;
    for (String w : line.strip().split("\\s+")) {
      if (w.length() > 1 && w.chars().allMatch(Character::isLetter) && !w.equalsIgnoreCase("pagina")
          && !w.equalsIgnoreCase("van") && !w.equalsIgnoreCase("page") && !w.equalsIgnoreCase("of")) {
        words++;
      }
    }
    return words >= 2;
  }

  /** The lines of one block, of which those before {@code from} and from {@code to} on are taken off. */
  private static final class Lines {
    final String[] all;
    int from;
    int to;

    Lines(String[] all) {
      this.all = all;
      this.to = all.length;
    }

    boolean isEmpty() {
      return from >= to;
    }

    String first() {
      return all[from];
    }

    String last() {
      return all[to - 1];
    }

    String text() {
      return String.join("\n", java.util.Arrays.asList(all).subList(from, to));
    }
  }

  /** Per page, the indexes of its first and last block with lines left (blocks outside pages excluded). */
  private static Map<Integer, int[]> edges(List<RawBlock> blocks, Lines[] lines) {
    Map<Integer, int[]> edges = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      int page = blocks.get(i).page();
      if (lines[i].isEmpty() || page == 0) {
        continue;
      }
      int[] e = edges.get(page);
      if (e == null) {
        edges.put(page, new int[] {i, i});
      } else {
        e[1] = i;
      }
    }
    return edges;
  }

  /**
   * What a block at a page edge is compared by: its {@link #key}, and for a text without letters
   * also how its first number relates to the page. A bare page number ("3", "- 3 -") follows the
   * page; the bare numbers a table leaves at page edges ("921", the end of a phone number cut off
   * by PDF extraction) do not, and must stay.
   */
  static String edgeKey(String text, int page) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return key(text);
      }
    }
    long number = -1;
    for (int i = 0; i < text.length() && number < 100_000_000L; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        number = (number < 0 ? 0 : number * 10) + (c - '0');
      } else if (number >= 0) {
        break;
      }
    }
    return key(text) + "@" + (number < 0 ? "" : Long.toString(number - page));
  }

  /** The text with every run of digits as '#', lower case, spaces collapsed: "pagina # van #". */
  static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean digits = false;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        if (!digits) {
          sb.append('#');
        }
        digits = true;
        space = false;
        continue;
      }
      digits = false;
      if (Character.isWhitespace(c)) {
        if (!space && sb.length() > 0) {
          sb.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString().strip();
  }

  static List<RawBlock> joinBrokenParagraphs(List<RawBlock> blocks) {
    List<RawBlock> out = new ArrayList<>(blocks.size());
    for (RawBlock b : blocks) {
      int last = out.size() - 1;
      if (last >= 0) {
        RawBlock prev = out.get(last);
        if (prev.kind() == BlockKind.PARAGRAPH && b.kind() == BlockKind.PARAGRAPH
            && prev.page() > 0 && (b.page() == prev.page() || b.page() == prev.page() + 1)
            && continues(prev.text(), b.text())) {
          out.set(last, new RawBlock(BlockKind.PARAGRAPH, prev.text() + "\n" + b.text(), 0,
              prev.page(), prev.line()));
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  /**
   * Whether {@code next} continues {@code text}: no sentence end before the break, lower case
   * after it. A lettered list item ("a) melden", "b. overleg") starts in lower case too but is a
   * new item, not a continuation.
   */
  static boolean continues(String text, String next) {
    int end = text.length();
    while (end > 0 && ")]\"'\u201D\u2019".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || ".!?:;".indexOf(text.charAt(end - 1)) >= 0) {
      return false;
    }
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    return !(next.length() >= 2 && (next.charAt(1) == ')' || next.charAt(1) == '.')
        && (next.length() == 2 || next.charAt(2) == ' '));
  }
}
