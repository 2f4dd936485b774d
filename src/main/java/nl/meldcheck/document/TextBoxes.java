package nl.meldcheck.document;

import java.util.ArrayList;
import java.util.List;

/**
 * How the text of text boxes and shapes arrives from Tika 3.3, measured on boxes written by
 * LibreOffice and in Word's own markup (fixtures/layout/kaders*). {@link BlockHandler} turns each
 * into TEXT_BOX blocks, which never become headings: a box "Stap 2: overleg" in a flowchart labels
 * a shape and must not swallow the body text after it into a "Stap 2" section.
 *
 * <ul>
 *   <li>DOCX: the paragraphs of every box anchored in a paragraph come as {@code <p>} elements
 *       nested in that paragraph's {@code <p>}, after its own text. Tika reads only the DrawingML
 *       copy of a box ({@code mc:Choice}), never the VML copy Word adds in {@code mc:Fallback},
 *       so nothing is doubled; but it marks no boundary between boxes, so each paragraph of a box
 *       is a block of its own.
 *   <li>DOCX with a box in VML only (older Word, no {@code mc:AlternateContent}): POI writes the
 *       box's text into its paragraph's text as " (", the box's lines, and ")" on lines of their
 *       own; {@link #cutVmlBoxes} cuts it out again.
 *   <li>ODT ({@code draw:frame/draw:text-box}): a {@code <div>} inside the anchoring {@code <p>},
 *       one block per box. LibreOffice writes a paragraph's frames before the paragraph's own
 *       text. Tika replaces the paragraph breaks inside a box by a lone space before and after
 *       each paragraph; two lone spaces in a row are read as the break they were.
 * </ul>
 */
final class TextBoxes {
  /** A piece of a paragraph's text: its own text, or the text of a VML box inside it. */
  record Part(String text, boolean box) {}

  private TextBoxes() {}

  /** The paragraph's own text and the VML boxes in it, in order; empty pieces left out. */
  static List<Part> cutVmlBoxes(String text) {
    List<Part> parts = new ArrayList<>(1);
    String rest = text;
    while (true) {
      int open = rest.indexOf("(\n");
      int close = open < 0 ? -1 : rest.indexOf("\n)", open);
      if (close < 0) {
        add(parts, rest, false);
        return parts;
      }
      add(parts, rest.substring(0, open), false);
      add(parts, rest.substring(open + 2, close), true);
      rest = rest.substring(close + 2);
    }
  }

  private static void add(List<Part> parts, String text, boolean box) {
    String t = text.strip();
    if (!t.isEmpty()) {
      parts.add(new Part(t, box));
    }
  }
}
