package nl.meldcheck.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resume state in --out: per organisation the input hash and checklist key its row in
 * results.jsonl was made with. Rewritten atomically; a damaged file just means nothing is skipped.
 */
final class BatchState {
  static final String FILE = "batch-state.json";

  /** What one finished organisation was judged from. */
  record Entry(String inputHash, String checklistKey) {}

  private BatchState() {}

  static Map<String, Entry> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new TreeMap<>();
    }
    try {
      return new TreeMap<>(ResultsLog.JSON.readValue(file.toFile(), new TypeReference<Map<String, Entry>>() {}));
    } catch (IOException | RuntimeException e) {
      return new TreeMap<>();
    }
  }

  static void write(Path dir, Map<String, Entry> state) throws IOException {
    Map<String, Entry> copy = new TreeMap<>(state);
    AtomicFiles.write(dir.resolve(FILE), out -> ResultsLog.JSON.writerWithDefaultPrettyPrinter().writeValue(out, copy));
  }
}
