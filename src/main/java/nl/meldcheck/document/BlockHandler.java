package nl.meldcheck.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML SAX events into blocks while they stream; no XHTML string is built.
 *
 * <p>Breaks are inserted at every block element because Tika's plain-text output glues an ODT
 * heading to the next paragraph. {@link #ignorableWhitespace} must be handled: Tika sends its
 * newlines (including PDF line breaks inside a paragraph) that way. Paragraphs inside a table
 * cell or list item stay in that cell or item, separated by '\n'. Text in {@code <head>} (the
 * HTML title) is skipped; the title is kept as metadata instead.
 *
 * <p>Layout, as Tika 3.3 reports it (measured on files written by Word-style python-docx markup
 * and LibreOffice; see src/test/resources/fixtures/layout):
 *
 * <ul>
 *   <li>Tables are held in a {@link TableBuffer} until they end and become one block per row.
 *   <li>Text boxes: a {@code <p>} inside a {@code <p>} (DOCX) and a {@code <div>} inside a
 *       {@code <p>} (ODT) hold the text of a box; see {@link TextBoxes}.
 *   <li>DOCX headers and footers arrive as paragraphs of class "header"/"footer", once at the
 *       start and end and again at every section break: only the first copy of each is kept.
 *   <li>PDF pages are {@code <div class="page">}; running headers, footers and paragraphs broken
 *       by a page are repaired afterwards by {@link PageCleanup}.
 * </ul>
 */
final class BlockHandler extends DefaultHandler {
  /**
   * Thrown to stop the parse when the extracted text exceeds the character limit. It must be
   * Tika's own exception type: Tika's PDF parser catches other exceptions per page and goes on
   * with the next page, so a 4,000-page PDF would be read to the end, the limit thrown again on
   * every page (measured: 2.2 s instead of 0.8 s for the corpus's long.pdf).
   */
  static final class LimitReached extends WriteLimitReachedException {
    private static final long serialVersionUID = 1L;

    LimitReached(long maxChars) {
      super((int) Math.min(Integer.MAX_VALUE, maxChars));
    }
  }

  private enum Container { LI, CELL }

  private enum Div { PAGE, BOX, OTHER }

  private final long maxChars;
  private final StringBuilder buf = new StringBuilder();
  private final Deque<Container> containers = new ArrayDeque<>();
  private final Deque<Div> divs = new ArrayDeque<>();
  private final Deque<TableBuffer> tables = new ArrayDeque<>();
  private final List<RawBlock> raw = new ArrayList<>();
  private final Set<String> runningTexts = new HashSet<>();
  private List<Block> blocks;
  private long chars;
  private boolean limitReached;
  private int skipDepth; // inside head, script or style
  private int page;
  private int pageCount;
  private int headingLevel; // inside h1..h6
  private String paragraphClass;
  private int nestedParagraphs; // paragraphs open inside the innermost li or cell
  private int paragraphDepth; // <p> open outside li and cells; above 1 inside a DOCX text box
  private int boxDivs; // ODT text boxes open
  private int headDepth; // inside <thead>
  private int boldDepth; // inside <b> or <strong>
  private boolean lastLoneSpace; // the previous characters() was a single space (ODT box breaks)

  BlockHandler(long maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0 || isSkipped(name)) {
      skipDepth++;
      return;
    }
    switch (name) {
      case "p":
        if (!containers.isEmpty()) {
          nestedParagraphs++;
          softBreak();
          if (!tables.isEmpty() && HeadingRules.isTableHeadingClass(atts.getValue("class"))) {
            tables.peek().markHeadingStyle();
          }
        } else {
          flush();
          if (++paragraphDepth == 1) {
            paragraphClass = atts.getValue("class");
          }
        }
        break;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        flush();
        headingLevel = name.charAt(1) - '0';
        break;
      case "li":
        flush();
        containers.push(Container.LI);
        break;
      case "td": case "th":
        flush();
        containers.push(Container.CELL);
        if (!tables.isEmpty()) {
          tables.peek().startCell(name.equals("th"), TableBuffer.span(atts.getValue("colspan")));
        }
        break;
      case "table":
        flush();
        tables.push(new TableBuffer());
        break;
      case "tr":
        flush();
        if (!tables.isEmpty()) {
          tables.peek().startRow(headDepth > 0, page, 0);
        }
        break;
      case "thead":
        flush();
        headDepth++;
        break;
      case "b": case "strong":
        boldDepth++;
        break;
      case "div":
        flush();
        Div div = "page".equals(atts.getValue("class")) ? Div.PAGE
            : paragraphDepth > 0 && containers.isEmpty() ? Div.BOX : Div.OTHER;
        divs.push(div);
        if (div == Div.PAGE) {
          page = ++pageCount;
        } else if (div == Div.BOX) {
          boxDivs++;
        }
        break;
      case "br":
        buf.append('\n');
        break;
      default:
        if (isBlock(name)) {
          flush();
        }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (name) {
      case "p":
        if (!containers.isEmpty() && nestedParagraphs > 0) {
          nestedParagraphs--;
          softBreak();
        } else {
          flush();
          paragraphDepth = Math.max(0, paragraphDepth - 1);
          if (paragraphDepth == 0) {
            paragraphClass = null;
          }
        }
        break;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        flush();
        headingLevel = 0;
        break;
      case "li": case "td": case "th":
        flush();
        if (!containers.isEmpty()) {
          containers.pop();
        }
        nestedParagraphs = 0;
        if (!name.equals("li") && !tables.isEmpty()) {
          tables.peek().endCell();
        }
        break;
      case "table":
        endTable();
        break;
      case "tr":
        flush();
        if (!tables.isEmpty()) {
          tables.peek().endRow();
        }
        break;
      case "thead":
        flush();
        headDepth = Math.max(0, headDepth - 1);
        break;
      case "b": case "strong":
        boldDepth = Math.max(0, boldDepth - 1);
        break;
      case "div":
        flush();
        Div div = divs.isEmpty() ? Div.OTHER : divs.pop();
        if (div == Div.PAGE) {
          page = 0; // annotations or form fields after the pages belong to no page
        } else if (div == Div.BOX) {
          boxDivs--;
        }
        break;
      default:
        if (isBlock(name)) {
          flush();
        }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    count(length);
    boolean loneSpace = length == 1 && ch[start] == ' ';
    if (loneSpace && lastLoneSpace && boxDivs > 0) {
      buf.append('\n'); // between two paragraphs of an ODT box, see TextBoxes
      lastLoneSpace = false;
    } else {
      buf.append(ch, start, length);
      lastLoneSpace = loneSpace;
    }
    if (!tables.isEmpty()) {
      tables.peek().noteChars(ch, start, length, boldDepth > 0);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    count(length);
    if (buf.length() > 0) {
      buf.append(ch, start, length);
    }
  }

  /**
   * Counts the body's characters, whitespace between elements included, as Tika's own write limit
   * does (the head, with the title and metadata, is not text of the document).
   */
  private void count(int length) throws SAXException {
    chars += length;
    if (chars > maxChars) {
      limitReached = true;
      throw new LimitReached(maxChars);
    }
  }

  @Override
  public void endDocument() {
    flush();
    while (!tables.isEmpty()) {
      endTable(); // unclosed tables of broken HTML
    }
  }

  private void endTable() {
    flush();
    if (tables.isEmpty()) {
      return;
    }
    TableBuffer table = tables.pop();
    if (tables.isEmpty()) {
      table.emit(raw);
    } else {
      // a table in a cell: its rows become lines of that cell's text
      String flat = table.flatten();
      if (!flat.isEmpty()) {
        tables.peek().add(new RawBlock(BlockKind.TABLE_CELL, flat, 0, page, 0));
      }
    }
  }

  private void softBreak() {
    if (buf.length() > 0) {
      buf.append('\n');
    }
  }

  private void flush() {
    lastLoneSpace = false;
    if (buf.length() == 0) {
      return;
    }
    String text = TextClean.clean(buf);
    buf.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    BlockKind kind;
    int level = 0;
    int classLevel = HeadingRules.classLevel(paragraphClass);
    if (headingLevel > 0) {
      kind = BlockKind.HEADING;
      level = headingLevel;
    } else if (!containers.isEmpty()) {
      kind = containers.peek() == Container.LI ? BlockKind.LIST_ITEM : BlockKind.TABLE_CELL;
    } else if (paragraphDepth > 1 || boxDivs > 0) {
      kind = BlockKind.TEXT_BOX;
    } else if (classLevel > 0) {
      kind = BlockKind.HEADING;
      level = classLevel;
    } else if (HeadingRules.isListClass(paragraphClass)) {
      kind = BlockKind.LIST_ITEM;
    } else {
      kind = BlockKind.PARAGRAPH;
    }
    if (kind == BlockKind.PARAGRAPH && HeadingRules.isRunningClass(paragraphClass)
        && !runningTexts.add(text)) {
      return; // a DOCX header or footer again, at a section break
    }
    if ((kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM) && page == 0) {
      // only word-processor formats have VML boxes; a PDF line may well end in "("
      for (TextBoxes.Part part : TextBoxes.cutVmlBoxes(text)) {
        emit(part.box() ? BlockKind.TEXT_BOX : kind, part.text(), 0);
      }
    } else {
      emit(kind, text, level);
    }
  }

  private void emit(BlockKind kind, String text, int level) {
    RawBlock b = new RawBlock(kind, text, level, page, 0);
    if (tables.isEmpty()) {
      raw.add(b);
    } else {
      tables.peek().add(b);
    }
  }

  private static boolean isSkipped(String name) {
    return name.equals("head") || name.equals("script") || name.equals("style");
  }

  private static boolean isBlock(String name) {
    switch (name) {
      case "ul": case "ol": case "dl": case "dt": case "dd": case "tbody": case "tfoot":
      case "caption": case "blockquote": case "pre": case "hr":
      case "section": case "article": case "header": case "footer": case "nav": case "aside":
      case "address": case "figure": case "figcaption": case "form": case "body": case "main":
        return true;
      default:
        return false;
    }
  }

  /**
   * The document's blocks, built once the parse is done: for a paged document after
   * {@link PageCleanup}, then through the {@link BlockBuilder}'s heading rules.
   */
  List<Block> blocks() {
    if (blocks == null) {
      List<RawBlock> in = pageCount > 0 ? PageCleanup.apply(raw, pageCount) : raw;
      BlockBuilder builder = new BlockBuilder();
      for (RawBlock b : in) {
        builder.add(b.kind(), b.text(), b.level(), b.page(), b.line());
      }
      blocks = builder.blocks();
    }
    return blocks;
  }

  int pageCount() {
    return pageCount;
  }

  boolean limitReached() {
    return limitReached;
  }
}
