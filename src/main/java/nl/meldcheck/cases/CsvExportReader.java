package nl.meldcheck.cases;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV export with commons-csv. Encoding: a BOM decides (UTF-8, UTF-16), else the whole
 * file is scanned once for valid UTF-8 (a streaming byte pass, cheap next to parsing) and
 * otherwise read as Windows-1252, the encoding Dutch Excel writes. The delimiter is the one of
 * {@code ;}, {@code ,} and tab with which the first lines split into a header holding the mapped
 * columns; failing that, the one that occurs most often outside quotes in the first line. Title
 * lines above the header are skipped ({@link HeaderFinder}).
 */
final class CsvExportReader {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int HEADER_LIMIT = 1 << 20;

  private CsvExportReader() {}

  static ExportInfo read(Path file, Mapping mapping, RowSink sink)
      throws CasesInputException, CasesConfigException {
    String name = String.valueOf(file.getFileName());
    Encoding enc = mapping.encoding() != null
        ? new Encoding(mapping.encoding(), skipBomLength(file, mapping.encoding()),
            mapping.encoding().displayName())
        : detectEncoding(file);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.skipNBytes(enc.bomLength());
      CharsetDecoder dec = enc.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(raw, dec), 1 << 16);
      HeaderFinder finder = new HeaderFinder(name, mapping, false);
      char delimiter = mapping.delimiter() != null ? mapping.delimiter()
          : detectDelimiter(reader, finder);
      CSVFormat format = format(delimiter);
      ExportInfo info = new ExportInfo(name, ExportFormat.CSV, enc.label(),
          delimiter == '\t' ? "tab" : String.valueOf(delimiter), null, mapping.name());
      parse(name, reader, format, finder, sink);
      return info;
    } catch (IOException e) {
      throw new CasesInputException(CasesInputException.Reason.UNREADABLE,
          name + ": bestand niet te lezen (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"')
        .setIgnoreEmptyLines(true).setTrim(false).get();
  }

  private static void parse(String name, BufferedReader reader, CSVFormat format,
      HeaderFinder finder, RowSink sink)
      throws CasesInputException, CasesConfigException, IOException {
    long row = 0;
    boolean sawHeader = false;
    try (CSVParser parser = format.parse(reader)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // commons-csv stops at an unclosed quote or text after a closing quote; its message
          // holds no cell text, but ours names the row the user can look for
          throw new CasesInputException(CasesInputException.Reason.MALFORMED,
              name + ": CSV-structuur onleesbaar in rij " + (row + 1) + " (aanhalingsteken niet"
                  + " afgesloten of tekst direct na een afsluitend aanhalingsteken)", e);
        }
        row++;
        String[] cells = rec.values();
        if (!sawHeader) {
          if (allBlank(cells)) {
            row--;
            continue;
          }
          List<String> header = new ArrayList<>(cells.length);
          for (String c : cells) {
            header.add(c.strip());
          }
          if (finder.offer(header, row)) {
            sink.header(header, row);
            sawHeader = true;
          }
        } else if (!allBlank(cells)) {
          sink.row(row, cells);
        }
      }
    }
    if (!sawHeader) {
      finder.end();
      throw new CasesInputException(CasesInputException.Reason.EMPTY,
          name + ": het bestand bevat alleen lege regels; verwacht een kopregel en casussen");
    }
  }

  static boolean allBlank(String[] cells) {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the first lines (at most {@link #HEADER_LIMIT} characters), rewinds, and picks the
   * delimiter under which a header row is found with the most mapped columns. A title line
   * above the header ("Export dossiers 2025") has no delimiters, so counting in the first line
   * alone would guess wrong; that count only decides when no delimiter yields a header.
   */
  private static char detectDelimiter(BufferedReader reader, HeaderFinder finder)
      throws IOException {
    reader.mark(HEADER_LIMIT);
    StringBuilder head = new StringBuilder();
    int breaks = 0;
    while (head.length() < HEADER_LIMIT && breaks < 4 * HeaderFinder.MAX_ROWS) {
      int c = reader.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
      if (c == '\n') {
        breaks++;
      }
    }
    reader.reset();
    char counted = countInFirstLine(head);
    char best = counted;
    int bestScore = 0;
    for (char d : new char[] {counted, ';', ',', '\t'}) {
      int score = headerScore(head.toString(), d, finder);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  }

  /** Mapped columns in the header found with {@code delimiter} in {@code head}, or 0. */
  private static int headerScore(String head, char delimiter, HeaderFinder finder) {
    int rows = 0;
    try (CSVParser p = format(delimiter).parse(new StringReader(head))) {
      for (CSVRecord rec : p) {
        if (allBlank(rec.values())) {
          continue;
        }
        List<String> cells = List.of(rec.values());
        if (finder.isHeader(cells)) {
          return finder.matches(cells);
        }
        if (++rows >= HeaderFinder.MAX_ROWS) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the prefix may end inside a quoted value; what was parsed before it still counted
    }
    return 0;
  }

  /** Counts candidate delimiters outside quotes in the first line with content. */
  private static char countInFirstLine(CharSequence head) {
    int semi = 0;
    int comma = 0;
    int tab = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (!quoted) {
        content |= !Character.isWhitespace(c) || c == '\t';
        switch (c) {
          case ';' -> semi++;
          case ',' -> comma++;
          case '\t' -> tab++;
          default -> { }
        }
      }
    }
    if (semi >= comma && semi >= tab) {
      return semi > 0 || comma == 0 && tab == 0 ? ';' : ',';
    }
    return comma >= tab ? ',' : '\t';
  }

  record Encoding(Charset charset, int bomLength, String label) {}

  private static int skipBomLength(Path file, Charset cs) throws CasesInputException {
    Encoding detected = detectBom(file);
    return detected != null && detected.charset().equals(cs) ? detected.bomLength() : 0;
  }

  private static Encoding detectBom(Path file) throws CasesInputException {
    byte[] b = new byte[3];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(b, 0, 3);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
    }
    return null;
  }

  static Encoding detectEncoding(Path file) throws CasesInputException {
    Encoding bom = detectBom(file);
    if (bom != null) {
      return bom;
    }
    return validUtf8(file) ? new Encoding(StandardCharsets.UTF_8, 0, "UTF-8")
        : new Encoding(WINDOWS_1252, 0, "Windows-1252");
  }

  /** True when the whole file decodes as UTF-8 (streaming, constant memory). */
  private static boolean validUtf8(Path file) throws CasesInputException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream s = Files.newInputStream(file)) {
      while (true) {
        int n = s.read(in.array(), in.position(), in.remaining());
        boolean end = n < 0;
        if (!end) {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult r = dec.decode(in, out, end);
        if (r.isError()) {
          return false;
        }
        out.clear();
        in.compact();
        if (end) {
          return !dec.flush(out).isError() && in.position() == 0;
        }
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static CasesInputException unreadable(Path file, IOException e) {
    return new CasesInputException(CasesInputException.Reason.UNREADABLE,
        file.getFileName() + ": bestand niet te lezen (" + e.getClass().getSimpleName() + ")", e);
  }
}
