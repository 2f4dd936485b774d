package nl.meldcheck.cases;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Streams one sheet of an XLSX export with POI's event API (SAX over the sheet XML; the
 * usermodel would load the whole workbook and runs out of memory at 256 MB on 200,000 rows).
 * Formula cells give their cached values. Date-formatted numbers come out as ISO dates so the
 * date fields read them like any text date; other numbers as plain decimals, never "1E+5".
 * Workbooks in the 1904 date system (old Mac Excel; {@code workbookPr date1904} in workbook.xml)
 * have their serials converted from 1904-01-01, here and for serials the mapper reads from text.
 */
final class XlsxExportReader {
  private XlsxExportReader() {}

  static ExportInfo read(Path file, Mapping mapping, RowSink sink)
      throws CasesInputException, CasesConfigException {
    String name = String.valueOf(file.getFileName());
    ExportZipGuard.check(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      boolean date1904;
      try (InputStream wb = reader.getWorkbookData()) {
        date1904 = date1904(wb);
      }
      if (date1904) {
        sink.date1904();
      }
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String sheetName = sheets.getSheetName();
          names.add(sheetName);
          if (mapping.sheet() == null || mapping.sheet().equalsIgnoreCase(sheetName)) {
            parseSheet(name, sheet, styles, strings, date1904,
                new HeaderFinder(name, mapping, true), sink);
            return new ExportInfo(name, ExportFormat.XLSX, null, null, sheetName,
                mapping.name());
          }
        }
      }
      if (names.isEmpty()) {
        throw new CasesInputException(CasesInputException.Reason.EMPTY,
            name + ": het werkboek heeft geen werkbladen");
      }
      throw new CasesConfigException(name + ": werkblad '" + mapping.sheet() + "' bestaat niet;"
          + " gevonden werkbladen: " + String.join(", ", names));
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new CasesInputException(CasesInputException.Reason.MALFORMED,
          name + ": geen geldig XLSX-werkboek (ZIP-bestand zonder werkboekonderdelen)", e);
    } catch (OpenXML4JException | IOException | SAXException | ParserConfigurationException
        | RuntimeException e) {
      if (e instanceof WrappedConfig w) {
        throw w.config;
      }
      if (zipBomb(e)) {
        // POI's own inflate-ratio check caught an entry below the pre-scan's 10 MB threshold
        throw new CasesInputException(CasesInputException.Reason.TOO_LARGE,
            name + ": het werkboek lijkt op een zip-bom (een onderdeel pakt meer dan 100 keer"
                + " uit) en wordt niet gelezen; exporteer de casussen opnieuw als XLSX of CSV", e);
      }
      throw new CasesInputException(CasesInputException.Reason.MALFORMED,
          name + ": XLSX-werkboek beschadigd of onleesbaar (" + e.getClass().getSimpleName()
              + ")", e);
    }
  }

  /**
   * Whether workbook.xml sets {@code <workbookPr date1904="1"/>}. POI's event API does not pass
   * the date system to the formatter (XSSFSheetXMLHandler calls the three-argument
   * formatRawCellContents), so the reader must find it itself. The part is small (sheet names,
   * defined names); parsing stops at workbookPr, which comes before the sheet list.
   */
  static boolean date1904(InputStream workbookXml)
      throws IOException, SAXException, ParserConfigurationException {
    boolean[] found = new boolean[1];
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts)
          throws SAXException {
        String local = localName == null || localName.isEmpty()
            ? qName.substring(qName.indexOf(':') + 1) : localName;
        if (local.equals("workbookPr")) {
          String v = atts.getValue("date1904");
          found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
          throw STOP;
        }
        if (local.equals("sheets")) {
          throw STOP;
        }
      }
    });
    try {
      xml.parse(new InputSource(workbookXml));
    } catch (SAXException e) {
      if (e != STOP) {
        throw e;
      }
    }
    return found[0];
  }

  /** Ends the workbook.xml scan early; preallocated, without a stack trace. */
  private static final SAXException STOP = new SAXException("stop") {
    private static final long serialVersionUID = 1L;

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  };

  /** POI reports its zip-bomb check as a plain IOException; only the message tells. */
  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException && t.getMessage() != null
          && t.getMessage().startsWith("Zip bomb detected")) {
        return true;
      }
    }
    return false;
  }

  private static void parseSheet(String name, InputStream sheet, StylesTable styles,
      ReadOnlySharedStringsTable strings, boolean date1904, HeaderFinder finder, RowSink sink)
      throws IOException, SAXException, ParserConfigurationException, CasesInputException,
      CasesConfigException {
    Rows rows = new Rows(finder, sink);
    InlineStrings filter = new InlineStrings();
    filter.setParent(XMLHelper.newXMLReader());
    filter.setContentHandler(new XSSFSheetXMLHandler(styles, null, new DecodedStrings(strings), rows,
        new PlainFormatter(date1904), false));
    filter.parse(new InputSource(sheet));
    if (!rows.sawHeader) {
      finder.end();
      throw new CasesInputException(CasesInputException.Reason.EMPTY,
          name + ": het werkblad is leeg; verwacht een kopregel en casussen");
    }
  }

  /** A checked config error raised inside SAX callbacks, unwrapped after parsing. */
  private static final class WrappedConfig extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CasesConfigException config;

    WrappedConfig(CasesConfigException config) {
      super(config.getMessage(), null, false, false);
      this.config = config;
    }
  }

  /**
   * Collects one row's cells at a time; the header is the first non-empty row the
   * {@link HeaderFinder} accepts, title rows above it are skipped.
   */
  private static final class Rows implements SheetContentsHandler {
    private final HeaderFinder finder;
    private final RowSink sink;
    private boolean sawHeader;
    private int width;
    private String[] cells = new String[16];
    private int max = -1;

    Rows(HeaderFinder finder, RowSink sink) {
      this.finder = finder;
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      Arrays.fill(cells, null);
      max = -1;
    }

    @Override
    public void endRow(int rowNum) {
      String[] row = Arrays.copyOf(cells, Math.max(max + 1, sawHeader ? width : 0));
      for (int i = 0; i < row.length; i++) {
        if (row[i] == null) {
          row[i] = "";
        }
      }
      if (CsvExportReader.allBlank(row)) {
        return;
      }
      if (!sawHeader) {
        List<String> header = new ArrayList<>(row.length);
        for (String c : row) {
          header.add(c.strip());
        }
        try {
          if (!finder.offer(header, rowNum + 1L)) {
            return;
          }
          width = row.length;
          sawHeader = true;
          sink.header(header, rowNum + 1L);
        } catch (CasesConfigException e) {
          throw new WrappedConfig(e);
        }
      } else {
        sink.row(rowNum + 1L, row);
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      if (ref == null || value == null) {
        return;
      }
      int col = column(ref);
      if (col < 0) {
        return; // no column in the reference, or one past Excel's last (XFD): not a real cell
      }
      if (col >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
      }
      cells[col] = value;
      max = Math.max(max, col);
    }
  }

  /**
   * The zero-based column of a cell reference ("AB12", "$C$3"), or -1 when it has no column letters
   * or names one past Excel's last column (XFD, 16,384): such a reference would otherwise size
   * the row's array. By hand: POI's CellAddress made two substrings per cell.
   */
  static int column(String ref) {
    int col = 0;
    int letters = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c == '$' && letters == 0) {
        continue;
      }
      int v = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
      if (v == 0) {
        break;
      }
      col = col * 26 + v;
      if (++letters > 3 || col > MAX_COLUMNS) {
        return -1;
      }
    }
    return col - 1;
  }

  /** Excel's number of columns (A to XFD). */
  private static final int MAX_COLUMNS = 16_384;

  /**
   * The text of a string cell with POI's {@code _xHHHH_} escapes decoded. POI decodes by building
   * an {@link XSSFRichTextString}, an XMLBeans object, for every string cell; profiled over 400
   * exports that was 40 % of reading a sheet, so it is built only when there is an escape.
   */
  static String decode(String raw) {
    return raw.indexOf("_x") < 0 ? raw : new XSSFRichTextString(raw).toString();
  }

  /**
   * Hands inline-string cells ({@code <c t="inlineStr"><is><t>…</t></is></c>}, what streaming
   * writers such as POI's SXSSF produce) to POI's sheet handler as cached string results
   * ({@code <c t="str"><v>…</v></c>}), which it passes on as they are instead of building a rich
   * text object per cell. The text is every {@code <t>} of the cell's runs, phonetic runs
   * ({@code <rPh>}) left out as for shared strings; POI's handler ignores the style of both types.
   * An inline-string cell that keeps its text in {@code <v>} has the escapes decoded on the way,
   * as POI would.
   */
  static final class InlineStrings extends XMLFilterImpl {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private boolean inlineCell;
    private boolean inIs;
    private int phonetic;
    private boolean inText;
    private boolean inValue;
    private final StringBuilder text = new StringBuilder();

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      if (inIs) {
        if (local.equals("rPh")) {
          phonetic++;
        } else if (local.equals("t") && phonetic == 0) {
          inText = true;
        }
        return;
      }
      if (inlineCell && local.equals("is") && NS.equals(uri)) {
        inIs = true;
        text.setLength(0);
        return;
      }
      if (inlineCell && local.equals("v") && NS.equals(uri)) {
        inValue = true;
        text.setLength(0);
      }
      if (local.equals("c") && NS.equals(uri) && "inlineStr".equals(atts.getValue("t"))) {
        inlineCell = true;
        AttributesImpl a = new AttributesImpl(atts);
        a.setValue(a.getIndex("t"), "str");
        super.startElement(uri, local, qName, a);
        return;
      }
      super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (inIs) {
        if (local.equals("is") && phonetic == 0) {
          inIs = false;
          String v = decode(text.toString());
          String vq = qName.endsWith(":is") ? qName.substring(0, qName.length() - 2) + "v" : "v";
          super.startElement(uri, "v", vq, new AttributesImpl());
          super.characters(v.toCharArray(), 0, v.length());
          super.endElement(uri, "v", vq);
        } else if (local.equals("rPh")) {
          phonetic--;
        } else if (local.equals("t")) {
          inText = false;
        }
        return;
      }
      if (inValue && local.equals("v")) {
        inValue = false;
        String v = decode(text.toString());
        super.characters(v.toCharArray(), 0, v.length());
      }
      if (local.equals("c") && NS.equals(uri)) {
        inlineCell = false;
      }
      super.endElement(uri, local, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inIs) {
        if (inText) {
          text.append(ch, start, length);
        }
        return;
      }
      if (inValue) {
        text.append(ch, start, length);
        return;
      }
      super.characters(ch, start, length);
    }
  }

  /**
   * The shared strings, each decoded once: POI's table builds a rich text object per lookup,
   * that is per cell (see {@link #decode}).
   */
  static final class DecodedStrings implements SharedStrings {
    private final ReadOnlySharedStringsTable table;
    private final java.util.Map<Integer, RichTextString> cache = new java.util.HashMap<>();

    DecodedStrings(ReadOnlySharedStringsTable table) {
      this.table = table;
    }

    @Override
    public RichTextString getItemAt(int idx) {
      return cache.computeIfAbsent(idx, i -> new PlainText(table.getItemAt(i).getString()));
    }

    @Override
    public int getCount() {
      return table.getCount();
    }

    @Override
    public int getUniqueCount() {
      return table.getUniqueCount();
    }
  }

  /** A string cell's text; the sheet handler only reads it. */
  private record PlainText(String text) implements RichTextString {
    @Override
    public String getString() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
      return 0;
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
      throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
      throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void applyFont(Font font) {
      throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void clearFormatting() {
      throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void applyFont(short fontIndex) {
      throw new UnsupportedOperationException("read-only");
    }
  }

  /**
   * Formats numeric cells without locale or display format: dates as yyyy-MM-dd (the time of day
   * dropped) in the workbook's date system, other numbers as plain decimals.
   */
  private static final class PlainFormatter extends DataFormatter {
    private final boolean date1904;

    PlainFormatter(boolean date1904) {
      this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
        boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904 || use1904Windowing);
        return t.toLocalDate().toString();
      }
      return plain(value);
    }

    static String plain(double value) {
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
