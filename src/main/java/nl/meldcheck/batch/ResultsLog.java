package nl.meldcheck.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * results.jsonl: one JSON line per organisation, appended and flushed as soon as it is done, so
 * an interrupted batch keeps every finished row. Reading back tolerates a torn last line.
 */
final class ResultsLog implements AutoCloseable {
  static final String FILE = "results.jsonl";
  static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Writer out;

  /** Starts the log with the given rows (those kept by --resume), written atomically first. */
  ResultsLog(Path dir, Iterable<OrgResult> kept) throws IOException {
    Path file = dir.resolve(FILE);
    AtomicFiles.write(file, os -> {
      for (OrgResult r : kept) {
        os.write(line(r).getBytes(StandardCharsets.UTF_8));
      }
    });
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  synchronized void append(OrgResult r) throws IOException {
    out.write(line(r));
    out.flush();
  }

  private static String line(OrgResult r) throws IOException {
    return JSON.writeValueAsString(r) + "\n";
  }

  /** The rows of an earlier run by slug; the last line of a slug wins; a damaged line is skipped. */
  static Map<String, OrgResult> read(Path dir) throws IOException {
    Map<String, OrgResult> rows = new LinkedHashMap<>();
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (l.isBlank()) {
          continue;
        }
        try {
          OrgResult r = JSON.readValue(l, OrgResult.class);
          rows.put(r.slug(), r);
        } catch (IOException | RuntimeException e) {
          // a line torn by a kill: that organisation simply runs again
        }
      }
    }
    return rows;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

}
