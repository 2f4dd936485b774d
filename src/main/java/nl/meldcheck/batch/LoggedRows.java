package nl.meldcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A batch's rows in discovery order, read from results.jsonl when asked for instead of held in
 * memory: the summaries go over the rows a few times at the end, and 5,000 rows held at once
 * would make the batch's memory grow with the number of organisations. An organisation without
 * a line (the batch was interrupted) gets the row {@code missing} makes for it.
 *
 * <p>Valid until the next batch writes to the same output directory. Iteration reads the file
 * in chunks, each with its own short-lived file handle, so an abandoned iteration leaks nothing.
 */
final class LoggedRows extends AbstractList<OrgResult> implements RandomAccess {
  private static final int CHUNK = 256;

  private final Path file;
  private final List<Organisation> orgs;
  private final Map<String, ResultsLog.Loc> locs;
  private final Function<Organisation, OrgResult> missing;

  LoggedRows(Path file, List<Organisation> orgs, Map<String, ResultsLog.Loc> locs,
      Function<Organisation, OrgResult> missing) {
    this.file = file;
    this.orgs = List.copyOf(orgs);
    this.locs = Map.copyOf(locs);
    this.missing = missing;
  }

  @Override
  public OrgResult get(int index) {
    return read(index, index + 1).get(0);
  }

  @Override
  public int size() {
    return orgs.size();
  }

  /** How many organisations have a line in results.jsonl (the others were not run). */
  int logged() {
    return locs.size();
  }

  @Override
  public Iterator<OrgResult> iterator() {
    return new Iterator<>() {
      private int next;
      private List<OrgResult> chunk = List.of();
      private int chunkStart;

      @Override
      public boolean hasNext() {
        return next < orgs.size();
      }

      @Override
      public OrgResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (next >= chunkStart + chunk.size()) {
          chunkStart = next;
          chunk = read(next, Math.min(orgs.size(), next + CHUNK));
        }
        return chunk.get(next++ - chunkStart);
      }
    };
  }

  private List<OrgResult> read(int from, int to) {
    List<OrgResult> out = new ArrayList<>(to - from);
    FileChannel ch = null;
    try {
      for (int i = from; i < to; i++) {
        Organisation o = orgs.get(i);
        ResultsLog.Loc loc = locs.get(o.slug());
        if (loc == null) {
          out.add(missing.apply(o));
          continue;
        }
        if (ch == null) {
          ch = FileChannel.open(file, StandardOpenOption.READ);
        }
        out.add(ResultsLog.rowAt(ch, loc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": kan de resultaten niet teruglezen: " + e.getMessage(), e);
    } finally {
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException e) {
          // read-only: nothing was lost
        }
      }
    }
  }
}
