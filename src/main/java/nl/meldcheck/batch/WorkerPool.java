package nl.meldcheck.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import nl.meldcheck.checklist.Text;

/**
 * A pool of worker processes, each a JVM that audits organisations (read, judge, write the
 * reports) on a few threads and answers with their rows ({@link WorkerLoop}). A worker has its own
 * heap ({@code -Xmx}; it exits on the first OutOfMemoryError) and enforces the document time limit
 * itself; this side adds a deadline per organisation. So a document that hangs, exhausts memory
 * or crashes the JVM costs that organisation a row ({@code timeout}, {@code too_large},
 * {@code corrupt}), the worker is replaced, and the batch JVM and the other workers go on.
 *
 * <p>Which organisation was at fault when a worker with several audits in flight dies? Each of
 * them is audited again alone in a fresh single-thread worker: the one that fails again gets the
 * row, the others their normal result. A worker whose parse ran past the time limit takes no new
 * work and is killed once its other audits are done (the parse keeps its thread: Tika ignores
 * interrupts).
 *
 * <p>Why whole audits on a few threads per worker, and not only the parse per process (as Tika's
 * PipesParser does): sending each parse's XHTML back and replaying it cost about a third of a
 * batch's time, and every extra JVM compiles Tika, PDFBox and POI again (measured with
 * scripts/bench-batch, 1,000 organisations on 2 cores: 28.5 s with a parse process per job,
 * 25.1 s with a single-thread worker per job, see the README for the current figures).
 *
 * <p>The protocol is one JSON line per request on the worker's stdin and one per answer on its
 * stdout (the worker sends its own System.out to stderr, so no library can break it). The worker's
 * stderr is drained and only its last lines are kept, for the message when it cannot start.
 * Workers get their own {@code java.io.tmpdir} inside a directory that {@link #close()} deletes: a
 * killed worker leaves PDFBox temp files behind.
 */
public final class WorkerPool implements AutoCloseable {
  /** The line a worker prints when it is ready for requests. */
  static final String READY = "meldcheck-worker-ready";
  /** Exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
  private static final int EXIT_OUT_OF_MEMORY = 3;
  /** How long a new worker may take to start (JVM, checklist, Tika) before the pool gives up. */
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final int STDERR_TAIL = 4000;

  /**
   * How to start a worker.
   *
   * @param mainClass the class whose main runs the worker (the CLI entry point)
   * @param args its arguments; the pool adds {@code --jobs THREADS --worker}
   * @param heap the worker's {@code -Xmx} per thread, e.g. "512m"
   * @param timeout the document time limit the worker enforces; the deadline here is longer
   * @param jvmArgs extra JVM options (benchmarks)
   * @param organisations how many organisations the batch is expected to have, 0 when unknown:
   *     it chooses the workers' JIT compilers (see {@link #SHORT_RUN})
   */
  public record Spec(String mainClass, List<String> args, String heap, Duration timeout, List<String> jvmArgs,
      int organisations) {
    public Spec {
      Objects.requireNonNull(mainClass, "mainClass");
      args = List.copyOf(args);
      jvmArgs = List.copyOf(jvmArgs);
      if (!heap.matches("[1-9][0-9]*[kKmMgG]?")) {
        throw new IllegalArgumentException("heap must look like 512m or 1g: " + heap);
      }
    }

    /** A batch of unknown size: workers compile as for a long run. */
    public Spec(String mainClass, List<String> args, String heap, Duration timeout, List<String> jvmArgs) {
      this(mainClass, args, heap, timeout, jvmArgs, 0);
    }
  }

  /**
   * Below this many organisations per worker, workers compile with C1 only. C2 makes the code
   * faster but compiling Tika, PDFBox, POI and the matcher with it takes CPU that a short run
   * does not earn back: per thread from /proc (29 Nov 2026, 2 jobs on 2 cores, one worker), the
   * worker used 41.5 CPU-seconds for 1,000 organisations with C2 (13 of them in C2 itself) and
   * 31.5 with C1 only, but 91 with C2 and 112 with C1 only for 4,000. The lines cross near 2,000.
   */
  static final int SHORT_RUN = 2000;

  /**
   * Requests a worker holds beyond its threads, waiting in its queue: when an audit ends, the
   * next starts at once instead of after the answer has gone to this process and a new request
   * has come back. Measured with one worker of two threads, 1,000 organisations: see the README.
   */
  static final int QUEUED = 1;

  /** The pool itself failed (a worker cannot start, or cannot write its reports): the batch stops. */
  public static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message);
    }
  }

  /** Makes the row of an organisation its worker could not finish. */
  @FunctionalInterface
  public interface Failure {
    OrgResult row(String status, Text message);
  }

  private final Spec spec;
  private final int threads;
  private final Path tempDir;
  private final AtomicLong ids = new AtomicLong();
  /** Guards the lists and every worker's inFlight. */
  private final Object lock = new Object();
  private final List<Worker> live = new ArrayList<>();
  /** Dead, or past a time limit: finishing their audits in flight, then killed. */
  private final List<Worker> retiring = new ArrayList<>();
  /** Every process not yet stopped, for close(): a batch with many timeouts replaces many workers. */
  private final List<Worker> started = new ArrayList<>();
  private boolean closed;

  /**
   * Starts the workers for {@code jobs} audits at once (up to four threads per worker) and returns
   * without waiting for them: they start while the caller discovers the organisations. Call
   * {@link #awaitReady()} before the batch, so that a worker that cannot start at all (a bad JVM
   * option, a broken installation) stops it with the JVM's own words.
   *
   * @throws IOException when the temp directory cannot be made or a process cannot be started
   */
  public WorkerPool(Spec spec, int jobs) throws IOException {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    this.spec = spec;
    int workers = (jobs + 3) / 4;
    this.threads = (jobs + workers - 1) / workers;
    this.tempDir = Files.createTempDirectory("meldcheck-workers-");
    try {
      Files.createDirectory(tempDir.resolve("tmp"));
      synchronized (lock) {
        for (int i = 0; i < workers; i++) {
          live.add(start(threads, shortRun(workers)));
        }
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** How many audits the pool takes at once: every worker's threads plus its queue. */
  public int capacity() {
    synchronized (lock) {
      return live.size() * (threads + QUEUED);
    }
  }

  /** Waits until the first worker is ready; a {@link Failed} with the JVM's words when it cannot start. */
  public void awaitReady() throws IOException {
    Worker first;
    synchronized (lock) {
      first = live.get(0);
    }
    first.awaitReady();
  }

  /**
   * Audits {@code o} in a worker; waits for a free thread.
   *
   * @param stopping true once the batch is stopping: a worker that dies then (Ctrl-C reaches the
   *     workers too) gives no row, and null is returned
   * @return the row, or null when the batch is stopping and this organisation was not finished
   * @throws IOException when a worker cannot write the reports, or no worker can be started
   */
  public OrgResult run(Organisation o, String hash, String checklistKey, BooleanSupplier stopping, Failure failure)
      throws IOException {
    Worker w;
    try {
      w = acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    Result r;
    try {
      r = call(w, o, hash, checklistKey);
    } finally {
      release(w);
    }
    if (r.deadline) {
      return timeoutRow(failure);
    }
    if (r.reply == null) {
      // the worker died with this audit in flight, perhaps because of another one: alone now
      try {
        return stopping.getAsBoolean() || awaitStop(stopping) ? null : solo(o, hash, checklistKey, stopping, failure);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return row(r.reply);
  }

  /** An audit again in a fresh worker of its own, so that a death is this organisation's doing. */
  private OrgResult solo(Organisation o, String hash, String checklistKey, BooleanSupplier stopping, Failure failure)
      throws IOException {
    Worker w;
    synchronized (lock) {
      if (closed) {
        return null;
      }
      w = start(1, true); // one audit: C2 could never pay off
    }
    try {
      w.awaitReady();
      Result r = call(w, o, hash, checklistKey);
      if (r.deadline) {
        return timeoutRow(failure);
      }
      if (r.reply != null) {
        return row(r.reply);
      }
      int exit = w.exitStatus();
      if (stopping.getAsBoolean() || awaitStop(stopping)) {
        return null;
      }
      if (exit == EXIT_OUT_OF_MEMORY) {
        String heap = spec.heap().toUpperCase(java.util.Locale.ROOT);
        return failure.row("too_large", Text.of(
            "Het lezen vroeg meer dan " + heap + " geheugen (mogelijk een zip-bom); lever een kleiner"
                + " document aan of verhoog --parse-memory.",
            "Reading needed more than " + heap + " of memory (possibly a zip bomb); supply a smaller document"
                + " or raise --parse-memory."));
      }
      return failure.row("corrupt", Text.of(
          "Het leesproces stopte onverwacht op dit document (afsluitcode " + exit + "); het bestand is mogelijk"
              + " beschadigd; open en bewaar het opnieuw, of lever een PDF-versie aan.",
          "The reading process stopped unexpectedly on this document (exit status " + exit + "); the file may be"
              + " damaged; open and save it again, or supply a PDF version."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      w.closeInput();
      w.stop();
      synchronized (lock) {
        started.remove(w);
      }
    }
  }

  private record Result(WorkerLoop.Reply reply, boolean deadline) {}

  /** Sends one request and waits for its answer, the worker's death, or the deadline (then kills the worker). */
  private Result call(Worker w, Organisation o, String hash, String checklistKey) throws IOException {
    long id = ids.incrementAndGet();
    CompletableFuture<WorkerLoop.Reply> answer = new CompletableFuture<>();
    w.pending.put(id, answer);
    // the worker stops a parse at the time limit itself; this deadline is for a worker that
    // hangs elsewhere, and leaves room for judging and large case exports
    long deadline = spec.timeout().multipliedBy(2).plusSeconds(60).toMillis();
    try {
      w.awaitReady();
      if (w.dead) {
        answer.complete(null);
      } else {
        try {
          w.send(WorkerLoop.JSON.writeValueAsString(new WorkerLoop.Request(id, o, hash, checklistKey)));
        } catch (IOException e) {
          answer.complete(null); // the worker died while idle (killed from outside)
        }
      }
      return new Result(answer.get(deadline, TimeUnit.MILLISECONDS), false);
    } catch (TimeoutException e) {
      retire(w);
      w.kill();
      return new Result(null, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(null, false);
    } catch (ExecutionException e) {
      return new Result(null, false);
    } finally {
      w.pending.remove(id);
    }
  }

  private OrgResult row(WorkerLoop.Reply reply) throws Failed {
    if (reply.row() == null) {
      throw new Failed(reply.error());
    }
    return reply.row();
  }

  private OrgResult timeoutRow(Failure failure) {
    long s = spec.timeout().multipliedBy(2).plusSeconds(60).toSeconds();
    return failure.row("timeout", Text.of(
        "Het beoordelen duurde langer dan " + s + " s en is afgebroken; lever een eenvoudiger document aan of"
            + " verhoog --timeout.",
        "Auditing took longer than " + s + " s and was stopped; supply a simpler document or raise --timeout."));
  }

  /** A live worker with a free thread, the least busy first; waits when all are busy. */
  private Worker acquire() throws InterruptedException, IOException {
    synchronized (lock) {
      while (true) {
        if (closed) {
          throw new Failed("de werkprocessen zijn al gestopt");
        }
        Worker best = null;
        for (Worker w : live) {
          if (w.dead) {
            continue;
          }
          if (w.inFlight < w.threads + QUEUED && (best == null || w.inFlight < best.inFlight)) {
            best = w;
          }
        }
        if (best != null) {
          best.inFlight++;
          return best;
        }
        for (Worker w : List.copyOf(live)) {
          if (w.dead) {
            retire(w);
          }
        }
        lock.wait(1000);
      }
    }
  }

  private void release(Worker w) {
    synchronized (lock) {
      w.inFlight--;
      if ((w.dead || w.timedOut) && live.contains(w)) {
        retire(w);
      }
      if (retiring.contains(w) && w.inFlight == 0) {
        retiring.remove(w);
        started.remove(w);
        w.closeInput();
        w.kill();
      }
      lock.notifyAll();
    }
  }

  /** Takes a worker out of service (dead, or a parse past its limit) and starts its replacement. */
  private void retire(Worker w) {
    synchronized (lock) {
      if (live.remove(w)) {
        retiring.add(w);
        if (!closed) {
          try {
            live.add(start(threads, shortRun(live.size() + 1)));
          } catch (IOException e) {
            // the next acquire finds no live worker and waits; close() ends the batch
          }
        }
      }
      lock.notifyAll();
    }
  }

  /** A worker that timed out a parse: no new work for it. Called from its reader thread. */
  private void markTimedOut(Worker w) {
    synchronized (lock) {
      w.timedOut = true;
      if (live.contains(w)) {
        retire(w);
      }
    }
  }

  /** A worker killed by Ctrl-C may die a moment before this JVM's shutdown hook says so. */
  private static boolean awaitStop(BooleanSupplier stopping) throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      Thread.sleep(100);
      if (stopping.getAsBoolean()) {
        return true;
      }
    }
    return false;
  }

  /** Stops the workers (they exit when their stdin closes; the rest are killed) and deletes the temp directory. */
  @Override
  public void close() {
    List<Worker> all;
    synchronized (lock) {
      closed = true;
      all = new ArrayList<>(started);
      lock.notifyAll();
    }
    for (Worker w : all) {
      w.closeInput();
    }
    for (Worker w : all) {
      w.stop();
    }
    deleteTree(tempDir);
  }

  private boolean shortRun(int workers) {
    return shortRun(spec.organisations(), workers);
  }

  /**
   * True when each of {@code workers} workers is expected to audit fewer than {@link #SHORT_RUN}
   * of the batch's {@code organisations} (0: unknown, so a long run).
   */
  static boolean shortRun(int organisations, int workers) {
    return organisations > 0 && organisations < (long) SHORT_RUN * workers;
  }

  private Worker start(int threadCount, boolean shortRun) throws IOException {
    synchronized (lock) {
      if (closed) {
        throw new Failed("de werkprocessen zijn al gestopt");
      }
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx" + heap(threadCount));
      // an OutOfMemoryError leaves a heap nobody should trust: the worker exits with status 3,
      // this side reports too_large and starts another
      cmd.add("-XX:+ExitOnOutOfMemoryError");
      if (shortRun) {
        cmd.add("-XX:TieredStopAtLevel=1");
      } else {
        // a long run: C2 only for methods four times hotter than the JVM's default thresholds.
        // Measured with 2 jobs on 2 cores (29 Nov 2026), 1,000 / 4,000 organisations: default
        // tiered compilation 26.4 / 61.4 s, C1 only 22.0 / 70.0 s, this 21.3 / 52.8 s
        cmd.add("-XX:Tier4InvocationThreshold=20000");
        cmd.add("-XX:Tier4MinInvocationThreshold=2400");
        cmd.add("-XX:Tier4CompileThreshold=60000");
        cmd.add("-XX:Tier4BackEdgeThreshold=160000");
      }
      cmd.add("-XX:+UseSerialGC");
      cmd.add("-Djava.io.tmpdir=" + tempDir.resolve("tmp"));
      cmd.add("-Djava.awt.headless=true");
      // parsers log stack traces for damaged files; the row carries the problem instead
      for (String logger : List.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika")) {
        cmd.add("-Dorg.slf4j.simpleLogger.log." + logger + "=off");
      }
      cmd.addAll(spec.jvmArgs());
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(spec.mainClass());
      cmd.addAll(spec.args());
      cmd.add("--jobs");
      cmd.add(String.valueOf(threadCount));
      cmd.add("--worker");
      Process p = new ProcessBuilder(cmd).start();
      Worker w = new Worker(p, threadCount);
      started.add(w);
      return w;
    }
  }

  /** The heap of a worker: the per-document budget times its threads. */
  private String heap(int threadCount) {
    String h = spec.heap();
    char unit = Character.toLowerCase(h.charAt(h.length() - 1));
    boolean hasUnit = !Character.isDigit(unit);
    long n = Long.parseLong(hasUnit ? h.substring(0, h.length() - 1) : h) * threadCount;
    return n + (hasUnit ? String.valueOf(unit) : "");
  }

  /** One worker process and the threads that read its stdout (answers) and stderr (kept for errors). */
  private final class Worker {
    private final Process process;
    private final int threads;
    private final BufferedWriter in;
    private final Map<Long, CompletableFuture<WorkerLoop.Reply>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    private final StringBuilder errTail = new StringBuilder();
    private final Thread errors;
    /** Guarded by the pool's lock. */
    private int inFlight;
    private volatile boolean dead;
    private volatile boolean timedOut;

    Worker(Process process, int threads) {
      this.process = process;
      this.threads = threads;
      this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      daemon(this::readAnswers);
      errors = daemon(this::readErrors);
    }

    private void readAnswers() {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          if (l.equals(READY)) {
            ready.complete(true);
            continue;
          }
          if (!ready.isDone()) {
            // a JVM that cannot start says why on stdout
            synchronized (errTail) {
              errTail.append(l).append('\n');
            }
            continue;
          }
          WorkerLoop.Reply reply = WorkerLoop.JSON.readValue(l, WorkerLoop.Reply.class);
          if (reply.row() != null && reply.row().status().equals("timeout")) {
            markTimedOut(this);
          }
          CompletableFuture<WorkerLoop.Reply> f = pending.get(reply.id());
          if (f != null) {
            f.complete(reply);
          }
        }
      } catch (IOException | RuntimeException e) {
        // the worker is gone, or wrote something that is no answer: treated as its death below
      }
      dead = true;
      ready.complete(false);
      for (CompletableFuture<WorkerLoop.Reply> f : pending.values()) {
        f.complete(null);
      }
      // stdout can end while the JVM is still on its way out (an OutOfMemoryError exits with
      // status 3): killed at once, it would read 137 and the row would say corrupt, not
      // too_large. A worker that wrote garbage and lives on is killed after the wait.
      try {
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }

    private void readErrors() {
      byte[] buf = new byte[4096];
      try (InputStream err = process.getErrorStream()) {
        for (int n = err.read(buf); n > 0; n = err.read(buf)) {
          synchronized (errTail) {
            errTail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            if (errTail.length() > STDERR_TAIL) {
              errTail.delete(0, errTail.length() - STDERR_TAIL);
            }
          }
        }
      } catch (IOException e) {
        // nothing more to keep
      }
    }

    private Thread daemon(Runnable r) {
      Thread t = new Thread(r, "meldcheck-worker-io");
      t.setDaemon(true);
      t.start();
      return t;
    }

    /** Waits for the worker's ready line; fails with its last stderr lines when it does not come. */
    void awaitReady() throws IOException {
      boolean ok;
      try {
        ok = ready.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Failed("onderbroken tijdens het starten van een werkproces");
      } catch (ExecutionException | TimeoutException e) {
        ok = false;
      }
      if (!ok) {
        kill();
        try {
          errors.join(2000); // the JVM's last words come after its stdout closed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        String err;
        synchronized (errTail) {
          err = errTail.toString().strip();
        }
        // no document has been sent before the ready line: a worker that does not get there is ours
        throw new Failed("een werkproces (een tweede Java-proces) kon niet starten" + (err.isEmpty() ? "" : ": " + err));
      }
    }

    synchronized void send(String line) throws IOException {
      in.write(line);
      in.write('\n');
      in.flush();
    }

    /** The exit status, waiting a little for the process to end after its stdout closed. */
    int exitStatus() throws InterruptedException {
      return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    void closeInput() {
      try {
        synchronized (this) {
          in.close();
        }
      } catch (IOException e) {
        // the worker is gone already
      }
    }

    /** Gives a worker whose stdin is closed a moment to exit, then kills it. */
    void stop() {
      try {
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }

    void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a leftover temp directory is untidy, not wrong; the next run uses a new one
    }
  }
}
