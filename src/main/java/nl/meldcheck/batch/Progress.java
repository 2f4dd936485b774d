package nl.meldcheck.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Text;

/**
 * Progress on stderr: count, rate, ETA and failures so far. On a terminal one line is redrawn
 * with '\r'; otherwise (a log file, CI) a plain line at most every few seconds and at the end.
 */
final class Progress {
  private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final Lang lang;
  private final boolean terminal;
  private final int total;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private int failed;
  private int skipped;
  private long lastPrinted = Long.MIN_VALUE;
  private int printedDone = -1;

  Progress(PrintWriter err, Lang lang, boolean terminal, int total, LongSupplier nanoClock) {
    this.err = err;
    this.lang = lang;
    this.terminal = terminal;
    this.total = total;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /**
   * Organisations --resume keeps from the last run, {@code withProblems} of them with an input
   * problem: counted as done, and their problems as problems, so the line agrees with the exit code.
   */
  synchronized void skipped(int n, int withProblems) {
    skipped += n;
    done += n;
    failed += withProblems;
  }

  /** One organisation finished; {@code ok} false when its input had a problem (any status but ok). */
  synchronized void done(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    long now = clock.getAsLong();
    if (terminal || done == total || lastPrinted == Long.MIN_VALUE || now - lastPrinted >= PLAIN_INTERVAL_NANOS) {
      lastPrinted = now;
      print(now, done == total);
    }
  }

  synchronized void finish(boolean interrupted) {
    if (printedDone != done) {
      print(clock.getAsLong(), true);
    }
    if (interrupted) {
      err.println(Text.of("meldcheck batch: onderbroken; " + done + " van " + total
          + " organisaties klaar (ga verder met --resume)", "meldcheck batch: interrupted; " + done + " of " + total
          + " organisations done (continue with --resume)").get(lang));
      err.flush();
    }
  }

  synchronized String line(long now) {
    double secs = Math.max((now - start) / 1e9, 1e-3);
    int worked = done - skipped;
    double rate = worked / secs;
    String eta = rate > 0 && done < total ? duration((long) ((total - done) / rate)) : "-";
    String format = Text.of("%d/%d organisaties, %.1f/s, nog %s, %d met invoerprobleem%s",
        "%d/%d organisations, %.1f/s, ETA %s, %d with input problems%s").get(lang);
    String skip = skipped == 0 ? "" : ", " + skipped + Text.of(" ongewijzigd overgeslagen", " unchanged, skipped").get(lang);
    return String.format(Locale.ROOT, format, done, total, rate, eta, failed, skip);
  }

  private void print(long now, boolean last) {
    printedDone = done;
    if (terminal) {
      err.print("\r" + line(now) + "\u001b[K");
      if (last) {
        err.println();
      }
    } else {
      err.println(line(now));
    }
    err.flush();
  }

  static String duration(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
