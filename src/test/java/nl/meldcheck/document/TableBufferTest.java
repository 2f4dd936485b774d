package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header-row rules and the row texts of {@link TableBuffer}, table by table. */
class TableBufferTest {
  /** Builds a table from rows of cells; a cell "*x*" is bold, "#x" a th cell. */
  private static TableBuffer table(String[]... rows) {
    TableBuffer t = new TableBuffer();
    for (String[] row : rows) {
      t.startRow(false, 1, 0);
      for (String cell : row) {
        boolean th = cell.startsWith("#");
        boolean bold = cell.startsWith("*") && cell.endsWith("*") && cell.length() > 1;
        String text = th ? cell.substring(1) : bold ? cell.substring(1, cell.length() - 1) : cell;
        t.startCell(th, 1);
        if (!text.isEmpty()) {
          t.noteChars(text.toCharArray(), 0, text.length(), bold);
          t.add(new RawBlock(BlockKind.TABLE_CELL, text, 0, 1, 0));
        }
        t.endCell();
      }
      t.endRow();
    }
    return t;
  }

  private static List<String> rows(TableBuffer t) {
    List<RawBlock> out = new ArrayList<>();
    t.emit(out);
    List<String> texts = new ArrayList<>();
    for (RawBlock b : out) {
      texts.add(b.kind() + "|" + b.text().replace('\n', '/') + "|" + b.page());
    }
    return texts;
  }

  @Test
  void thCellsMakeAHeaderRowEvenOverTwoRows() {
    assertEquals(List.of("TABLE_ROW|Rol/Taak|1", "TABLE_ROW|Rol: Teamleider/Taak: besluit|1"),
        rows(table(new String[] {"#Rol", "#Taak"}, new String[] {"Teamleider", "besluit"})));
  }

  @Test
  void theadMakesAHeaderRow() {
    TableBuffer t = new TableBuffer();
    t.startRow(true, 0, 0);
    for (String h : List.of("Wie", "Wat")) {
      t.startCell(false, 1);
      t.add(new RawBlock(BlockKind.TABLE_CELL, h, 0, 0, 0));
    }
    t.startRow(false, 0, 0);
    for (String c : List.of("Teamleider", "besluit")) {
      t.startCell(false, 1);
      t.add(new RawBlock(BlockKind.TABLE_CELL, c, 0, 0, 0));
    }
    assertEquals(List.of("TABLE_ROW|Wie/Wat|0", "TABLE_ROW|Wie: Teamleider/Wat: besluit|0"), rows(t));
  }

  @Test
  void threeShortColumnsAreAHeaderByShape() {
    assertEquals(List.of(
        "TABLE_ROW|Stap/Wie/Wat doet u?|1",
        "TABLE_ROW|Stap 2/Wie: aandachtsfunctionaris/Wat doet u: overlegt met Veilig Thuis|1"),
        rows(table(new String[] {"Stap", "Wie", "Wat doet u?"},
            new String[] {"Stap 2", "aandachtsfunctionaris", "overlegt met Veilig Thuis"})));
  }

  @Test
  void labelValueRowsAreNoHeader() {
    assertEquals(List.of("TABLE_ROW|Vastgesteld door/Directie|1", "TABLE_ROW|Datum/12-03-2024|1",
        "TABLE_ROW|Versie/2.1|1"),
        rows(table(new String[] {"Vastgesteld door", "Directie"},
            new String[] {"Datum", "12-03-2024"}, new String[] {"Versie", "2.1"})));
  }

  @Test
  void aFirstRowWithANumberOrDateIsData() {
    assertEquals("TABLE_ROW|Stap 1/leerkracht/signaleert|1",
        rows(table(new String[] {"Stap 1", "leerkracht", "signaleert"},
            new String[] {"Stap 2", "collega", "overlegt"})).get(0));
    assertEquals("TABLE_ROW|Vastgesteld/12 maart/directie|1",
        rows(table(new String[] {"Vastgesteld", "12 maart", "directie"},
            new String[] {"Herzien", "1 april", "team"})).get(0));
  }

  @Test
  void twoColumnsWithLongFirstCellsBelowHaveAHeader() {
    assertEquals(List.of("TABLE_ROW|Vraag/Antwoord|1",
        "TABLE_ROW|Vraag: Is melden noodzakelijk bij acute onveiligheid?/Antwoord: ja|1",
        "TABLE_ROW|Vraag: Is hulp mogelijk?/Antwoord: soms|1"),
        rows(table(new String[] {"Vraag", "Antwoord"},
            new String[] {"Is melden noodzakelijk bij acute onveiligheid?", "ja"},
            new String[] {"Is hulp mogelijk?", "soms"})));
  }

  @Test
  void boldFirstRowIsAHeaderOnlyWhenTheNextRowIsNotBold() {
    assertEquals("TABLE_ROW|Rol: Teamleider/Taak: besluit|1",
        rows(table(new String[] {"*Rol*", "*Taak*"}, new String[] {"Teamleider", "besluit"})).get(1));
    assertEquals("TABLE_ROW|Teamleider/besluit|1",
        rows(table(new String[] {"*Rol*", "*Taak*"}, new String[] {"*Teamleider*", "*besluit*"})).get(1));
  }

  @Test
  void oneCellFirstRowIsATitleNotAHeader() {
    assertEquals(List.of("TABLE_ROW|Stappenplan|1", "TABLE_ROW|Wie/Wat/Wanneer|1",
        "TABLE_ROW|leerkracht/signaleert/direct|1"),
        rows(table(new String[] {"#Stappenplan"}, new String[] {"Wie", "Wat", "Wanneer"},
            new String[] {"leerkracht", "signaleert", "direct"})).subList(0, 3));
  }

  @Test
  void emptyCellsAreSkippedAndColumnsStayAligned() {
    assertEquals("TABLE_ROW|Stap 2/Wat: overlegt|1",
        rows(table(new String[] {"#Stap", "#Wie", "#Wat"}, new String[] {"Stap 2", "", "overlegt"}))
            .get(1));
  }

  @Test
  void aLongCellMakesItALayoutTableReadCellByCell() {
    String longText = "woord ".repeat(TableBuffer.LAYOUT_CELL_WORDS + 1).strip();
    assertEquals(List.of("TABLE_CELL|" + longText + "|1", "TABLE_CELL|Zie bijlage.|1"),
        rows(table(new String[] {longText, "Zie bijlage."})));
  }

  @Test
  void aNestedTableFlattensToLines() {
    TableBuffer inner = table(new String[] {"Veilig Thuis", "0800-2000"},
        new String[] {"Politie.", "112"});
    assertEquals("Veilig Thuis; 0800-2000\nPolitie. 112", inner.flatten());
  }

  @Test
  void aSpanningHeaderCellLabelsEveryColumnItSpans() {
    TableBuffer t = new TableBuffer();
    t.startRow(false, 0, 0);
    t.startCell(true, 2);
    t.add(new RawBlock(BlockKind.TABLE_CELL, "Contact", 0, 0, 0));
    t.startCell(true, 1);
    t.add(new RawBlock(BlockKind.TABLE_CELL, "Wanneer", 0, 0, 0));
    t.startRow(false, 0, 0);
    for (String c : List.of("Veilig Thuis", "0800-2000", "altijd")) {
      t.startCell(false, 1);
      t.add(new RawBlock(BlockKind.TABLE_CELL, c, 0, 0, 0));
    }
    assertEquals("TABLE_ROW|Contact: Veilig Thuis/Contact: 0800-2000/Wanneer: altijd|0", rows(t).get(1));
  }
}
