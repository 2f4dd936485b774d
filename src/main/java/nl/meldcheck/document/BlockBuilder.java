package nl.meldcheck.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects blocks in reading order and keeps the heading path. Shared by the Tika SAX route and
 * the plain-text route so both apply the same heading rules.
 *
 * <p>Heading levels: explicit levels (h1..h6, "Kop N" styles, Markdown '#') are taken as given.
 * Numbered paragraphs follow {@link HeadingRules}. A "Stap N" heading gets one level below the
 * nearest enclosing heading that is not itself a step (level 1 when there is none), so the five
 * steps of a meldcode are siblings under whatever chapter holds them.
 */
final class BlockBuilder {
  private record Open(String text, int level, boolean step) {}

  private final List<Block> blocks = new ArrayList<>();
  private final List<Open> open = new ArrayList<>();
  private List<String> path = List.of();

  /**
   * Adds a block of already cleaned text. A PARAGRAPH may turn into a HEADING (numbered wording)
   * or LIST_ITEMs (lines starting with a bullet character); a paragraph whose first line is a numbered heading is
   * split into that heading and the rest.
   */
  void add(BlockKind kind, String text, int level, int page, int line) {
    if (text.isEmpty()) {
      return;
    }
    if (kind == BlockKind.HEADING) {
      heading(text, Math.max(1, Math.min(level, 6)), false, page, line);
      return;
    }
    if (kind == BlockKind.PARAGRAPH && endsWrappedHeading(text)) {
      // "4.6 Zorgen over de thuissituatie: onze" / "meldcode" came apart into a heading and a
      // paragraph: the first word or two belong to the heading
      int nl = text.indexOf('\n');
      Block h = blocks.remove(blocks.size() - 1);
      Open o = open.remove(open.size() - 1);
      heading(h.text() + " " + (nl < 0 ? text : text.substring(0, nl)).strip(), o.level(), o.step(), h.page(), h.line());
      if (nl < 0) {
        return;
      }
      text = text.substring(nl + 1);
    }
    if (kind == BlockKind.PARAGRAPH) {
      int nl = text.indexOf('\n');
      String first = nl < 0 ? text : text.substring(0, nl);
      int numbered = HeadingRules.numberedLevel(first);
      if (numbered != 0 && nl >= 0 && isWrappedSentence(first, text.substring(nl + 1))) {
        numbered = 0; // "2. Voordat een melding wordt gedaan, bespreekt de behandelaar ..." / "naar diens reactie."
      }
      if (numbered == 0 && nl >= 0 && HeadingRules.chapterBeforeSection(first, text.substring(nl + 1))) {
        numbered = 1;
      }
      if (numbered != 0) {
        int lines = 1;
        // a heading that wraps in a PDF ("Stap 2: ... raadplegen van het" / "AMK of het Steunpunt")
        // ends its first line on a function word; its second line belongs to the heading
        int nl2 = nl < 0 ? -1 : text.indexOf('\n', nl + 1);
        String second = nl < 0 ? "" : nl2 < 0 ? text.substring(nl + 1) : text.substring(nl + 1, nl2);
        if (nl >= 0 && HeadingRules.continuesOnNextLine(first) && HeadingRules.couldEndHeading(second)) {
          first = first + " " + second;
          nl = nl2;
          lines = 2;
        }
        heading(first, numbered, numbered == HeadingRules.STEP, page, line);
        if (nl >= 0) {
          add(BlockKind.PARAGRAPH, text.substring(nl + 1), 0, page, line == 0 ? 0 : line + lines);
        }
        return;
      }
      if (splitBullets(text, page, line)) {
        return;
      }
    }
    blocks.add(new Block(blocks.size(), kind, text, path, 0, page, line));
  }

  /**
   * True when the paragraph's first line ends the heading just before it: the heading stops on a
   * function word or possessive and the line is one or two lower-case words without punctuation.
   */
  private boolean endsWrappedHeading(String text) {
    if (blocks.isEmpty() || open.isEmpty() || blocks.get(blocks.size() - 1).kind() != BlockKind.HEADING) {
      return false;
    }
    String heading = blocks.get(blocks.size() - 1).text();
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).strip();
    String[] words = first.split("\\s+");
    int sp = heading.strip().lastIndexOf(' ');
    String last = heading.strip().substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
    return !first.isEmpty() && words.length <= 2 && Character.isLowerCase(first.charAt(0))
        && HeadingRules.couldEndHeading(first) && first.chars().noneMatch(c -> c == ',' || c == '.')
        && (HeadingRules.continuesOnNextLine(heading) || POSSESSIVES.contains(last));
  }

  private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("onze", "ons", "uw", "jouw", "je",
      "mijn", "zijn", "haar", "hun");

  /**
   * True when a numbered first line is the start of a sentence that wraps onto the next line: the
   * next line goes on in lower case and the first is long or has a comma (a numbered article
   * paragraph, "lid 2", rather than a title).
   */
  static boolean isWrappedSentence(String first, String rest) {
    if (first.indexOf(',') != first.lastIndexOf(',')) {
      return true; // two commas: an enumeration in a sentence, not a title
    }
    String next = rest.stripLeading();
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    String[] words = first.strip().split("\\s+");
    // "2. Het landelijke afwegingskader gaat / ervan uit dat ...": a title does not end on a verb,
    // an article or a preposition
    String lastWord = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    // (a step heading may wrap on a function word: "Stap 2: raadplegen van / een deskundige")
    boolean step = first.strip().toLowerCase(java.util.Locale.ROOT).matches("^(\\d+[.)]?\\s+)?(stap|fase)\\b.*");
    // ... nor a wrapped heading whose second line only ends it ("3. Gesprek met de / deelnemer")
    int nl = next.indexOf('\n');
    boolean longNext = (nl < 0 ? next : next.substring(0, nl)).strip().split("\\s+").length >= 4;
    return first.indexOf(',') >= 0 || words.length > 8 || !step && longNext
        && (HeadingRules.continuesOnNextLine(first) || TITLE_CANNOT_END_ON_VERB.contains(lastWord));
  }

  /** Finite verbs a title does not end on (the function words are {@link HeadingRules#continuesOnNextLine}'s). */
  private static final java.util.Set<String> TITLE_CANNOT_END_ON_VERB = java.util.Set.of("gaat", "gaan", "wordt",
      "worden", "is", "zijn", "heeft", "hebben", "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zal",
      "zullen", "wil", "willen");

  /**
   * PDF and RTF lists arrive as one paragraph whose lines start with bullet characters. Each
   * bullet line starts a LIST_ITEM (following lines without a bullet continue it); text before the
   * first bullet stays a paragraph. Returns false, adding nothing, when no line has a bullet.
   */
  private boolean splitBullets(String text, int page, int line) {
    String[] lines = text.split("\n", -1);
    boolean any = false;
    for (String l : lines) {
      any |= HeadingRules.startsWithBullet(l);
    }
    if (!any) {
      return false;
    }
    StringBuilder part = new StringBuilder();
    BlockKind kind = BlockKind.PARAGRAPH;
    int partLine = line;
    for (int i = 0; i < lines.length; i++) {
      if (HeadingRules.startsWithBullet(lines[i]) && part.length() > 0) {
        blocks.add(new Block(blocks.size(), kind, part.toString(), path, 0, page, partLine));
        part.setLength(0);
      }
      if (part.length() == 0) {
        kind = HeadingRules.startsWithBullet(lines[i]) ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
        partLine = line == 0 ? 0 : line + i;
      } else {
        part.append('\n');
      }
      part.append(lines[i]);
    }
    blocks.add(new Block(blocks.size(), kind, part.toString(), path, 0, page, partLine));
    return true;
  }

  private void heading(String text, int level, boolean step, int page, int line) {
    if (step) {
      int parent = 0;
      for (int i = open.size() - 1; i >= 0; i--) {
        if (!open.get(i).step()) {
          parent = open.get(i).level();
          break;
        }
      }
      level = Math.min(parent + 1, 6);
    }
    while (!open.isEmpty() && open.get(open.size() - 1).level() >= level) {
      open.remove(open.size() - 1);
    }
    open.add(new Open(text, level, step));
    List<String> p = new ArrayList<>(open.size());
    for (Open o : open) {
      p.add(o.text());
    }
    path = List.copyOf(p);
    blocks.add(new Block(blocks.size(), BlockKind.HEADING, text, path, level, page, line));
  }

  List<Block> blocks() {
    return blocks;
  }
}
