package nl.meldcheck.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * results.jsonl: one JSON line per organisation, appended and flushed as soon as it is done, so
 * an interrupted batch keeps every finished row. Reading back tolerates a torn last line.
 *
 * <p>The batch keeps only where each row is in this file ({@link Loc}), not the rows: the
 * summaries read them back at the end (see {@link LoggedRows}), so the batch's memory does not
 * grow with the number of organisations (about 9 KB per organisation when the rows were held).
 */
final class ResultsLog implements AutoCloseable {
  static final String FILE = "results.jsonl";
  static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Where one row's line is in the file: byte offset and length, without the line end. */
  record Loc(long offset, int length) {}

  private final OutputStream out;
  private final Map<String, Loc> locs = new ConcurrentHashMap<>();
  private long size;

  /**
   * Starts the log with the rows --resume keeps: their lines are copied from the earlier log
   * (slug to its location there, in order), all written atomically before the first new row.
   */
  ResultsLog(Path dir, Map<String, Loc> kept) throws IOException {
    Path file = dir.resolve(FILE);
    AtomicFiles.write(file, os -> {
      long pos = 0;
      try (FileChannel old = kept.isEmpty() ? null : FileChannel.open(file, StandardOpenOption.READ)) {
        for (Map.Entry<String, Loc> e : kept.entrySet()) {
          byte[] line = readAt(old, e.getValue());
          os.write(line);
          os.write('\n');
          locs.put(e.getKey(), new Loc(pos, line.length));
          pos += line.length + 1;
        }
      }
      size = pos;
    });
    out = Files.newOutputStream(file, StandardOpenOption.APPEND);
  }

  synchronized void append(OrgResult r) throws IOException {
    byte[] line = JSON.writeValueAsBytes(r);
    out.write(line);
    out.write('\n');
    out.flush();
    locs.put(r.slug(), new Loc(size, line.length));
    size += line.length + 1;
  }

  /** Where each row written so far is, by slug (a live view). */
  Map<String, Loc> locations() {
    return locs;
  }

  /**
   * The rows of an earlier run by slug, as locations in {@code dir}'s results.jsonl; the last line
   * of a slug wins; a damaged line (torn by a kill) is skipped, so that organisation runs again.
   */
  static Map<String, Loc> index(Path dir) throws IOException {
    Map<String, Loc> rows = new LinkedHashMap<>();
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long start = 0;
      long pos = 0;
      for (int b = in.read(); ; b = in.read()) {
        if (b == '\n' || b < 0) {
          byte[] bytes = line.toByteArray();
          String slug = slugOf(bytes);
          if (slug != null) {
            rows.remove(slug); // keeps the map in the order of the last lines
            rows.put(slug, new Loc(start, bytes.length));
          }
          line.reset();
          if (b < 0) {
            break;
          }
          start = pos + 1;
        } else {
          line.write(b);
        }
        pos++;
      }
    }
    return rows;
  }

  private static String slugOf(byte[] line) {
    if (line.length == 0) {
      return null;
    }
    try {
      return JSON.readValue(line, OrgResult.class).slug();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The row at {@code loc} in an open results.jsonl. */
  static OrgResult rowAt(FileChannel file, Loc loc) throws IOException {
    return JSON.readValue(readAt(file, loc), OrgResult.class);
  }

  private static byte[] readAt(FileChannel file, Loc loc) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(loc.length());
    while (buf.hasRemaining()) {
      if (file.read(buf, loc.offset() + buf.position()) < 0) {
        throw new IOException(FILE + " is shorter than expected (changed during the batch?)");
      }
    }
    return buf.array();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
